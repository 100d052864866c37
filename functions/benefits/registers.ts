/**
 * Partner data instead of paper (domain.md §1, §5): the civil affairs register of 低保/低保边缘/特困
 * households, the police household registration, the death register and the registers of other
 * allowances. Each is a port with one adapter per source (functions/adapters/*-register.ts); locally a
 * seeded register in DynamoDB Local stands in. A register that does not answer, or answers what cannot
 * be read, leaves the matter waiting: it never refuses anyone.
 */
import * as z from 'zod';
import { ALLOWANCES, HOUSEHOLD_STATUSES, type Register } from './catalogue-schema.js';

/** What each register answers about one person, checked before anything reads it. */
export const registerAnswerSchemas = {
  civilAffairs: z.object({ household: z.enum(HOUSEHOLD_STATUSES) }).strict(),
  hukou: z.object({ districtCode: z.string().regex(/^\d{6}$/).nullable() }).strict(),
  deaths: z.object({ deceased: z.boolean(), on: z.iso.date().optional() }).strict(),
  allowances: z.object({ allowances: z.array(z.object({ kind: z.enum(ALLOWANCES), monthlyYuan: z.number().nonnegative().max(100_000).optional() }).strict()).max(10) }).strict(),
} as const;

export type RegisterFactsOf<R extends Register> = z.infer<(typeof registerAnswerSchemas)[R]>;
export type RegisterFacts = { [R in Register]: RegisterFactsOf<R> }[Register];

export type RegisterAnswer<R extends Register = Register> = { outcome: 'answered'; facts: RegisterFactsOf<R> } | { outcome: 'noAnswer'; problem: 'timeout' | 'unavailable' | 'unreadable' };

/** One register. `lookup` never throws for the register's own faults: they are a `noAnswer`. */
export interface PartnerRegister<R extends Register = Register> {
  lookup(idNumber: string): Promise<RegisterAnswer<R>>;
  /** People whose record changed after `since` (the register's change feed), oldest first. */
  changesSince(since: string): Promise<{ idNumber: string; at: string }[]>;
}

export type PartnerRegisters = { [R in Register]: PartnerRegister<R> };

/** Reads a register's raw answer: anything that does not fit its schema is unreadable, never trusted. */
export function readAnswer<R extends Register>(register: R, raw: unknown): RegisterAnswer<R> {
  const parsed = registerAnswerSchemas[register].safeParse(raw);
  return parsed.success ? { outcome: 'answered', facts: parsed.data as RegisterFactsOf<R> } : { outcome: 'noAnswer', problem: 'unreadable' };
}

/** What a register answers for someone it has no record of: not on any list, no known hukou, not deceased, no allowance. */
export const NO_RECORD: { [R in Register]: RegisterFactsOf<R> } = {
  civilAffairs: { household: 'none' },
  hukou: { districtCode: null },
  deaths: { deceased: false },
  allowances: { allowances: [] },
};

/** The local stand-in's record of one person, as the dev pages change it. */
export interface LocalRegisterRecord {
  register: Register;
  idNumber: string;
  name: string;
  /** What it answers; anything else than the register's shape is answered as it is (garbage). */
  answer?: unknown;
  /** `silent`: the register does not answer at all. */
  mode: 'answers' | 'silent';
  updatedAt: string;
}

/** Local only: reading and changing the stand-in registers (the dev pages and the seed). */
export interface LocalRegisters {
  list(register: Register): Promise<LocalRegisterRecord[]>;
  /** Writes the record and its entry in the register's change feed, together. */
  put(record: LocalRegisterRecord): Promise<void>;
}

/** How long one lookup may take before the matter waits for the register instead. */
export const LOOKUP_TIMEOUT_MS = 3000;

export async function withTimeout<R extends Register>(answer: Promise<RegisterAnswer<R>>, ms = LOOKUP_TIMEOUT_MS): Promise<RegisterAnswer<R>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<RegisterAnswer<R>>((resolve) => {
    timer = setTimeout(() => resolve({ outcome: 'noAnswer', problem: 'timeout' }), ms);
  });
  try {
    return await Promise.race([answer.catch((): RegisterAnswer<R> => ({ outcome: 'noAnswer', problem: 'unavailable' })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
