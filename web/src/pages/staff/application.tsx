import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link, useParams } from 'wouter';
import { ApiProblem } from '../../api';
import { PageHeading } from '../../components/page-heading';
import { Timeline } from '../../components/status-panel';
import { useProblemForm } from '../../components/plain-form';
import { useSession } from '../../session';
import { DeadlineText } from '../../components/staff/deadline-text';
import { DecisionForm } from '../../components/staff/decision-forms';
import { BookingPanel } from '../../components/staff/booking-panel';
import { MatterRecord } from '../../components/staff/matter-record';
import { DocumentPreview } from '../../components/staff/document-preview';
import { AuditTrail } from '../../components/staff/audit-trail';
import { HelpersPanel } from '../../components/staff/helpers-panel';
import { AnswersPanel, type Sensitive } from '../../components/staff/answers-panel';
import { assign as assignMatter, decide, openDocument, reveal as revealNumber, staffMatterKeys, useStaffMatter, type DecisionAction } from '../../features/staff/matter';
import { queueKeys } from '../../features/staff/queue';


export default function StaffApplication() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const { session } = useSession();
  const queryClient = useQueryClient();
  const view = useStaffMatter(id);
  const [revealed, setRevealed] = useState<Partial<Record<Sensitive, string>>>({});
  const [assignTo, setAssignTo] = useState('');
  const form = useProblemForm();
  const statusRef = useRef<HTMLDivElement>(null);

  if (view.isPending) return <p role="status">{t('common.loading')}</p>;
  if (view.isError) return <p role="alert">{view.error instanceof ApiProblem ? view.error.title : t('common.networkError')}</p>;
  const { application, summary, documents, timeline, audit, actions, colleagues, isMinor, deferrableKinds } = view.data;
  const a = application.answers;

  const reload = () => queryClient.invalidateQueries({ queryKey: staffMatterKeys.detail(id) });
  const afterChange = (done: string) => {
    void queryClient.invalidateQueries({ queryKey: queueKeys.all });
    void reload();
    statusRef.current?.focus();
    return done;
  };
  const onStale = async (error: unknown) => {
    if (error instanceof ApiProblem && error.status === 409 && error.current) {
      await reload();
      throw new ApiProblem(409, error.type, t('staff.stale', { status: t(`status.${error.current.status}.label`) }));
    }
    throw error;
  };

  const send = (action: DecisionAction, fields?: Record<string, unknown>) =>
    void form.run(async () => {
      await decide(id, application.version, action, fields).catch(onStale);
      return afterChange(t('staff.done', { action: t(`staff.actions.${action}`) }));
    });

  const assign = (userId: string) =>
    void form.run(async () => {
      await assignMatter(id, application.version, userId).catch(onStale);
      return afterChange(t('staff.done', { action: userId === session?.profile.userId ? t('staff.claim') : t('staff.reassign') }));
    });

  const reveal = (field: Sensitive) =>
    void form.run(async () => {
      const result = await revealNumber(id, field);
      // The button goes away: keep the keyboard and screen reader on the number it showed, once it shows it.
      flushSync(() => setRevealed((shown) => ({ ...shown, [field]: result.value })));
      document.getElementById(`revealed-${field}`)?.focus();
      void reload();
    });

  return (
    <>
      <p>
        <Link href="/staff">{t('staff.queueTitle')}</Link>
      </p>
      <PageHeading title={t('staff.viewTitle', { reference: application.reference ?? '' })}>
        {t('staff.viewTitle', { reference: application.reference ?? t('status.draft.label') })}
      </PageHeading>
      <div ref={statusRef} tabIndex={-1}>
        {form.status}
        {form.summary}
      </div>

      <section aria-labelledby="summary-heading" className="card">
        <h2 id="summary-heading">{t('staff.summary')}</h2>
        <dl className="compact">
          <div>
            <dt>{t('staff.matter')}</dt>
            <dd>
              {t(`matter.${application.matter}`)} · {t(`channel.${application.channel ?? 'online'}`)}
            </dd>
          </div>
          <div>
            <dt>{t('staff.status')}</dt>
            <dd>{t(`status.${application.status}.label`)}</dd>
          </div>
          <div>
            <dt>{t('staff.promisedDue')}</dt>
            <dd>
              <DeadlineText item={summary} />
            </dd>
          </div>
          {application.notice && application.status === 'public_notice' && (
            <div>
              <dt>{t('staff.actions.startNotice')}</dt>
              <dd>{t('staff.noticeEnds', { endsOn: application.notice.endsOn })}</dd>
            </div>
          )}
          <div>
            <dt>{t('staff.assignee')}</dt>
            <dd>{application.assignee?.name ?? t('staff.unassigned')}</dd>
          </div>
        </dl>
        <div className="actions">
          {application.assignee?.userId !== session?.profile.userId && session && (
            <Button className="button secondary" onPress={() => assign(session.profile.userId)}>
              {t('staff.claim')}
            </Button>
          )}
          <label htmlFor="assign-to">{t('staff.reassignTo')}</label>
          <select id="assign-to" value={assignTo} onChange={(e) => setAssignTo(e.target.value)}>
            <option value="">—</option>
            {colleagues
              .filter((c) => c.userId !== application.assignee?.userId)
              .map((c) => (
                <option key={c.userId} value={c.userId}>
                  {c.name}
                </option>
              ))}
          </select>
          <Button className="button secondary" isDisabled={!assignTo} onPress={() => assign(assignTo)}>
            {t('staff.reassign')}
          </Button>
        </div>
      </section>
      <BookingPanel props={{ application, isMinor, deferrableKinds, errors: form.errors, busy: form.busy, send }} />

      <MatterRecord application={application} />

      <section aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">{t('staff.decisions')}</h2>
        {actions.length === 0 && <p>{t('staff.noActions')}</p>}
        {application.status === 'draft' && application.channel !== 'online' && (
          <p>
            <Link href={`/applications/${application.id}/step/person`} className="button primary">
              {t('mine.continueDraft')}
            </Link>
          </p>
        )}
        {actions.map((action) => (
          <DecisionForm key={`${action}-${application.version}`} action={action} ageYears={view.data.ageYears ?? 99} props={{ application, isMinor, deferrableKinds, errors: form.errors, busy: form.busy, send }} />
        ))}
      </section>

      <HelpersPanel view={view.data} />

      <AnswersPanel answers={a} revealed={revealed} onReveal={reveal} />

      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading">{t('staff.documents')}</h2>
        <ul className="files">
          {documents.map((doc) => (
            <DocumentPreview key={doc.id} doc={doc} open={(documentId) => openDocument(id, documentId)} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('staff.timeline')}</h2>
        <Timeline entries={timeline} viewer="staff" />
      </section>

      <AuditTrail entries={audit} />
    </>
  );
}
