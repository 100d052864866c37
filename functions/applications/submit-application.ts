import { sentSince, type Application, type ApplicationStore, type CorrectionRequest, type DocumentRecord } from './application.js';
import { completeAnswersSchema, matterAnswersSchema, personIsMinor, type CompleteAnswers } from './schemas.js';
import { materialsFor, materialsForMatter, type MaterialItem } from './materials.js';
import { nextStatus } from './state-machine.js';
import { referenceNumber } from './reference-number.js';
import { applicationToFillIn } from './access.js';
import { stateChange, type Acting } from './changes.js';
import { resumeClock, startClock } from './deadlines.js';
import { findDistrict, rulesInEffect } from '../districts/district-config.js';
import { shanghaiDate } from '../domain/time.js';
import { maskCertificateNumber } from '../domain/certificate-number.js';
import { IncompleteApplicationError, StaleVersionError, ValidationError, type FieldError } from '../shared/errors.js';
import { fieldErrorsFromZod } from '../shared/http/problem.js';
import type { Caller } from '../shared/http/caller.js';
import { documentKey, type DocumentFiles } from '../documents/document-files.js';

export interface SubmitDeps {
  applications: ApplicationStore;
  files: Pick<DocumentFiles, 'keep'>;
  now: () => Date;
  newId: () => string;
}

export interface Receipt {
  id: string;
  reference: string;
  status: Application['status'];
  submittedAt: string;
  version: number;
}

/** The materials this application needs, from its final answers (minor status from the ID number). */
export function requiredMaterials(answers: CompleteAnswers, now: Date): MaterialItem[] {
  const district = findDistrict(answers.districtCode)!;
  return materialsFor({ ...answers, isMinor: personIsMinor(answers, now) }, rulesInEffect(district, shanghaiDate(now)));
}

/** Who is acting, for the timeline and audit: the applicant, or the staff member filing for them (代办). */
export function actingFor(caller: Caller, application: Application, staffName?: string): Acting {
  const staff = application.ownerId !== caller.userId;
  return { role: staff ? 'staff' : 'citizen', userId: caller.userId, name: staff ? (staffName ?? caller.userId) : 'applicant' };
}

function documentProblems(materials: MaterialItem[], documents: DocumentRecord[]): FieldError[] {
  const problems: FieldError[] = [];
  for (const item of materials) {
    const received = documents.filter((d) => d.kind === item.kind && d.status === 'received').length;
    if (received < item.minFiles) problems.push({ field: `documents.${item.kind}`, code: 'error.document.missing' });
    if (received > item.maxFiles) problems.push({ field: `documents.${item.kind}`, code: 'error.document.tooMany' });
  }
  return problems;
}

/** Every answer and every required document of this matter is there, or IncompleteApplicationError lists what is not. */
async function checkComplete(deps: SubmitDeps, application: Application, now: Date): Promise<DocumentRecord[]> {
  const answers = application.answers;
  let materials: MaterialItem[];
  if (application.matter === 'new') {
    const parsed = completeAnswersSchema.safeParse(answers);
    const problems = parsed.success ? [] : fieldErrorsFromZod(parsed.error);
    if (parsed.success && !findDistrict(parsed.data.districtCode)) problems.push({ field: 'districtCode', code: 'error.choose' });
    if (!parsed.success || problems.length > 0) throw new IncompleteApplicationError(problems);
    materials = requiredMaterials(parsed.data, now);
  } else {
    const parsed = matterAnswersSchema.safeParse({ ...answers, matter: application.matter });
    if (!parsed.success) throw new IncompleteApplicationError(fieldErrorsFromZod(parsed.error));
    const rules = rulesInEffect(findDistrict(application.districtCode!)!, shanghaiDate(now));
    materials = materialsForMatter(application.matter, { forWhom: answers.forWhom ?? 'self', actingAs: answers.actingAs ?? 'self', isMinor: false, category: answers.category ?? '1', hasIdCard: true }, rules);
  }
  const documents = await deps.applications.listDocuments(application.id);
  const missing = documentProblems(materials, documents);
  if (missing.length > 0) throw new IncompleteApplicationError(missing);
  // Before the state change: if it then fails, the files are merely kept longer; the other order could
  // leave a submitted application whose files the draft clean-up deletes.
  await Promise.all(documents.filter((d) => d.status === 'received').map((d) => deps.files.keep(documentKey(application.id, d.id))));
  return documents;
}

/**
 * Checks that every answer and every required document is there, then moves the draft to
 * "submitted" with its timeline entry, audit entry and notification event in one transaction. The
 * receipt is returned only after that transaction has been stored. The clock of 限时办结 starts here.
 */
export async function submitApplication(deps: SubmitDeps, caller: Caller, id: string, expectedVersion: number, staffName?: string): Promise<Receipt> {
  const application = await applicationToFillIn(deps.applications, id, caller);
  const to = nextStatus(application.status, 'submit', 'citizen', application.matter);
  // The transaction checks the version again; this spares a reference number on a stale request.
  if (application.version !== expectedVersion) throw new StaleVersionError({ status: application.status, version: application.version });
  const now = deps.now();
  const { personIdNumber } = application.answers;
  const isNew = application.matter === 'new' && personIdNumber;
  const [, blockedUntil, heldCertificate] = await Promise.all([
    checkComplete(deps, application, now),
    isNew ? deps.applications.reapplyBlockedUntil(personIdNumber) : undefined,
    isNew ? deps.applications.validCertificateOf(personIdNumber) : undefined,
  ]);
  const today = shanghaiDate(now);
  if (heldCertificate) throw new ValidationError([{ field: 'personIdNumber', code: 'error.certificate.alreadyHeld', params: { number: maskCertificateNumber(heldCertificate) } }]);
  if (blockedUntil && blockedUntil > today) throw new ValidationError([{ field: 'personIdNumber', code: 'error.reapplyBlocked', params: { from: blockedUntil } }]);

  const districtCode = application.districtCode ?? application.answers.districtCode!;
  const clock = startClock(application.matter, rulesInEffect(findDistrict(districtCode)!, today), today);
  const at = now.toISOString();
  const year = today.slice(0, 4);
  const reference = referenceNumber(year, await deps.applications.nextReferenceNumber(year));
  const updated = await deps.applications.changeState(
    stateChange({
      application: { ...application, reference },
      expectedVersion,
      to,
      event: 'submitted',
      params: { reference, promisedDue: clock.promisedDue, matter: application.matter },
      set: { reference, submittedAt: at, districtCode, clock, queueDate: clock.promisedDue },
      by: actingFor(caller, application, staffName),
      at,
      newId: deps.newId,
    }),
  );
  return { id, reference, status: updated.status, submittedAt: at, version: updated.version };
}

/** Every document the correction list asked for has a file sent since the request, not only the one staff found wanting. */
function uncorrectedDocuments(corrections: CorrectionRequest, documents: DocumentRecord[]): FieldError[] {
  const corrected = (kind: string) => documents.some((d) => d.kind === kind && d.status === 'received' && sentSince(d, corrections.requestedAt));
  return [...new Set(corrections.items.map((i) => i.subject))]
    .filter((subject) => subject !== 'answers' && !corrected(subject))
    .map((subject) => ({ field: `documents.${subject}`, code: 'error.correction.newFileNeeded' }));
}

/** After fixing every item of the correction list (一次性告知) at once: back to staff, the clock running again. */
export async function resubmitApplication(deps: SubmitDeps, caller: Caller, id: string, expectedVersion: number, staffName?: string): Promise<Application> {
  const application = await applicationToFillIn(deps.applications, id, caller);
  const to = nextStatus(application.status, 'resubmit', 'citizen', application.matter);
  if (application.version !== expectedVersion) throw new StaleVersionError({ status: application.status, version: application.version });
  const now = deps.now();
  const uncorrected = uncorrectedDocuments(application.corrections!, await checkComplete(deps, application, now));
  if (uncorrected.length > 0) throw new IncompleteApplicationError(uncorrected);
  const clock = resumeClock(application.clock!, shanghaiDate(now));
  const at = now.toISOString();
  return deps.applications.changeState(
    stateChange({
      application,
      expectedVersion,
      to,
      event: 'resubmitted',
      params: { promisedDue: clock.promisedDue },
      set: { clock, queueDate: clock.promisedDue, corrections: { ...application.corrections!, resolvedAt: at } },
      by: actingFor(caller, application, staffName),
      at,
      newId: deps.newId,
    }),
  );
}
