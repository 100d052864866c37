import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link, useParams } from 'wouter';
import { api, ApiProblem } from '../../api';
import { PageHeading } from '../../components/page-heading';
import { Timeline, when } from '../../components/status-panel';
import { useProblemForm } from '../../components/plain-form';
import { useFocusOnAppear } from '../../components/focus-on-appear';
import { useSession } from '../../session';
import { DeadlineText } from './queue';
import { DecisionForm, postDecision } from './decision-forms';
import { MatterRecord } from './matter-record';
import type { StaffView } from '../../../../functions/staff/workspace';
import type { DocumentView } from '../../../../functions/staff/document-view';
import type { DecisionBody } from '../../../../functions/staff/schemas';
import type { DocumentRecord } from '../../../../functions/documents/document-record';

type ApplicationAction = DecisionBody['action'];

type Sensitive = 'personIdNumber' | 'personPhone' | 'agentPhone';

function Preview({ applicationId, doc }: { applicationId: string; doc: DocumentRecord }) {
  const { t } = useTranslation();
  const [view, setView] = useState<DocumentView>();
  const [error, setError] = useState<string>();
  // The button is replaced by the preview: focus follows it there.
  const previewFocus = useFocusOnAppear<HTMLDivElement>();
  const open = async () => {
    try {
      setView(await previewFocus.after(() => api<DocumentView>(`/staff/applications/${applicationId}/documents/${doc.id}/link`)));
    } catch (e) {
      setError(e instanceof ApiProblem ? e.title : t('common.networkError'));
    }
  };
  const name = t('common.labelled', { label: t(`materials.kind.${doc.kind}`), value: doc.fileName });
  return (
    <li className="card">
      <p>
        <strong>{t(`materials.kind.${doc.kind}`)}</strong> <span className="hint">{doc.fileName}</span>
      </p>
      {!view && (
        <Button className="button secondary" onPress={() => void open()}>
          {t('staff.viewDocument', { name: doc.fileName })}
        </Button>
      )}
      {error && <p role="alert">{error}</p>}
      {view && (
        <div className="preview" ref={previewFocus.ref} tabIndex={-1}>
          {view.previewUnavailable ? (
            <p>
              {t('staff.previewUnavailable')} <a href={view.url}>{doc.fileName}</a>
            </p>
          ) : view.contentType.startsWith('image/') ? (
            <img src={view.url} alt={name} />
          ) : view.contentType === 'application/pdf' ? (
            <object data={view.url} type="application/pdf" aria-label={name}>
              <a href={view.url}>{doc.fileName}</a>
            </object>
          ) : (
            <a href={view.url}>{doc.fileName}</a>
          )}
        </div>
      )}
    </li>
  );
}

export default function StaffApplication() {
  const { t, i18n } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const { session } = useSession();
  const queryClient = useQueryClient();
  const view = useQuery({ queryKey: ['staff-application', id], queryFn: () => api<StaffView>(`/staff/applications/${id}`) });
  const [revealed, setRevealed] = useState<Partial<Record<Sensitive, string>>>({});
  const [assignTo, setAssignTo] = useState('');
  const form = useProblemForm();
  const statusRef = useRef<HTMLDivElement>(null);

  if (view.isPending) return <p role="status">{t('common.loading')}</p>;
  if (view.isError) return <p role="alert">{view.error instanceof ApiProblem ? view.error.title : t('common.networkError')}</p>;
  const { application, summary, documents, timeline, audit, actions, colleagues, isMinor, deferrableKinds } = view.data;
  const a = application.answers;

  const reload = () => queryClient.invalidateQueries({ queryKey: ['staff-application', id] });
  const afterChange = (done: string) => {
    void queryClient.invalidateQueries({ queryKey: ['staff-queue'] });
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

  const send = (action: ApplicationAction, fields?: Record<string, unknown>) =>
    void form.run(async () => {
      await postDecision(id, application.version, action, fields).catch(onStale);
      return afterChange(t('staff.done', { action: t(`staff.actions.${action}`) }));
    });

  const assign = (userId: string) =>
    void form.run(async () => {
      await api(`/staff/applications/${id}/assignee`, { method: 'PUT', body: { version: application.version, assigneeUserId: userId } }).catch(onStale);
      return afterChange(t('staff.done', { action: userId === session?.profile.userId ? t('staff.claim') : t('staff.reassign') }));
    });

  const reveal = (field: Sensitive) =>
    void form.run(async () => {
      const result = await api<{ value: string }>(`/staff/applications/${id}/reveal`, { method: 'POST', body: { field } });
      // The button goes away: keep the keyboard and screen reader on the number it showed, once it shows it.
      flushSync(() => setRevealed((shown) => ({ ...shown, [field]: result.value })));
      document.getElementById(`revealed-${field}`)?.focus();
      void reload();
    });

  const sensitiveRow = (field: Sensitive, label: string) =>
    a[field] && (
      <div className="summary-row">
        <dt>{label}</dt>
        <dd id={`revealed-${field}`} tabIndex={-1}>
          {revealed[field] ?? a[field]}
        </dd>
        <dd>
          {!revealed[field] && (
            <Button className="link-button" onPress={() => reveal(field)}>
              {t('staff.reveal')}
              <span className="visually-hidden"> {label}</span>
            </Button>
          )}
        </dd>
      </div>
    );
  const row = (label: string, value: string | undefined) =>
    value && (
      <div className="summary-row">
        <dt>{label}</dt>
        <dd>{value}</dd>
        <dd />
      </div>
    );

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

      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading">{t('staff.answers')}</h2>
        <p className="hint">{t('staff.revealHint')}</p>
        <dl className="summary-list">
          {row(t('form.personName'), a.personName)}
          {sensitiveRow('personIdNumber', t('form.personIdNumber'))}
          {sensitiveRow('personPhone', t('form.personPhone'))}
          {row(t('start.category'), a.category && t(`categories.${a.category}`))}
          {row(t('form.agentName'), a.agentName)}
          {sensitiveRow('agentPhone', t('form.agentPhone'))}
          {row(t('form.hukouAddress'), a.hukouAddress)}
          {row(t('form.currentAddress'), a.currentAddress)}
          {row(t('form.delivery'), a.delivery && t(a.delivery === 'express' ? 'matterForm.express' : 'matterForm.pickup'))}
          {row(t('form.deliveryAddress'), a.deliveryAddress)}
        </dl>
      </section>

      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading">{t('staff.documents')}</h2>
        <ul className="files">
          {documents.map((doc) => (
            <Preview key={doc.id} applicationId={id} doc={doc} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('staff.timeline')}</h2>
        <Timeline entries={timeline} />
      </section>

      <section aria-labelledby="audit-heading">
        <h2 id="audit-heading">{t('staff.audit')}</h2>
        <ol className="timeline audit">
          {audit.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.at}>{when(entry.at, i18n.language)}</time>{' '}
              {t('common.labelled', {
                label: entry.actorRole === 'citizen' ? t('staff.applicantActor') : entry.actorName,
                value: t(`staff.auditActions.${entry.action}`, { defaultValue: t(`staff.actions.${entry.action}`, { defaultValue: t(`timeline.${entry.action}`, entry.detail ?? {}) }) }),
              })}
              {entry.detail?.field && ` (${t(`form.${entry.detail.field}`)})`}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
