/** Helpers for the family feature's tests: a matter about someone else, linking a person, inviting relatives. */
import { expect } from 'vitest';
import type { Platform } from '../../local/platform.js';
import { completeSelfAnswers, createDraft, uniqueKey, uploadDocument } from './applications.js';
import { jpegBytes, pdfBytes, pngBytes } from './files.js';
import { sinkMessages, type Client } from './test-platform.js';

/** A new-certificate application filed by a relative (an agent with a power of attorney) for `personIdNumber`. */
export const answersAbout = (personIdNumber: string, personPhone: string, agentPhone: string, extra: Record<string, unknown> = {}) => ({
  ...completeSelfAnswers,
  forWhom: 'other',
  actingAs: 'agent',
  relationship: 'child',
  agentName: '王小明',
  agentPhone,
  personName: '王建国',
  personIdNumber,
  personPhone,
  ...extra,
});

/** Every document the Kaifu district asks of an application made for someone else. */
export async function readyToSubmitFor(client: Client, answers: Record<string, unknown>) {
  const draft = await createDraft(client, answers);
  const kinds: [string, Buffer, string][] = [
    ['idCard', jpegBytes(), 'image/jpeg'],
    ['idCard', pngBytes(), 'image/png'],
    ['photo', jpegBytes(), 'image/jpeg'],
    ['medicalRecords', pdfBytes(), 'application/pdf'],
    ['agentIdCard', jpegBytes(), 'image/jpeg'],
    ...(answers.actingAs === 'agent' ? [['powerOfAttorney', pdfBytes(), 'application/pdf'] as [string, Buffer, string]] : []),
    ...(answers.actingAs === 'guardian' ? [['guardianProof', pdfBytes(), 'application/pdf'] as [string, Buffer, string]] : []),
  ];
  for (const [kind, bytes, type] of kinds) {
    const confirmed = await uploadDocument(client, draft.id, kind, bytes, type);
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
  }
  return draft;
}

/** Files and submits; answers with the matter's id, version and reference. */
export async function submitAbout(client: Client, answers: Record<string, unknown>) {
  const draft = await readyToSubmitFor(client, answers);
  const receipt = await client.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': uniqueKey('submit') });
  expect(receipt.status, JSON.stringify(receipt.body)).toBe(201);
  return { id: draft.id, version: receipt.body.receipt.version as number, reference: receipt.body.receipt.reference as string };
}

/** The newest SMS of `template` sent to `phone`, once the notifier has caught up. */
export async function latestSms(platform: Platform, phone: string, template: string) {
  await platform.drainNotifications();
  return sinkMessages(platform).filter((m) => m.to === phone && m.template === template).pop();
}

/** Links the signed-in account to the person with this ID number: the code goes to the phone on record. */
export async function linkSelf(platform: Platform, client: Client, phoneOnRecord: string, idNumber: string, name: string): Promise<{ personId: string }> {
  const asked = await client.call('POST', '/me/person-link/code', { ownIdNumber: idNumber, ownName: name });
  expect(asked.status, JSON.stringify(asked.body)).toBe(202);
  const sms = await latestSms(platform, phoneOnRecord, 'linkCode');
  expect(sms, 'a link code to the phone on record').toBeDefined();
  const linked = await client.call('POST', '/me/person-link', { code: sms!.params.code });
  expect(linked.status, JSON.stringify(linked.body)).toBe(201);
  return linked.body.person;
}

export interface Invitation {
  delegatePhone: string;
  delegateName?: string;
  relationship?: string;
  scopes: string[];
  endsOn?: string;
}

/** The person (or guardian) invites; answers with the delegation's id and the code the relative received. */
export async function invite(platform: Platform, inviter: Client, personId: string, invitation: Invitation): Promise<{ id: string; code: string }> {
  const sent = await inviter.call(
    'POST',
    `/people/${personId}/delegations`,
    { delegateName: '李娜', relationship: 'daughter', ...invitation, agreed: true },
    { 'idempotency-key': uniqueKey('invite') },
  );
  expect(sent.status, JSON.stringify(sent.body)).toBe(201);
  const sms = await latestSms(platform, invitation.delegatePhone, 'delegationInvite');
  expect(sms, 'an invitation SMS').toBeDefined();
  return { id: sent.body.delegation.id, code: sms!.params.code! };
}

export async function inviteAndAccept(platform: Platform, inviter: Client, personId: string, delegate: Client, invitation: Invitation): Promise<string> {
  const { id, code } = await invite(platform, inviter, personId, invitation);
  const accepted = await delegate.call('POST', `/delegations/${id}/accept`, { code });
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  return id;
}

/** A matter about the person with `idNumber`, filed by `filer` (their son), for which staff asked a new photo. */
export async function awaitingPhoto(filer: Client, staff: Client, idNumber: string, personPhone: string) {
  const matter = await submitAbout(filer, answersAbout(idNumber, personPhone, '13900000001'));
  const asked = await staff.call('POST', `/staff/applications/${matter.id}/decisions`, { action: 'requestCorrection', version: matter.version, items: [{ subject: 'photo', note: '照片背景不是白色' }] });
  expect(asked.status, JSON.stringify(asked.body)).toBe(200);
  return matter;
}
