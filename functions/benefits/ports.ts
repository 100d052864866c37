/** The benefit family's storage ports; adapters in functions/adapters/ implement them. */
import type { WritePart } from '../matters/ports.js';
import type { SealedSecret } from './benefit-matter.js';

export interface Holding {
  benefitId: string;
  matterId: string;
  /** applied: a matter is open; receiving: it was approved. */
  state: 'applied' | 'receiving';
}

/**
 * Which benefits a person has applied for or receives, keyed by a hash of their ID number (docs/data-model.md):
 * one open application per benefit and person, held by a conditional write in the submission's transaction.
 */
export interface BenefitHoldings {
  heldBy(idNumber: string): Promise<Holding[]>;
  /** Writes: this matter holds the benefit for the person; fails the transaction if another matter does. */
  claim(idNumber: string, benefitId: string, matterId: string): WritePart;
  /** Writes: the person receives it (the matter was approved). */
  receive(idNumber: string, benefitId: string, matterId: string): WritePart;
  /** Writes: this matter no longer holds it (refused or withdrawn). */
  release(idNumber: string, benefitId: string, matterId: string): WritePart;
}

/**
 * Seals a secret at field level (a bank account number): a data key per secret, wrapped by KMS on AWS
 * and by a local key locally; the plaintext never reaches the table. `context` binds the ciphertext to
 * its matter, so it cannot be copied onto another.
 */
export interface SecretVault {
  seal(plaintext: string, context: Record<string, string>): Promise<SealedSecret>;
  open(sealed: SealedSecret, context: Record<string, string>): Promise<string>;
}

/** Where a scheduled job got to in a feed (docs/data-model.md row 29). */
export interface JobCursors {
  get(job: string): Promise<string | undefined>;
  set(job: string, value: string): Promise<void>;
}
