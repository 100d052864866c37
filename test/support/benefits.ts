/** Card holders made for a test: an account, a valid card in the table (as an approval writes it) and register records. */
import { expect } from 'vitest';
import { TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import type { Platform } from '../../local/platform.js';
import type { Certificate } from '../../functions/certificates/certificate.js';
import type { LocalRegisterRecord } from '../../functions/benefits/registers.js';
import { dynamoCertificateStore } from '../../functions/adapters/certificate-store.js';
import { dynamoPeopleStore } from '../../functions/adapters/people-store.js';
import { localRegisters } from '../../functions/adapters/partner-registers.js';
import { fromPart } from '../../functions/adapters/write-parts.js';
import { signIn, type Client } from './test-platform.js';
import { fictitiousIdNumber } from './fixtures.js';
import { tableClient } from './table.js';
import { uniqueKey } from './applications.js';

export interface CardHolder {
  client: Client;
  userId: string;
  idNumber: string;
  certificateNumber: string;
}

let sequence = 100;

export async function cardHolder(
  platform: Platform,
  person: { phone: string; name: string; district: string; category: number; grade: number; birthDate: string; guardian?: string; registers?: Omit<LocalRegisterRecord, 'idNumber' | 'name' | 'updatedAt'>[] },
): Promise<CardHolder> {
  const client = await signIn(platform, person.phone);
  const userId = (await client.call('GET', '/me')).body.profile.userId as string;
  const idNumber = fictitiousIdNumber(person.birthDate, String(++sequence).padStart(3, '0'));
  const dynamo = tableClient(platform);
  const registers = localRegisters(dynamo, platform.tableName);
  for (const record of person.registers ?? []) await registers.put({ ...record, idNumber, name: person.name, updatedAt: new Date().toISOString() });
  const certificate: Certificate = {
    number: `${idNumber}${person.category}${person.grade}`,
    holderUserId: userId,
    personName: person.name,
    idNumber,
    category: person.category,
    grade: person.grade,
    components: [{ category: person.category, grade: person.grade }],
    districtCode: person.district,
    issuedOn: '2025-06-01',
    validUntil: '2035-05-31',
    status: 'valid',
    applicationId: `TESTCARD${sequence}`,
    answers: person.guardian
      ? { forWhom: 'other', actingAs: 'guardian', agentName: person.guardian, personName: person.name, personIdNumber: idNumber, districtCode: person.district }
      : { forWhom: 'self', actingAs: 'self', personName: person.name, personIdNumber: idNumber, personPhone: person.phone, districtCode: person.district },
    updatedAt: new Date().toISOString(),
  };
  const certificates = dynamoCertificateStore(dynamo, platform.tableName);
  const people = dynamoPeopleStore(dynamo, platform.tableName);
  await dynamo.send(new TransactWriteItemsCommand({ TransactItems: [...certificates.issued([certificate]), people.newestCertificate(certificate)].map(fromPart) }));
  dynamo.destroy();
  return { client, userId, idNumber, certificateNumber: certificate.number };
}

/** A UnionPay-shaped card number that passes the check digit (ISO/IEC 7812). */
export const GOOD_CARD = '6222020200112233446';
export const BAD_CARD = '6222020200112233447';

export const idem = (label: string) => ({ 'idempotency-key': uniqueKey(label) });

export async function startBenefit(client: Client, body: Record<string, unknown>) {
  return client.call('POST', '/benefit-applications', body, idem('benefit'));
}

/**
 * A Kaifu card holder on 低保 (the registers say so) who has sent the living subsidy with a bank account:
 * the matter waits for the township review.
 */
export async function livingSubsidySent(platform: Platform, person: { phone: string; name: string; birthDate: string }) {
  const holder = await cardHolder(platform, {
    ...person, district: '430105', category: 4, grade: 1,
    registers: [{ register: 'civilAffairs', mode: 'answers', answer: { household: 'dibao' } }, { register: 'hukou', mode: 'answers', answer: { districtCode: '430105' } }],
  });
  const started = await startBenefit(holder.client, { benefitId: 'living-subsidy', certificateNumber: holder.certificateNumber, consents: ['civilAffairs', 'hukou'] });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  const id = started.body.application.id as string;
  const saved = await holder.client.call('PUT', `/benefit-applications/${id}`, {
    version: started.body.application.version,
    answers: { allowances: [], declaration: true },
    bankAccount: { holderName: person.name, bankName: '中国农业银行', kind: 'card', accountNumber: GOOD_CARD },
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const receipt = await holder.client.call('POST', `/applications/${id}/submit`, { version: saved.body.application.version }, idem('submit'));
  expect(receipt.status, JSON.stringify(receipt.body)).toBe(201);
  return { holder, id, reference: receipt.body.receipt.reference as string };
}
