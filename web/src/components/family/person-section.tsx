/** One person on "People I help": their matters, and who helps them (or, for a relative, ending one's own help). */
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import { endDelegation } from '../../features/family/delegations';
import { peopleKeys, type PersonCard } from '../../features/family/people';
import { HelpersList, scopesText } from './helpers-list';
import { PersonMatters, relativeName } from './person-matters';
import { ConfirmQuestion } from './confirm-question';

export function PersonSection({ person, onEnded }: { person: PersonCard; onEnded: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const headingId = `person-${person.personId}`;
  const end = async (id: string) => {
    await endDelegation(id);
    await queryClient.invalidateQueries({ queryKey: peopleKeys.all });
    return t('family.ended');
  };
  const title = person.relation === 'self' ? t('family.myself', { name: person.name }) : person.name;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="hint">
        {t(`family.relation.${person.relation}`)}
        {person.idNumberMasked && ` · ${person.idNumberMasked}`}
      </p>
      {person.relation === 'delegate' && person.scopes && (
        <p>{t('common.labelled', { label: t('family.iMayDo'), value: scopesText(t, person.scopes, i18n.language === 'en' ? ', ' : '、') })}</p>
      )}
      <h3>{t('family.matters')}</h3>
      <PersonMatters person={person} />
      {person.helpers && (
        <>
          <h3>{t('family.helpers')}</h3>
          <HelpersList helpers={person.helpers} onEnd={end} />
          <Link href={`/people/${person.personId}/invite`} className="button primary">
            {t('family.invite')}
            <span className="visually-hidden"> {relativeName(t, person.name)}</span>
          </Link>
        </>
      )}
      {person.relation === 'delegate' && person.delegationId && (
        <StopHelping
          name={person.name}
          onConfirm={async () => {
            await endDelegation(person.delegationId!);
            onEnded(t('family.stoppedHelping', { name: person.name }));
            await queryClient.invalidateQueries({ queryKey: peopleKeys.all });
          }}
        />
      )}
    </section>
  );
}

/** A relative ends their own help: asked once more; "keep" puts focus back on the button. */
function StopHelping({ name, onConfirm }: { name: string; onConfirm: () => Promise<void> }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (!confirming)
    return (
      <Button className="button secondary" ref={button} onPress={() => setConfirming(true)}>
        {t('family.stopHelping')}
        <span className="visually-hidden"> {name}</span>
      </Button>
    );
  return (
    <div className="card warning-card" role="group" aria-labelledby="stop-helping">
      <ConfirmQuestion id="stop-helping">{t('family.stopConfirm', { name })}</ConfirmQuestion>
      <div className="actions">
        <Button className="button danger" onPress={() => void onConfirm()}>
          {t('family.stopHelping')}
        </Button>
        <Button
          className="button secondary"
          onPress={() => {
            flushSync(() => setConfirming(false));
            button.current?.focus();
          }}
        >
          {t('family.keep')}
        </Button>
      </div>
    </div>
  );
}
