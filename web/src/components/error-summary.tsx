import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

export interface SummaryError {
  /** id of the field to move to; a problem that is about no one field (a lost connection) has none */
  fieldId?: string;
  /** the page holding the question, when it is not this page */
  href?: string;
  message: string;
}

/** The control to move to for `id`: the element itself, or the first control inside it; a nested path falls back to its parent's id. */
export function focusTarget(id: string): HTMLElement | undefined {
  for (let candidate = id; candidate.includes('-'); candidate = candidate.slice(0, candidate.lastIndexOf('-'))) {
    const element = document.getElementById(candidate);
    if (!element) continue;
    if (element.matches('input, textarea, select, button, a[href]')) return element;
    return element.querySelector<HTMLElement>('input, textarea, select, button, a[href]') ?? element;
  }
  return undefined;
}

/**
 * The one list of everything to correct, whoever found it (the browser's check or the server): it is
 * announced and takes focus at every attempt, and each item leads to its question. Problems that are
 * about no one question are listed in it too, without a link.
 */
export function ErrorSummary({ errors, title, attempt }: { errors: SummaryError[]; title?: string; attempt: number }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // Once per attempt, as soon as the list has something in it: a form library may report the attempt a
  // render before the errors themselves.
  const focusedAttempt = useRef(0);
  useEffect(() => {
    if (errors.length > 0 && attempt !== focusedAttempt.current) {
      focusedAttempt.current = attempt;
      ref.current?.focus();
    }
  });
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title">{title ?? t('common.errorSummary', { count: errors.length })}</h2>
      <ul>
        {errors.map((e) => (
          <li key={`${e.fieldId ?? ''}-${e.message}`}>
            {e.href ? (
              <Link href={e.href}>{e.message}</Link>
            ) : e.fieldId ? (
              <a
                href={`#${e.fieldId}`}
                onClick={(event) => {
                  const target = focusTarget(e.fieldId!);
                  if (!target) return;
                  event.preventDefault();
                  target.focus();
                  target.scrollIntoView({ block: 'center' });
                }}
              >
                {e.message}
              </a>
            ) : (
              e.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The summary's items: page-level problems first, then one per field. */
export const withPageError = (pageError: string | undefined, fieldErrors: SummaryError[]): SummaryError[] => [...(pageError ? [{ message: pageError }] : []), ...fieldErrors];
