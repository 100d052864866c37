/**
 * What our own records say about a person, by their ID number: the names and mobile numbers given on
 * the matters about them and on their card. A code to link an account goes to the number on record.
 */
import type { MatterStore } from '../matters/ports.js';
import type { CertificateStore, PeopleStore } from '../certificates/certificate.js';
import { personKey } from '../matters/subject.js';
import { normaliseName } from '../domain/person-name.js';

export interface RecordsDeps {
  matters: Pick<MatterStore, 'listBySubject'>;
  people: Pick<PeopleStore, 'validCertificateOf'>;
  certificates: Pick<CertificateStore, 'get'>;
}

export interface PersonRecords {
  names: string[];
  /** Newest first: the number on the latest matter, then the card's. */
  phones: string[];
}

export async function personRecords(deps: RecordsDeps, idNumber: string): Promise<PersonRecords> {
  const [matters, number] = await Promise.all([deps.matters.listBySubject(personKey(idNumber)), deps.people.validCertificateOf(idNumber)]);
  const card = number ? await deps.certificates.get(number) : undefined;
  const answers = [...matters.map((m) => m.answers), ...(card ? [{ ...card.answers, personName: card.personName }] : [])];
  const strings = (field: string) => [...new Set(answers.map((a) => a[field]).filter((v): v is string => typeof v === 'string' && v.length > 0))];
  return { names: strings('personName').map(normaliseName), phones: strings('personPhone') };
}
