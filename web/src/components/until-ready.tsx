import { useSyncExternalStore, type ReactNode } from 'react';

const noChange = () => () => undefined;

/** False while the page drawn at build time is being brought to life, true from then on (and from the start when drawn in the browser). */
export const useReady = () =>
  useSyncExternalStore(
    noChange,
    () => true,
    () => false,
  );

/**
 * The controls of a form that the build drew into the page: disabled until the page's script runs, so
 * that a press or an Enter before then cannot send the form the browser's way (a reload, with what was
 * typed in the address).
 */
export function UntilReady({ children }: { children: ReactNode }) {
  const ready = useReady();
  return (
    <fieldset className="until-ready" disabled={!ready}>
      {children}
    </fieldset>
  );
}
