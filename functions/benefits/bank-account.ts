/**
 * The bank account a subsidy is paid into. A bank card number (银行卡) carries the ISO/IEC 7812 check
 * digit (Luhn), as every UnionPay debit card does, so a mistyped digit is caught here; the account
 * number of a passbook (存折, often the 惠民惠农“一卡通” account subsidies are paid into) has no public
 * check digit, so only its shape is checked and the bank's first payment confirms it. The account must
 * be in the name of the person or of their guardian or agent. Masked everywhere except one audited look.
 */
import * as z from 'zod';
import luhn from 'fast-luhn';
import '../shared/zod-messages.js';
import { normaliseName } from '../domain/person-name.js';
import { nameField } from '../applications/schemas.js';
import type { FieldError } from '../shared/errors.js';

export const bankAccountInput = z
  .object({
    holderName: nameField,
    bankName: z.string({ error: 'error.required' }).trim().min(2, 'error.required').max(40, 'error.tooLong'),
    kind: z.enum(['card', 'passbook'], { error: 'error.choose' }),
    // As printed: groups of digits with spaces or hyphens, full-width digits from a Chinese keyboard.
    accountNumber: z
      .string({ error: 'error.required' })
      .trim()
      .min(1, 'error.required')
      .max(40, 'error.tooLong')
      .transform((v) => v.normalize('NFKC').replace(/[\s-]/g, '')),
  })
  .strict();
export type BankAccountInput = z.output<typeof bankAccountInput>;

const SHAPES = { card: /^\d{16,19}$/, passbook: /^\d{12,25}$/ } as const;

/** What is wrong with the account, for the person whose names are `owners` (applicant, guardian or agent). */
export function bankAccountProblems(account: BankAccountInput, owners: (string | undefined)[]): FieldError[] {
  const problems: FieldError[] = [];
  if (!SHAPES[account.kind].test(account.accountNumber)) problems.push({ field: 'bankAccount.accountNumber', code: account.kind === 'card' ? 'error.bank.cardShape' : 'error.bank.passbookShape' });
  else if (account.kind === 'card' && !luhn(account.accountNumber)) problems.push({ field: 'bankAccount.accountNumber', code: 'error.bank.checkDigit' });
  const names = owners.filter((n): n is string => !!n).map((n) => normaliseName(n));
  if (!names.includes(normaliseName(account.holderName))) problems.push({ field: 'bankAccount.holderName', code: 'error.bank.holderName' });
  return problems;
}

/** 6222 **** **** 1234: enough to recognise one's own account, not enough to use it. */
export function maskAccountNumber(number: string): string {
  return `${number.slice(0, 4)} **** **** ${number.slice(-4)}`;
}
