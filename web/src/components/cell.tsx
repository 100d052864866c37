import type { ReactNode } from 'react';

/** A table cell with its column's name shown above it when the table is drawn as cards (narrow screens, large text). */
export function Cell({ label, children }: { label: string; children: ReactNode }) {
  return (
    <td role="cell">
      <span className="cell-label" aria-hidden="true">
        {label}
      </span>
      {children}
    </td>
  );
}
