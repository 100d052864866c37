/**
 * One benefit matter for the person it is for: 政策找人's proposal (yes, check and send / no thanks),
 * the pre-filled draft where they add only what no register holds, where it stands and its timeline,
 * and withdrawal.
 */
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useParams } from 'wouter';
import { ApiProblem, newIdempotencyKey } from '../../api';
import { answerProposal, resendBenefit, saveBenefit, sendBenefit, useBenefitApplication, withdrawBenefit } from '../../features/benefits/benefit-application';
import { benefitKeys } from '../../features/benefits/benefit-keys';
import { PageHeading } from '../../components/page-heading';
import { QueryState } from '../../components/query-state';
import { BenefitStatus, BenefitTimeline } from '../../components/benefits/benefit-status';
import { DraftForm } from '../../components/benefits/draft-form';
import { Corrections } from '../../components/benefits/corrections';
import { BenefitUploads } from '../../components/benefits/benefit-uploads';
import { BenefitRating } from '../../components/benefits/benefit-rating';
import { WithdrawControl } from '../../components/withdraw-control';
import type { BenefitDraftForm } from '../../../../functions/benefits/schemas';

export default function BenefitApplication() {
  const { t, i18n } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const queryClient = useQueryClient();
  const detail = useBenefitApplication(id);
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const keys = useRef({ proposal: newIdempotencyKey(), send: newIdempotencyKey(), withdraw: newIdempotencyKey() });
  const messageRef = useRef<HTMLParagraphElement>(null);

  if (!detail.data) return <QueryState query={detail} />;
  const view = detail.data;
  const { application, benefit, timeline, actions } = view;
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const name = benefit.name[lang];

  const done = async (said: string) => {
    await queryClient.invalidateQueries({ queryKey: benefitKeys.all });
    flushSync(() => setMessage(said));
    messageRef.current?.focus();
  };
  const answer = async (accept: boolean) => {
    setBusy(true);
    try {
      await answerProposal(id, application.version, accept, keys.current.proposal);
      await done(accept ? t('benefits.detail.accepted') : t('benefits.detail.declined'));
    } catch (error) {
      keys.current.proposal = newIdempotencyKey();
      await done(error instanceof ApiProblem ? error.title : t('common.networkError'));
    } finally {
      setBusy(false);
    }
  };
  const send = async (values: BenefitDraftForm) => {
    setBusy(true);
    try {
      const { bankAccount, consents, allowances, declaration, ...rest } = values;
      const saved = await saveBenefit(id, application.version, { consents, answers: { ...rest, allowances: allowances.map((kind) => ({ kind })), declaration }, ...(bankAccount ? { bankAccount } : {}) });
      if (application.status === 'awaiting_correction') await resendBenefit(id, saved.application.version, keys.current.send);
      else await sendBenefit(id, saved.application.version, keys.current.send);
      await done(t('benefits.detail.sent'));
    } catch (error) {
      // What was saved stays saved: the page learns its new version; a next try is a new attempt.
      keys.current.send = newIdempotencyKey();
      await queryClient.invalidateQueries({ queryKey: benefitKeys.detail(id) });
      throw error;
    } finally {
      setBusy(false);
    }
  };
  const withdraw = async () => {
    try {
      await withdrawBenefit(id, application.version, keys.current.withdraw);
      await done(t('detail.withdrawn'));
    } catch (error) {
      keys.current.withdraw = newIdempotencyKey();
      await done(error instanceof ApiProblem ? error.title : t('common.networkError'));
    }
  };

  return (
    <>
      <PageHeading title={name}>{name}</PageHeading>
      <p role="status" tabIndex={-1} ref={messageRef} className={message ? 'banner' : undefined}>
        {message}
      </p>
      <p>{benefit.description[lang]}</p>
      <BenefitStatus view={view} />
      {actions.includes('acceptProposal') && (
        <div className="card" role="group" aria-labelledby="proposal-question">
          <p id="proposal-question">{t('benefits.detail.proposalQuestion', { benefit: name })}</p>
          <div className="actions">
            <Button className="button primary" isDisabled={busy} onPress={() => void answer(true)}>
              {t('benefits.detail.accept')}
            </Button>
            <Button className="button secondary" isDisabled={busy} onPress={() => void answer(false)}>
              {t('benefits.detail.decline')}
            </Button>
          </div>
        </div>
      )}
      {application.status === 'awaiting_correction' && <Corrections view={view} />}
      {view.canAct && (application.status === 'draft' || application.status === 'awaiting_correction') && (
        <section aria-labelledby="draft-title">
          <h2 id="draft-title">{t('benefits.detail.checkAndSend')}</h2>
          <p>{application.certificateNumber ? t('benefits.detail.prefilled', { person: application.answers.personName ?? '' }) : t('benefits.detail.withoutCard')}</p>
          <BenefitUploads view={view} />
          <DraftForm view={view} busy={busy} onSend={send} />
        </section>
      )}
      <BenefitRating view={view} />
      <h2>{t('detail.timeline')}</h2>
      <BenefitTimeline entries={timeline} />
      {actions.includes('withdraw') && <WithdrawControl onWithdraw={withdraw} />}
    </>
  );
}
