/**
 * What is known about a person across matters, keyed by a hash of their ID number so that ID numbers
 * never appear in keys (docs/data-model.md rows 20, 22): the newest certificate, a block on applying again.
 */
import { GetItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { createHash } from 'node:crypto';
import type { PeopleStore } from '../certificates/certificate.js';
import { keys } from './table-keys.js';
import { m, putPart } from './write-parts.js';

export function idNumberHash(idNumber: string): string {
  return createHash('sha256').update(idNumber.toUpperCase()).digest('hex');
}

export function dynamoPeopleStore(client: DynamoDBClient, tableName: string): PeopleStore {
  const read = async (key: Record<string, string>) => {
    const result = await client.send(new GetItemCommand({ TableName: tableName, Key: m(key), ConsistentRead: true }));
    return result.Item ? unmarshall(result.Item) : undefined;
  };
  return {
    async reapplyBlockedUntil(idNumber) {
      const block = await read(keys.reapplyBlock(idNumberHash(idNumber)));
      return block ? String(block.until) : undefined;
    },
    async validCertificateOf(idNumber) {
      const pointer = await read(keys.personCertificate(idNumberHash(idNumber)));
      return pointer?.status === 'valid' ? String(pointer.number) : undefined;
    },
    newestCertificate: ({ idNumber, number, status }) =>
      putPart(tableName, { ...keys.personCertificate(idNumberHash(idNumber)), entity: 'PersonCertificate', number, status }),
    blockReapplying: (idNumber, until) => putPart(tableName, { ...keys.reapplyBlock(idNumberHash(idNumber)), entity: 'ReapplyBlock', until }),
  };
}
