/** On the home page of someone who helps relatives: each person with their open matters, next step and deadline. */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { usePeople } from '../../features/family/people';
import { QueryState } from '../query-state';
import { PersonMatters } from './person-matters';

export default function HelpedPeople() {
  const { t } = useTranslation();
  const people = usePeople();
  const helped = people.data?.people.filter((p) => p.relation !== 'self') ?? [];
  const invitations = people.data?.invitations.length ?? 0;
  if (people.isSuccess && helped.length === 0 && invitations === 0) return null;
  return (
    <section aria-labelledby="helped-people">
      <h2 id="helped-people">{t('family.nav')}</h2>
      <QueryState query={people} />
      {invitations > 0 && (
        <p className="banner">
          {t('family.invitationsWaiting', { count: invitations })} <Link href="/people">{t('family.seeInvitations')}</Link>
        </p>
      )}
      {helped.map((p) => (
        <div key={p.personId} className="card">
          <h3>{p.name}</h3>
          <PersonMatters person={p} openOnly />
        </div>
      ))}
      <p>
        <Link href="/people">{t('family.allPeople')}</Link>
      </p>
    </section>
  );
}
