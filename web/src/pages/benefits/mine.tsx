import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useMyBenefits, type BenefitSummary } from '../../features/benefits/my-benefits';
import { QueryState } from '../../components/query-state';
import { PageHeading } from '../../components/page-heading';
import { CardTable, Cell } from '../../components/card-table';
import { when } from '../../components/status-panel';

/** 政策找人's proposals first ("check and send"), then the person's benefit applications and where each stands. */
export default function MyBenefits() {
  const { t, i18n } = useTranslation();
  const list = useMyBenefits();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const name = (a: BenefitSummary) => a.benefitName?.[lang] ?? a.benefitId;
  const proposals = list.data?.filter((a) => a.status === 'proposed') ?? [];
  const others = list.data?.filter((a) => a.status !== 'proposed') ?? [];
  return (
    <>
      <PageHeading title={t('benefits.mine.title')}>{t('benefits.mine.title')}</PageHeading>
      <p>
        <Link href="/benefits">{t('benefits.mine.checkLink')}</Link>
      </p>
      <QueryState query={list} />
      {proposals.length > 0 && (
        <section aria-labelledby="proposals-title">
          <h2 id="proposals-title">{t('benefits.mine.proposals')}</h2>
          <p>{t('benefits.mine.proposalsIntro')}</p>
          <ul className="application-list">
            {proposals.map((p) => (
              <li key={p.id} className="card">
                <h3>{name(p)}</h3>
                {p.personName && <p>{t('common.labelled', { label: t('benefits.mine.for'), value: p.personName })}</p>}
                <Link href={`/benefits/applications/${p.id}`} className="button primary">
                  {t('benefits.mine.look')}
                  <span className="visually-hidden"> {name(p)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {list.data && (
        <section aria-labelledby="benefit-applications-title">
          <h2 id="benefit-applications-title">{t('benefits.mine.applications')}</h2>
          {others.length === 0 ? (
            <p>{t('benefits.mine.empty')}</p>
          ) : (
            <CardTable caption={t('benefits.mine.applications')} columns={[t('benefits.benefit'), t('mine.status'), t('mine.started')]}>
              {others.map((a) => (
                <tr key={a.id} role="row">
                  <th scope="row" role="rowheader">
                    <Link href={`/benefits/applications/${a.id}`}>
                      {name(a)}
                      {a.reference && <span className="hint block">{a.reference}</span>}
                    </Link>
                  </th>
                  <Cell label={t('mine.status')}>{t(`benefits.status.${a.status}.label`)}</Cell>
                  <Cell label={t('mine.started')}>{when(a.createdAt, i18n.language)}</Cell>
                </tr>
              ))}
            </CardTable>
          )}
        </section>
      )}
    </>
  );
}
