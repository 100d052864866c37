/**
 * The partner registers, one adapter each. On AWS a register is the agency's HTTP interface, at the
 * address its data-sharing agreement gives (REGISTER_URL_<NAME>); locally, and wherever none is set, a
 * stand-in in the table that the seed fills with the demo people and the dev pages change. Either way
 * the answer is read through the register's schema: what does not fit is `unreadable`, never trusted.
 */
import { GetItemCommand, TransactWriteItemsCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Register } from '../benefits/catalogue-schema.js';
import { LOOKUP_TIMEOUT_MS, NO_RECORD, readAnswer, type LocalRegisterRecord, type LocalRegisters, type PartnerRegister, type PartnerRegisters, type RegisterAnswer } from '../benefits/registers.js';
import { keys } from './table-keys.js';
import { queryAll, withoutKeys } from './query-all.js';
import { m } from './write-parts.js';
import { idNumberHash } from './people-store.js';

const ENV_NAMES: Record<Register, string> = {
  civilAffairs: 'REGISTER_URL_CIVIL_AFFAIRS',
  hukou: 'REGISTER_URL_HUKOU',
  deaths: 'REGISTER_URL_DEATHS',
  allowances: 'REGISTER_URL_ALLOWANCES',
};

/** The stand-in in DynamoDB: the seeded record, the register's "no record" answer, silence, or garbage. */
export function tableRegister<R extends Register>(client: DynamoDBClient, tableName: string, register: R): PartnerRegister<R> {
  return {
    async lookup(idNumber) {
      const result = await client.send(new GetItemCommand({ TableName: tableName, Key: m(keys.registerRecord(register, idNumberHash(idNumber))), ConsistentRead: true }));
      if (!result.Item) return { outcome: 'answered', facts: NO_RECORD[register] };
      const record = unmarshall(result.Item) as LocalRegisterRecord;
      if (record.mode === 'silent') return { outcome: 'noAnswer', problem: 'timeout' };
      return readAnswer(register, record.answer);
    },
    async changesSince(since) {
      const items = await queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND sk > :since',
        // '~' sorts after the '#' that follows a change's time: the change at `since` itself was read last time.
        values: { ':pk': keys.registerChangesPartition(register), ':since': since ? `${since}~` : '0' },
      });
      return items.map((i) => ({ idNumber: String(i.idNumber), at: String(i.at) }));
    },
  };
}

/** The agency's interface: POST {idNumber} → the answer (404: no record); GET /changes?since= → [{idNumber, at}]. */
export function httpRegister<R extends Register>(register: R, baseUrl: string, fetchFn: typeof fetch = fetch): PartnerRegister<R> {
  return {
    async lookup(idNumber) {
      let response: Response;
      try {
        response = await fetchFn(`${baseUrl}/lookup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ idNumber }), signal: AbortSignal.timeout(LOOKUP_TIMEOUT_MS) });
      } catch (error) {
        return { outcome: 'noAnswer', problem: (error as Error).name === 'TimeoutError' ? 'timeout' : 'unavailable' };
      }
      if (response.status === 404) return { outcome: 'answered', facts: NO_RECORD[register] };
      if (!response.ok) return { outcome: 'noAnswer', problem: 'unavailable' };
      const body: unknown = await response.json().catch(() => undefined);
      return body === undefined ? ({ outcome: 'noAnswer', problem: 'unreadable' } as RegisterAnswer<R>) : readAnswer(register, body);
    },
    async changesSince(since) {
      const response = await fetchFn(`${baseUrl}/changes?since=${encodeURIComponent(since)}`, { signal: AbortSignal.timeout(LOOKUP_TIMEOUT_MS * 5) });
      if (!response.ok) throw new Error(`${register} change feed answered ${response.status}`);
      const body = (await response.json()) as { idNumber?: unknown; at?: unknown }[];
      return body.filter((c) => typeof c.idNumber === 'string' && typeof c.at === 'string').map((c) => ({ idNumber: c.idNumber as string, at: c.at as string }));
    },
  };
}

export function partnerRegisters(client: DynamoDBClient, tableName: string, env: NodeJS.ProcessEnv = process.env): PartnerRegisters {
  const pick = <R extends Register>(register: R): PartnerRegister<R> => {
    const url = env[ENV_NAMES[register]];
    return url ? httpRegister(register, url) : tableRegister(client, tableName, register);
  };
  return { civilAffairs: pick('civilAffairs'), hukou: pick('hukou'), deaths: pick('deaths'), allowances: pick('allowances') };
}

/** Local only: the stand-ins' records, for the seed and the dev pages. */
export function localRegisters(client: DynamoDBClient, tableName: string): LocalRegisters {
  return {
    async list(register) {
      const items = await queryAll(client, { TableName: tableName, KeyConditionExpression: 'pk = :pk', values: { ':pk': keys.registerPartition(register) } });
      return items.map((i) => withoutKeys(i) as unknown as LocalRegisterRecord);
    },
    async put(record) {
      const hash = idNumberHash(record.idNumber);
      await client.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            { Put: { TableName: tableName, Item: m({ ...keys.registerRecord(record.register, hash), entity: 'RegisterRecord', ...record }) } },
            { Put: { TableName: tableName, Item: m({ ...keys.registerChange(record.register, record.updatedAt, hash), entity: 'RegisterChange', idNumber: record.idNumber, at: record.updatedAt }) } },
          ],
        }),
      );
    },
  };
}

