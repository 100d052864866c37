import type { Application, ApplicationStore, DocumentRecord } from './application.js';
import { completeAnswersSchema, isMinorOn, type CompleteAnswers } from './schemas.js';
import { materialsFor, type MaterialItem } from './materials.js';
import { nextStatus } from './state-machine.js';
import { referenceNumber } from './reference-number.js';
import { ownApplication } from './manage-drafts.js';
import { findDistrict, rulesInEffect } from '../districts/district-config.js';
import { parseIdNumber } from '../domain/id-number.js';
import { shanghaiDate } from '../domain/time.js';
import { IncompleteApplicationError, StaleVersionError, type FieldError } from '../shared/errors.js';
import { fieldErrorsFromZod } from '../shared/http/problem.js';
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
  const facts = parseIdNumber(answers.personIdNumber);
  const isMinor = facts.ok ? isMinorOn(facts.facts.birthDate, now) : answers.isMinor;
  return materialsFor({ ...answers, isMinor }, rulesInEffect(district, shanghaiDate(now)));
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

/**
 * Checks that every answer and every required document is there, then moves the draft to
 * "submitted" with its timeline entry and notification event in one transaction. The receipt is
 * returned only after that transaction has been stored.
 */
export async function submitApplication(deps: SubmitDeps, ownerId: string, id: string, expectedVersion: number): Promise<Receipt> {
  const application = await ownApplication(deps.applications, id, ownerId);
  const to = nextStatus(application.status, 'submit', 'citizen');
  // The transaction checks the version again; this spares a reference number on a stale request.
  if (application.version !== expectedVersion) throw new StaleVersionError({ status: application.status, version: application.version });
  const now = deps.now();

  const parsed = completeAnswersSchema.safeParse(application.answers);
  const answerProblems = parsed.success ? [] : fieldErrorsFromZod(parsed.error);
  if (parsed.success && !findDistrict(parsed.data.districtCode)) answerProblems.push({ field: 'districtCode', code: 'error.choose' });
  if (!parsed.success || answerProblems.length > 0) throw new IncompleteApplicationError(answerProblems);

  const documents = await deps.applications.listDocuments(id);
  const missing = documentProblems(requiredMaterials(parsed.data, now), documents);
  if (missing.length > 0) throw new IncompleteApplicationError(missing);

  // Before the state change: if it then fails, the files are merely kept longer; the other order could
  // leave a submitted application whose files the draft clean-up deletes.
  await Promise.all(documents.filter((d) => d.status === 'received').map((d) => deps.files.keep(documentKey(id, d.id))));

  const at = now.toISOString();
  const year = shanghaiDate(now).slice(0, 4);
  const reference = referenceNumber(year, await deps.applications.nextReferenceNumber(year));
  const updated = await deps.applications.changeState({
    application,
    expectedVersion,
    at,
    set: { status: to, reference, submittedAt: at },
    timeline: { id: deps.newId(), at, status: to, event: 'submitted', actor: 'citizen' },
    outbox: {
      id: deps.newId(),
      type: 'application.submitted',
      applicationId: id,
      recipientUserIds: [ownerId],
      params: { reference },
      createdAt: at,
    },
  });
  return { id, reference, status: updated.status, submittedAt: at, version: updated.version };
}
