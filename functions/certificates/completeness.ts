/**
 * What a certificate matter needs before it is submitted: every answer and every document its
 * materials list names (一次性告知), all problems at once; and for 新办, that the person holds no valid
 * card and is not waiting out a cancellation.
 */
import type { DocumentRecord, DocumentStore } from '../documents/document-record.js';
import { completeAnswersSchema, matterAnswersSchema, personIsMinor, type CompleteAnswers } from '../applications/schemas.js';
import { materialsFor, materialsForMatter, type MaterialItem } from '../applications/materials.js';
import { findDistrict, rulesInEffect } from '../districts/district-config.js';
import { maskCertificateNumber } from '../domain/certificate-number.js';
import { shanghaiDate } from '../domain/time.js';
import { ValidationError, type FieldError } from '../shared/errors.js';
import { fieldErrorsFromZod } from '../shared/http/problem.js';
import type { TransitionContext } from '../matters/matter-type.js';
import type { Application } from './application.js';
import type { PeopleStore } from './certificate.js';

/** The materials a new application needs, from its final answers (minor status from the ID number). */
export function requiredMaterials(answers: CompleteAnswers, now: Date): MaterialItem[] {
  const district = findDistrict(answers.districtCode)!;
  return materialsFor({ ...answers, isMinor: personIsMinor(answers, now) }, rulesInEffect(district, shanghaiDate(now)));
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

/** Answers first (documents depend on them), then every missing document. */
export async function incomplete(application: Application, deps: { documents: Pick<DocumentStore, 'list'> }, now: Date): Promise<FieldError[]> {
  const answers = application.answers;
  let materials: MaterialItem[];
  if (application.matter === 'new') {
    const parsed = completeAnswersSchema.safeParse(answers);
    const problems = parsed.success ? [] : fieldErrorsFromZod(parsed.error);
    if (parsed.success && !findDistrict(parsed.data.districtCode)) problems.push({ field: 'districtCode', code: 'error.choose' });
    if (!parsed.success || problems.length > 0) return problems;
    materials = requiredMaterials(parsed.data, now);
  } else {
    const parsed = matterAnswersSchema.safeParse({ ...answers, matter: application.matter });
    if (!parsed.success) return fieldErrorsFromZod(parsed.error);
    const rules = rulesInEffect(findDistrict(application.districtCode!)!, shanghaiDate(now));
    materials = materialsForMatter(application.matter, { forWhom: answers.forWhom ?? 'self', actingAs: answers.actingAs ?? 'self', isMinor: false, category: answers.category ?? '1', hasIdCard: true }, rules);
  }
  return documentProblems(materials, await deps.documents.list(application.id));
}

/** 新办 is for someone without a valid card who is not waiting out a cancellation. */
export async function noCardAlready({ matter, deps, today }: Pick<TransitionContext<Application>, 'matter' | 'today'> & { deps: { people: Pick<PeopleStore, 'reapplyBlockedUntil' | 'validCertificateOf'> } }): Promise<void> {
  const idNumber = matter.answers.personIdNumber;
  if (!idNumber) return;
  const [blockedUntil, held] = await Promise.all([deps.people.reapplyBlockedUntil(idNumber), deps.people.validCertificateOf(idNumber)]);
  if (held) throw new ValidationError([{ field: 'personIdNumber', code: 'error.certificate.alreadyHeld', params: { number: maskCertificateNumber(held) } }]);
  if (blockedUntil && blockedUntil > today) throw new ValidationError([{ field: 'personIdNumber', code: 'error.reapplyBlocked', params: { from: blockedUntil } }]);
}
