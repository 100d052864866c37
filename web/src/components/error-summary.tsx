import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryError {
  /** id of the input to move to */
  fieldId: string;
  message: string;
}

/** The list of everything to correct, announced and focused when it appears; each item leads to its field. */
export function ErrorSummary({ errors, title, attempt }: { errors: SummaryError[]; title?: string; attempt: number }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [attempt]); // eslint-disable-line react-hooks/exhaustive-deps
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title">{title ?? t('common.errorSummary', { count: errors.length })}</h2>
      <ul>
        {errors.map((e) => (
          <li key={`${e.fieldId}-${e.message}`}>
            <a
              href={`#${e.fieldId}`}
              onClick={(event) => {
                const element = document.getElementById(e.fieldId);
                const target = element?.matches('input, textarea, select, button') ? element : element?.querySelector<HTMLElement>('input, textarea, select, button');
                if (target) {
                  event.preventDefault();
                  target.focus();
                  target.scrollIntoView({ block: 'center' });
                }
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
