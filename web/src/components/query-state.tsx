import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api';

/** While a list loads, and if it cannot: said once, announced, in the person's language. */
export function QueryState({ query }: { query: { isPending: boolean; isError: boolean; error: unknown } }) {
  const { t } = useTranslation();
  if (query.isPending) return <p role="status">{t('common.loading')}</p>;
  if (query.isError) return <p role="alert">{query.error instanceof ApiProblem ? query.error.title : t('common.networkError')}</p>;
  return null;
}
