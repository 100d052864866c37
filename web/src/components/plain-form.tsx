/**
 * Small forms outside the citizen's application wizard (staff decisions, follow-ups): each field has
 * a visible label, a hint and its own error; a refused submission lists every error and focuses the
 * list. What was typed stays in the form.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { ApiProblem, type FieldProblem } from '../api';
import { ErrorSummary } from './error-summary';
import { fieldId } from './field-id';

export interface InputProps {
  id: string;
  name: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

export function PlainField({
  name,
  label,
  hint,
  errors,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  errors: FieldProblem[];
  children: (props: InputProps) => ReactNode;
}) {
  const id = fieldId(name);
  const error = errors.find((e) => e.field === name || e.field.startsWith(`${name}.`));
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error.detail}
        </p>
      )}
      {children({ id, name, ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(error ? { 'aria-invalid': true } : {}) })}
    </div>
  );
}

/**
 * Runs `action` on submit; a problem+json answer becomes the error list, anything else a message.
 * `prefix` keeps field ids unique when the same form appears more than once on a page.
 */
export function useProblemForm(prefix?: string) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldProblem[]>([]);
  const [problem, setProblem] = useState<ApiProblem>();
  const [message, setMessage] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<string | void>) => {
    setBusy(true);
    setMessage(undefined);
    try {
      const done = await action();
      setErrors([]);
      setProblem(undefined);
      if (done) setMessage(done);
    } catch (error) {
      const apiProblem = error instanceof ApiProblem ? error : undefined;
      setProblem(apiProblem);
      const whole = apiProblem ? [apiProblem.title, apiProblem.detail].filter(Boolean).join(t('common.sentenceBreak')) : t('common.networkError');
      const list = apiProblem?.errors.length ? apiProblem.errors : [{ field: '', code: 'problem', detail: whole }];
      setErrors(list);
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  const summary = (
    <ErrorSummary
      errors={errors.map((e) => (e.field ? { fieldId: fieldId(prefix ? `${prefix}.${e.field}` : e.field), message: e.detail } : { message: e.detail }))}
      {...(problem?.errors.length ? { title: problem.title } : {})}
      attempt={attempt}
    />
  );
  const status = (
    <p role="status" className={message ? 'banner' : undefined}>
      {message}
    </p>
  );
  return { errors, problem, busy, run, summary, status, setMessage };
}

export function SubmitButton({ children, busy, danger }: { children: ReactNode; busy: boolean; danger?: boolean }) {
  return (
    <Button type="submit" className={`button ${danger ? 'danger' : 'primary'}`} isDisabled={busy}>
      {children}
    </Button>
  );
}

export const preventing = (handler: () => void) => (event: FormEvent) => {
  event.preventDefault();
  handler();
};
