/**
 * The check's answers and results for this tab only (sessionStorage): someone who signs in to apply
 * comes back to their results instead of answering every question again. Nothing leaves the device.
 */
import type { CheckBody } from './check';

const KEY = 'onevisit.benefitCheck';

export interface RememberedCheck<F> {
  form: F;
  body: CheckBody;
  /** The card the answers were filled in from, so Apply after signing in uses it only if it is still theirs. */
  cardNumber?: string;
}

export function recallCheck<F>(): RememberedCheck<F> | undefined {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as RememberedCheck<F> | null;
    return stored?.body && stored.form ? stored : undefined;
  } catch {
    return undefined;
  }
}

export const rememberCheck = <F>(check: RememberedCheck<F>) => sessionStorage.setItem(KEY, JSON.stringify(check));
export const forgetCheck = () => sessionStorage.removeItem(KEY);
