/**
 * People across matters (docs/data-model.md rows 40–43, 47): a profile with an opaque id, the one
 * account linked to each person (and the one person linked to each account), and an audit trail of
 * what was done or tried about them. Keyed by the hash of the ID number, never the number itself.
 */
import { GetItemCommand, PutItemCommand, TransactWriteItemsCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AuditEntry } from '../matters/matter.js';
import type { PersonLink, PersonProfile, PersonStore } from '../family/ports.js';
import { keys } from './table-keys.js';
import { cancelledByCondition } from './condition-holds.js';
import { queryAll, withoutKeys } from './query-all.js';
import { m } from './write-parts.js';

export function dynamoPersonStore(client: DynamoDBClient, tableName: string): PersonStore {
  const read = async (key: Record<string, string>) => {
    const result = await client.send(new GetItemCommand({ TableName: tableName, Key: m(key), ConsistentRead: true }));
    return result.Item ? unmarshall(result.Item) : undefined;
  };
  const toProfile = (item: Record<string, unknown>) => withoutKeys(item) as unknown as PersonProfile;
  const toLink = (item: Record<string, unknown>): PersonLink => ({ userId: String(item.userId), personKey: String(item.personKey), linkedAt: String(item.linkedAt) });

  const store: PersonStore = {
    async ensureProfile(profile, newId) {
      const existing = await read(keys.personProfile(profile.personKey));
      if (existing) return toProfile(existing);
      const made: PersonProfile = { ...profile, personId: newId() };
      try {
        await client.send(
          new TransactWriteItemsCommand({
            TransactItems: [
              { Put: { TableName: tableName, Item: m({ ...keys.personProfile(profile.personKey), entity: 'PersonProfile', ...made }), ConditionExpression: 'attribute_not_exists(pk)' } },
              { Put: { TableName: tableName, Item: m({ ...keys.personById(made.personId), entity: 'PersonId', personKey: profile.personKey }), ConditionExpression: 'attribute_not_exists(pk)' } },
            ],
          }),
        );
        return made;
      } catch (error) {
        // Someone made it at the same moment: theirs is the one.
        if (!cancelledByCondition(error)) throw error;
        const theirs = await read(keys.personProfile(profile.personKey));
        if (!theirs) throw error;
        return toProfile(theirs);
      }
    },
    async profile(personKey) {
      const item = await read(keys.personProfile(personKey));
      return item ? toProfile(item) : undefined;
    },
    async byId(personId) {
      const pointer = await read(keys.personById(personId));
      return pointer ? store.profile(String(pointer.personKey)) : undefined;
    },
    async linkOfAccount(userId) {
      const item = await read(keys.accountPerson(userId));
      return item ? toLink(item) : undefined;
    },
    async linkOfPerson(personKey) {
      const item = await read(keys.personAccount(personKey));
      return item ? toLink(item) : undefined;
    },
    async link(link) {
      const item = { entity: 'PersonLink', ...link };
      try {
        await client.send(
          new TransactWriteItemsCommand({
            TransactItems: [
              { Put: { TableName: tableName, Item: m({ ...keys.accountPerson(link.userId), ...item }), ConditionExpression: 'attribute_not_exists(pk)' } },
              { Put: { TableName: tableName, Item: m({ ...keys.personAccount(link.personKey), ...item }), ConditionExpression: 'attribute_not_exists(pk)' } },
            ],
          }),
        );
        return true;
      } catch (error) {
        if (cancelledByCondition(error)) return false;
        throw error;
      }
    },
    async recordAudit(personKey, entry) {
      await client.send(
        new PutItemCommand({ TableName: tableName, Item: m({ ...keys.personAudit(personKey, entry.at, entry.id), entity: 'PersonAudit', ...entry }), ConditionExpression: 'attribute_not_exists(pk)' }),
      );
    },
    async audit(personKey) {
      const items = await queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        values: { ':pk': keys.personPartition(personKey), ':prefix': 'AUDIT#' },
      });
      return items.map((item) => withoutKeys(item) as unknown as AuditEntry);
    },
  };
  return store;
}
