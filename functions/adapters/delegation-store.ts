/**
 * Delegations (docs/data-model.md rows 44–46): each lives in its person's partition, so one query finds
 * everything a person allowed; a pointer finds it by id; gsi1 finds it by the phone it was sent to (while
 * invited) and by the relative who accepted it; gsi2 by the day it ends by itself.
 */
import { GetItemCommand, PutItemCommand, TransactWriteItemsCommand, ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Delegation } from '../family/delegation.js';
import type { DelegationStore } from '../family/ports.js';
import { StaleVersionError } from '../shared/errors.js';
import { keys, OWNER_INDEX, WORK_INDEX } from './table-keys.js';
import { queryAll, withoutKeys } from './query-all.js';
import { cancelledByCondition } from './condition-holds.js';
import { m } from './write-parts.js';

/** The item with its index keys: who it is for (phone while invited, account once accepted) and when it ends by itself. */
function itemOf(d: Delegation): Record<string, unknown> {
  const endsOn = [d.endsOn, d.comesOfAgeOn].filter((x): x is string => Boolean(x)).sort()[0];
  const who = d.status === 'invited' ? keys.inviteeIndex(d.delegatePhone, d.createdAt, d.id) : d.delegateUserId ? keys.delegateIndex(d.delegateUserId, d.createdAt, d.id) : {};
  return { ...keys.delegation(d.personKey, d.id), entity: 'Delegation', ...d, ...who, ...(d.status === 'active' && endsOn ? keys.delegationEndIndex(endsOn, d.id) : {}) };
}

const toDelegation = (item: Record<string, unknown>) => withoutKeys(item) as unknown as Delegation;

export function dynamoDelegationStore(client: DynamoDBClient, tableName: string): DelegationStore {
  const inIndex = async (index: string, partition: string) =>
    (await queryAll(client, { TableName: tableName, IndexName: index, KeyConditionExpression: `${index}pk = :p`, values: { ':p': partition } })).map(toDelegation);

  const store: DelegationStore = {
    async create(delegation, replacing) {
      const slot =
        replacing === undefined
          ? []
          : [
              {
                Put: {
                  TableName: tableName,
                  Item: m({ ...keys.invitationSlot(delegation.personKey, delegation.delegatePhone), entity: 'InvitationSlot', delegationId: delegation.id }),
                  ...(replacing
                    ? { ConditionExpression: 'delegationId = :replacing', ExpressionAttributeValues: m({ ':replacing': replacing }) }
                    : { ConditionExpression: 'attribute_not_exists(pk)' }),
                },
              },
            ];
      try {
        await client.send(
          new TransactWriteItemsCommand({
            TransactItems: [
              { Put: { TableName: tableName, Item: m(itemOf(delegation)), ConditionExpression: 'attribute_not_exists(pk)' } },
              { Put: { TableName: tableName, Item: m({ ...keys.delegationPointer(delegation.id), entity: 'DelegationPointer', personKey: delegation.personKey }), ConditionExpression: 'attribute_not_exists(pk)' } },
              ...slot,
            ],
          }),
        );
      } catch (error) {
        if (cancelledByCondition(error)) throw new StaleVersionError(undefined);
        throw error;
      }
    },
    async currentInvitation(personKey, phone) {
      const found = await client.send(new GetItemCommand({ TableName: tableName, Key: m(keys.invitationSlot(personKey, phone)), ConsistentRead: true }));
      return found.Item ? String(unmarshall(found.Item).delegationId) : undefined;
    },
    async get(id) {
      const pointer = await client.send(new GetItemCommand({ TableName: tableName, Key: m(keys.delegationPointer(id)), ConsistentRead: true }));
      if (!pointer.Item) return undefined;
      const found = await client.send(new GetItemCommand({ TableName: tableName, Key: m(keys.delegation(String(unmarshall(pointer.Item).personKey), id)), ConsistentRead: true }));
      return found.Item ? toDelegation(unmarshall(found.Item)) : undefined;
    },
    async listForPerson(personKey) {
      const items = await queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        values: { ':pk': keys.personPartition(personKey), ':prefix': keys.delegationPrefix },
        ConsistentRead: true,
      });
      return items.map(toDelegation);
    },
    listForDelegate: (userId) => inIndex(OWNER_INDEX, keys.delegatePartition(userId)),
    listInvitedPhone: (phone) => inIndex(OWNER_INDEX, keys.inviteePartition(phone)),
    listEndingOn: (date) => inIndex(WORK_INDEX, keys.delegationEndPartition(date)),
    async save(delegation, expectedVersion) {
      const next = { ...delegation, version: expectedVersion + 1 };
      try {
        await client.send(
          new PutItemCommand({
            TableName: tableName,
            Item: m(itemOf(next)),
            ConditionExpression: 'version = :expected',
            ExpressionAttributeValues: m({ ':expected': expectedVersion }),
          }),
        );
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        const current = await store.get(delegation.id);
        throw new StaleVersionError(current ? { status: current.status, version: current.version } : undefined);
      }
      return next;
    },
  };
  return store;
}
