/** Links that verify an e-mail address: kept as a hash of the token, used once, expiring (docs/data-model.md row 52). */
export interface EmailTokens {
  save(tokenHash: string, token: { userId: string; email: string; expiresAt: number }): Promise<void>;
  /** The token's account and address, removed as it is read; undefined when unknown, used or expired. */
  take(tokenHash: string, nowMs: number): Promise<{ userId: string; email: string } | undefined>;
}
