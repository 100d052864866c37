import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link, useSearch } from 'wouter';
import { usePeople, peopleKeys } from '../features/family/people';
import { confirmDelegation, endDelegation } from '../features/family/delegations';
import { PageHeading } from '../components/page-heading';
import { QueryState } from '../components/query-state';
import { Announcement } from '../components/announcement';
import { InvitationCard } from '../components/family/invitation-card';
import { PersonSection } from '../components/family/person-section';
import { relativeName } from '../components/family/person-matters';

/** 我帮助的人: invitations waiting for me, the people whose matters I see, and who helps them. */
export default function People() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const people = usePeople();
  // Arriving from an invitation sent or an account linked: said once, heard first.
  const search = new URLSearchParams(useSearch());
  const invited = search.get('invited');
  const linked = search.has('linked');
  const [message, setMessage] = useState<string>();
  const messageRef = useRef<HTMLParagraphElement>(null);
  // Whatever went (an accepted invitation, an ended help) leaves focus on what the page says happened.
  const say = (text: string) => {
    flushSync(() => setMessage(text));
    messageRef.current?.focus();
  };
  const decideAtEighteen = async (id: string, keep: boolean) => {
    try {
      await (keep ? confirmDelegation(id) : endDelegation(id));
      await queryClient.invalidateQueries({ queryKey: peopleKeys.all });
      say(t(keep ? 'family.confirmed' : 'family.ended'));
    } catch {
      say(t('common.networkError'));
    }
  };

  return (
    <>
      <PageHeading title={t('family.title')}>{t('family.title')}</PageHeading>
      {invited && !message && <Announcement>{t('family.inviteSent', { phone: invited })}</Announcement>}
      {linked && !message && <Announcement>{t('family.linked')}</Announcement>}
      <p role="status" tabIndex={-1} ref={messageRef} className={message ? 'banner' : undefined}>
        {message}
      </p>
      <QueryState query={people} />
      {people.data && (
        <>
          {people.data.invitations.length > 0 && (
            <section aria-labelledby="invitations">
              <h2 id="invitations">{t('family.invitations')}</h2>
              <ul className="plain-list">
                {people.data.invitations.map((i) => (
                  <InvitationCard key={i.id} invitation={i} onDone={say} />
                ))}
              </ul>
            </section>
          )}
          {people.data.toConfirm.map((d) => (
            <section key={d.id} className="card warning-card" aria-labelledby={`confirm-${d.id}`}>
              <h2 id={`confirm-${d.id}`}>{t('family.comeOfAgeTitle')}</h2>
              <p>{t('family.comeOfAge', { name: relativeName(t, d.delegateName, d.relationship) })}</p>
              <div className="actions">
                <Button className="button primary" onPress={() => void decideAtEighteen(d.id, true)}>
                  {t('family.confirmKeep')}
                </Button>
                <Button className="button secondary" onPress={() => void decideAtEighteen(d.id, false)}>
                  {t('family.confirmEnd')}
                </Button>
              </div>
            </section>
          ))}
          {!people.data.linked && (
            <p className="card">
              {t('family.notLinked')} <Link href="/people/link">{t('family.linkTitle')}</Link>
            </p>
          )}
          {people.data.people.length === 0 && people.data.invitations.length === 0 && <p>{t('family.nobody')}</p>}
          {people.data.people.map((p) => (
            <PersonSection key={p.personId} person={p} onEnded={say} />
          ))}
        </>
      )}
    </>
  );
}
