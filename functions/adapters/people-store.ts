/**
 * What is known about a person across matters, keyed by a hash of their ID number so that ID numbers
 * never appear in keys (docs/data-model.md rows 20, 22): the newest certificate, a block on applying again.
 */
import { GetItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { PeopleStore } from '../certificates/certificate.js';
import { keys } from './table-keys.js';
import { m, putPart } from './write-parts.js';

import { personKey as idNumberHash } from '../matters/subject.js';

/** The key of a person's partition: the one hash of their ID number the family's person store uses too. */
export { idNumberHash };

export function dynamoPeopleStore(client: DynamoDBClient, tableName: string): PeopleStore {
  const read = async (key: Record<string, string>) => {
    const result = await client.send(new GetItemCommand({ TableName: tableName, Key: m(key), ConsistentRead: true }));
    return result.Item ? unmarshall(result.Item) : undefined;
  };
  const store: PeopleStore = {
    async reapplyBlockedUntil(idNumber) {
      const block = await read(keys.reapplyBlock(idNumberHash(idNumber)));
      return block ? String(block.until) : undefined;
    },
    validCertificateOf: (idNumber) => store.validCertificateOfPerson(idNumberHash(idNumber)),
    async validCertificateOfPerson(personKey) {
      const pointer = await read(keys.personCertificate(personKey));
      return pointer?.status === 'valid' ? String(pointer.number) : undefined;
    },
    newestCertificate: ({ idNumber, number, status }) =>
      putPart(tableName, { ...keys.personCertificate(idNumberHash(idNumber)), entity: 'PersonCertificate', number, status }),
    blockReapplying: (idNumber, until) => putPart(tableName, { ...keys.reapplyBlock(idNumberHash(idNumber)), entity: 'ReapplyBlock', until }),
  };
  return store;
}
