import { useEffect, useRef, type ReactNode } from 'react';

/** What the last action did, said once when the page opens: it takes focus (instead of the heading) so it is heard first. */
export function Announcement({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <p className="banner" role="status" tabIndex={-1} ref={ref}>
      {children}
    </p>
  );
}
