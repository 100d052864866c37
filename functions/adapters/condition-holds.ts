import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';

/** Runs a conditional write: true when it was applied, false when its condition did not hold. */
export async function conditionHolds(write: Promise<unknown>): Promise<boolean> {
  try {
    await write;
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/**
 * A transaction cancelled because one of its conditions did not hold (a stale version, an item that
 * exists already). One cancelled by throttling or a conflicting transaction is not: that is a passing
 * fault, answered as 503 so the caller tries again.
 */
export function cancelledByCondition(error: unknown): boolean {
  if (!(error instanceof TransactionCanceledException)) return false;
  const codes = (error.CancellationReasons ?? []).map((r) => r.Code ?? 'None');
  return codes.includes('ConditionalCheckFailed') && codes.every((c) => c === 'ConditionalCheckFailed' || c === 'None');
}

/** The positions, in a cancelled transaction, of the items whose condition did not hold. */
export function failedIndexes(error: unknown): number[] {
  if (!(error instanceof TransactionCanceledException)) return [];
  return (error.CancellationReasons ?? []).flatMap((r, i) => (r.Code === 'ConditionalCheckFailed' ? [i] : []));
}

/**
 * A transaction cancelled only because another one was writing the same item at that moment (many people
 * booking one session). Its conditions were not evaluated, so sending it again is safe: they are checked anew.
 */
export function cancelledByConflict(error: unknown): boolean {
  if (!(error instanceof TransactionCanceledException)) return false;
  const codes = (error.CancellationReasons ?? []).map((r) => r.Code ?? 'None');
  return codes.includes('TransactionConflict') && codes.every((c) => c === 'TransactionConflict' || c === 'None');
}
