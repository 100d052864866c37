/**
 * The person a matter is about. Every matter type gets this by being a matter: the kernel reads the
 * person's ID number from the answers (`personIdNumber`, or the type's own `subjectIdNumber`) and keeps
 * its hash on the matter from the submission on, so that the person's linked account and the relatives
 * they let in find every matter about them, whoever filed it.
 */
import { createHash } from 'node:crypto';
import { normaliseIdNumber, parseIdNumber } from '../domain/id-number.js';
import type { MatterRecord } from './matter.js';
import type { MatterType } from './matter-type.js';

/** The key a person is stored under (`PERSON#<key>`): ID numbers never appear in keys, logs or metrics. */
export function personKey(idNumber: string): string {
  return createHash('sha256').update(normaliseIdNumber(idNumber)).digest('hex');
}

/** The subject's ID number as the matter states it, when it is a valid one. */
export function subjectIdNumber(type: Pick<MatterType<any, any>, 'subjectIdNumber'>, matter: MatterRecord): string | undefined {
  const raw = type.subjectIdNumber ? type.subjectIdNumber(matter) : matter.answers.personIdNumber;
  if (typeof raw !== 'string') return undefined;
  const parsed = parseIdNumber(raw);
  return parsed.ok ? parsed.facts.normalised : undefined;
}

/** The person key of a matter's subject, or undefined while the matter names nobody valid. */
export function subjectOf(type: Pick<MatterType<any, any>, 'subjectIdNumber'>, matter: MatterRecord): string | undefined {
  const id = subjectIdNumber(type, matter);
  return id ? personKey(id) : undefined;
}
