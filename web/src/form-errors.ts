import type { FieldErrors, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { TFunction } from 'i18next';
import { ApiProblem, NetworkError } from './api';
import { fieldId } from './components/field-id';
import type { SummaryError } from './components/error-summary';
import { formErrorText } from './field-message';

/** The error summary's entries, in the order the fields appear, each naming its question. */
export function summaryOf<T extends FieldValues>(errors: FieldErrors<T>, order: string[]): SummaryError[] {
  return order
    .filter((name) => errors[name]?.message)
    .map((name) => ({ fieldId: fieldId(name), message: formErrorText(errors[name] as { message?: string; type: string }, name) }));
}

/**
 * Puts the API's per-field problems next to their fields; returns the message for the page when the
 * problem is not about a field this form shows. What the user typed stays as it was.
 */
export function showProblem<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, fields: string[], t: TFunction): string | undefined {
  if (error instanceof NetworkError) return t('common.networkError');
  if (!(error instanceof ApiProblem)) return t('common.networkError');
  let unplaced = error.errors.length === 0;
  for (const problem of error.errors) {
    const field = problem.field.replace(/^answers\./, '');
    if (fields.includes(field)) setError(field as Path<T>, { type: 'server', message: problem.detail });
    else unplaced = true;
  }
  return unplaced ? [error.title, error.detail].filter(Boolean).join(t('common.sentenceBreak')) : undefined;
}
