/** An invitation waiting for me: what I would see, the code from the SMS, accept or decline. */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { acceptInvitation, endDelegation } from '../../features/family/delegations';
import { peopleKeys, type Invitation } from '../../features/family/people';
import { PlainField, SubmitButton, preventing, useProblemForm } from '../plain-form';
import { scopesText } from './helpers-list';

export function InvitationCard({ invitation, onDone }: { invitation: Invitation; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const form = useProblemForm(`invitation-${invitation.id}`);
  const [code, setCode] = useState('');
  const relationship = t(`family.relationship.${invitation.relationship}`);
  const finish = async (message: string) => {
    await queryClient.invalidateQueries({ queryKey: peopleKeys.all });
    onDone(message);
  };
  const accept = () =>
    void form.run(async () => {
      await acceptInvitation(invitation.id, code.trim());
      await finish(t('family.accepted', { name: invitation.personName }));
    });
  const decline = () =>
    void form.run(async () => {
      await endDelegation(invitation.id);
      await finish(t('family.declined', { name: invitation.personName }));
    });
  return (
    <li className="card">
      <h3>{t('family.invitedBy', { name: invitation.personName, relationship })}</h3>
      <p>{t('common.labelled', { label: t('family.mayDo'), value: scopesText(t, invitation.scopes, i18n.language === 'en' ? ', ' : '、') })}</p>
      <ul>
        {invitation.scopes.map((s) => (
          <li key={s}>{t(`family.consent.${s}`)}</li>
        ))}
      </ul>
      {invitation.endsOn && <p>{t('family.state.activeUntil', { endsOn: invitation.endsOn })}</p>}
      {form.summary}
      <form onSubmit={preventing(accept)} noValidate>
        <PlainField name={`invitation-${invitation.id}.code`} label={t('family.code')} hint={t('family.codeHint')} errors={form.errors.map((e) => ({ ...e, field: `invitation-${invitation.id}.${e.field}` }))}>
          {(p) => <input {...p} inputMode="numeric" autoComplete="one-time-code" maxLength={6} value={code} onChange={(e) => setCode(e.target.value)} />}
        </PlainField>
        <div className="actions">
          <SubmitButton busy={form.busy}>{t('family.accept')}</SubmitButton>
          <Button className="button secondary" isDisabled={form.busy} onPress={decline}>
            {t('family.decline')}
          </Button>
        </div>
      </form>
    </li>
  );
}
