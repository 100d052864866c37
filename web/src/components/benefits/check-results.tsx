import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import { QueryState } from '../query-state';
import type { CheckResult } from '../../features/benefits/check';

const ORDER = { likely: 0, check: 1, notLikely: 2 } as const;

/** Every benefit of the district: the outcome in words (never colour alone), why, how much, what to prepare. */
export function CheckResults({
  query,
  canApply,
  signedIn,
  onApply,
  applyError,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; data?: { results: CheckResult[] } | undefined };
  canApply: (result: CheckResult) => boolean;
  signedIn: boolean;
  onApply: (result: CheckResult) => void;
  applyError?: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  if (!query.data) return <QueryState query={query} />;
  const results = [...query.data.results].sort((a, b) => ORDER[a.outcome] - ORDER[b.outcome]);
  return (
    <>
      <p>{t('benefits.check.resultsIntro')}</p>
      {applyError && <p role="alert">{applyError}</p>}
      <ul className="application-list">
        {results.map((r) => (
          <li key={r.benefit.id} className={`card outcome-${r.outcome}`}>
            <h2>{r.benefit.name[lang]}</h2>
            <p className="status-label">
              <strong>{t(`benefits.outcome.${r.outcome}`)}</strong>
            </p>
            <ul>
              {[...r.reasons, ...r.notes].map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
            {r.outcome !== 'notLikely' && r.amount && <p>{t('common.labelled', { label: t('benefits.amount'), value: r.amount })}</p>}
            {r.outcome !== 'notLikely' && r.materials.length > 0 && (
              <>
                <h3>{t('benefits.prepare')}</h3>
                <ul>
                  {r.materials.map((m) => (
                    <li key={m.kind}>
                      {m.name[lang]}
                      {m.register && <span className="hint block">{t('benefits.unlessRegister', { register: t(`benefits.register.${m.register}`) })}</span>}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {r.outcome !== 'notLikely' &&
              (canApply(r) ? (
                <Button className="button primary" onPress={() => onApply(r)}>
                  {t('benefits.apply')}
                  <span className="visually-hidden"> {r.benefit.name[lang]}</span>
                </Button>
              ) : signedIn ? (
                <p>
                  {t('benefits.check.needCard')} <Link href="/apply">{t('benefits.check.applyForCard')}</Link>
                </p>
              ) : (
                <Link className="button secondary" href={`/sign-in?next=${encodeURIComponent('/benefits')}`}>
                  {t('benefits.signInToApply')}
                  <span className="visually-hidden"> {r.benefit.name[lang]}</span>
                </Link>
              ))}
          </li>
        ))}
      </ul>
    </>
  );
}
