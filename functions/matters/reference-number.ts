/** Human reference for a matter: `XB-2026-000123`, short enough to read out on the phone. */
export function referenceNumber(year: string, sequence: number): string {
  return `XB-${year}-${String(sequence).padStart(6, '0')}`;
}
