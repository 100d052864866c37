import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The question of a "are you sure?" group that replaces the button that asked for it: it takes focus when
 * it appears, so a keyboard or screen-reader user hears it and goes on from there instead of being dropped.
 */
export function ConfirmQuestion({ id, children }: { id: string; children: ReactNode }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <p id={id} tabIndex={-1} ref={ref}>
      {children}
    </p>
  );
}
