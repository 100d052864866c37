/** The holder's certificates, and starting a renewal, change, reissue or cancellation from one of them. */
import type { Application, CancellationReason } from './application.js';
import type { Certificate, CertificateStore, PeopleStore } from './certificate.js';
import type { PersonStore } from '../family/ports.js';
import type { MatterStore } from '../matters/ports.js';
import { createDraft } from '../matters/drafts.js';
import { findDistrict, rulesInEffect } from '../districts/district-config.js';
import { ageOn, maskIdNumber, parseIdNumber } from '../domain/id-number.js';
import { addMonths, shanghaiDate } from '../domain/time.js';
import { NotFoundError, ValidationError } from '../shared/errors.js';
import { OPEN_STATUSES, type CertificateMatter } from './statuses.js';

export interface CertificateDeps {
  matters: MatterStore<Application>;
  certificates: CertificateStore;
  now: () => Date;
  newId: () => string;
}

export interface CertificateSummary extends Omit<Certificate, 'idNumber' | 'answers' | 'holderUserId'> {
  idNumberMasked: string;
  /** Renewal is open from this date (⚙ months before expiry). */
  renewableFrom: string;
  expired: boolean;
  /** The holder's age today, so "What can I get?" need not ask what the card already says. */
  age?: number;
}

function ageField(idNumber: string, today: string): { age?: number } {
  const parsed = parseIdNumber(idNumber);
  return parsed.ok ? { age: ageOn(parsed.facts.birthDate, today) } : {};
}

export function summarise(certificate: Certificate, today: string): CertificateSummary {
  const { idNumber, answers: _a, holderUserId: _h, ...rest } = certificate;
  const rules = rulesInEffect(findDistrict(certificate.districtCode)!, today);
  return {
    ...rest,
    idNumberMasked: maskIdNumber(idNumber),
    renewableFrom: addMonths(certificate.validUntil, -rules.expiryReminderMonths),
    expired: certificate.validUntil < today,
    ...ageField(idNumber, today),
  };
}

/**
 * The cards held in this account and, once the account is linked to its person (family/), the person's
 * own valid card wherever it was applied for from.
 */
export async function myCertificates(
  deps: Pick<CertificateDeps, 'certificates' | 'now'> & { persons?: Pick<PersonStore, 'linkOfAccount'>; people?: Pick<PeopleStore, 'validCertificateOfPerson'> },
  userId: string,
): Promise<CertificateSummary[]> {
  const today = shanghaiDate(deps.now());
  const [held, link] = await Promise.all([deps.certificates.listByHolder(userId), deps.persons?.linkOfAccount(userId)]);
  const ownNumber = link && deps.people ? await deps.people.validCertificateOfPerson(link.personKey) : undefined;
  const own = ownNumber && !held.some((c) => c.number === ownNumber) ? await deps.certificates.get(ownNumber) : undefined;
  return [...held, ...(own ? [own] : [])].sort((a, b) => b.issuedOn.localeCompare(a.issuedOn)).map((c) => summarise(c, today));
}

/** A draft for one of the certificate's matters, prefilled from the card so nothing is typed twice. */
export async function startMatter(
  deps: CertificateDeps,
  userId: string,
  number: string,
  matter: CertificateMatter,
  reason?: CancellationReason,
): Promise<Application> {
  const certificate = await deps.certificates.get(number);
  if (!certificate || certificate.holderUserId !== userId) throw new NotFoundError();
  if (certificate.status !== 'valid') throw new ValidationError([{ field: 'matter', code: 'error.certificate.notValid' }]);
  const today = shanghaiDate(deps.now());
  if (matter === 'renewal' && summarise(certificate, today).renewableFrom > today) {
    throw new ValidationError([{ field: 'matter', code: 'error.certificate.notYetRenewable' }]);
  }
  const open = (await deps.matters.listByOwner(userId)).find(
    (a) => a.certificateNumber === number && (a.status === 'draft' || OPEN_STATUSES.includes(a.status)),
  );
  if (open) throw new ValidationError([{ field: 'matter', code: 'error.certificate.matterOpen' }]);
  const { consent: _c, lossPromise: _l, deferralPromise: _d, ...answers } = certificate.answers;
  return createDraft(deps, userId, answers, {
    matter,
    certificateNumber: number,
    districtCode: certificate.districtCode,
    ...(matter === 'cancellation' ? { matterReason: reason ?? 'voluntary' } : matter === 'reissue' ? { matterReason: 'lost' } : {}),
  });
}
