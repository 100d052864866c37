import { expect } from 'vitest';
import type { Client } from './test-platform.js';
import { ANNEX_ID_FEMALE_1949 } from './fixtures.js';
import { jpegBytes, pdfBytes, pngBytes } from './files.js';

export const completeSelfAnswers = {
  forWhom: 'self',
  actingAs: 'self',
  isMinor: false,
  category: '4',
  hasIdCard: true,
  personName: '王秀英',
  personIdNumber: ANNEX_ID_FEMALE_1949,
  personPhone: '13900000001',
  hukouAddress: '长沙市开福区芙蓉中路一段1号',
  currentAddress: '长沙市开福区芙蓉中路一段1号',
  hukouDistrictName: '长沙市开福区',
  districtCode: '430105',
  delivery: 'express',
  deliveryAddress: '长沙市开福区芙蓉中路一段1号',
  consent: true,
} as const;

let keyCounter = 0;
export const uniqueKey = (label = 'key') => `${label}-${Date.now()}-${++keyCounter}-${Math.random().toString(36).slice(2)}`;

export async function createDraft(client: Client, answers: Record<string, unknown> = completeSelfAnswers) {
  const created = await client.call('POST', '/applications', { answers }, { 'idempotency-key': uniqueKey('create') });
  expect(created.status).toBe(201);
  return created.body.application as { id: string; version: number };
}

/** Announces, uploads (through the presigned URL) and confirms one file. */
export async function uploadDocument(client: Client, applicationId: string, kind: string, bytes: Buffer, contentType: string, fileName = `${kind}.bin`) {
  const announced = await client.call('POST', `/applications/${applicationId}/documents`, { kind, fileName, contentType, size: bytes.length }, { 'idempotency-key': uniqueKey('doc') });
  expect(announced.status, JSON.stringify(announced.body)).toBe(201);
  const put = await fetch(announced.body.upload.url, { method: 'PUT', body: new Uint8Array(bytes), headers: announced.body.upload.headers });
  expect(put.status).toBe(200);
  return client.call('POST', `/applications/${applicationId}/documents/${announced.body.document.id}/confirm`);
}

/** A draft with every answer and every document the Kaifu district requires. */
export async function readyToSubmit(client: Client, answers: Record<string, unknown> = completeSelfAnswers) {
  const draft = await createDraft(client, answers);
  for (const [kind, bytes, type] of [
    ['idCard', jpegBytes(), 'image/jpeg'],
    ['idCard', pngBytes(), 'image/png'],
    ['photo', jpegBytes(), 'image/jpeg'],
    ['medicalRecords', pdfBytes(), 'application/pdf'],
  ] as const) {
    const confirmed = await uploadDocument(client, draft.id, kind, bytes, type);
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
  }
  return draft;
}
