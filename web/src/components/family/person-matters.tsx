/** A person's matters as a table (cards on a narrow screen): what, where it stands, what comes next, by when. */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { CardTable, Cell } from '../card-table';
import type { PersonCard } from '../../features/family/people';

export function PersonMatters({ person, openOnly }: { person: PersonCard; openOnly?: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const matters = openOnly ? person.matters.filter((m) => m.open) : person.matters;
  if (!matters.length) return <p>{t(person.scopes && !person.scopes.some((s) => s !== 'receive') ? 'family.receiveOnly' : 'family.noMatters')}</p>;
  const columns = [t('family.matter'), t('mine.status'), t('mine.nextStep'), t('family.dueOn')];
  return (
    <CardTable caption={t('family.mattersOf', { name: person.name })} columns={columns}>
      {matters.map((m) => {
        // A benefit matter has its own page and its own words for where it stands.
        const status = m.benefitName ? `benefits.status.${m.status}` : `status.${m.status}`;
        return (
          <tr key={m.id} role="row">
            <Cell label={columns[0]!}>
              <Link href={m.benefitName ? `/benefits/applications/${m.id}` : `/applications/${m.id}`}>
                {m.benefitName?.[lang] ?? t(`matter.${m.matter}`, { defaultValue: m.matter })}
                {m.reference && <span className="reference-inline"> {m.reference}</span>}
              </Link>
            </Cell>
            <Cell label={columns[1]!}>{t(`${status}.label`, { defaultValue: m.status })}</Cell>
            <Cell label={columns[2]!}>{t(`${status}.next`, { defaultValue: '' })}</Cell>
            <Cell label={columns[3]!}>{m.dueOn ?? '—'}</Cell>
          </tr>
        );
      })}
    </CardTable>
  );
}

/** "李娜（女儿）": a relative named with how they are related. */
export function relativeName(t: (key: string, options?: Record<string, string>) => string, name: string, relationship?: string) {
  return relationship ? t('family.named', { name, relationship: t(`family.relationship.${relationship}`) }) : name;
}
