import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { Application, ApplicationStore, DocumentRecord, StateChange, TimelineEntry } from '../applications/application.js';
import type { DraftAnswers } from '../applications/schemas.js';
import { StaleVersionError } from '../shared/errors.js';
import { keys, OWNER_INDEX, TTL_ATTRIBUTE } from './table-keys.js';

const OUTBOX_RETENTION_SECONDS = 7 * 24 * 3600;
const m = (value: Record<string, unknown>) => marshall(value, { removeUndefinedValues: true, convertClassInstanceToMap: true });

function toApplication(item: Record<string, unknown>): Application {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, entity: _e, ...rest } = item;
  return rest as unknown as Application;
}

function strip<T>(item: Record<string, unknown>): T {
  const { pk: _pk, sk: _sk, entity: _e, ...rest } = item;
  return rest as T;
}

export function dynamoApplicationStore(client: DynamoDBClient, tableName: string): ApplicationStore {
  async function query(pk: string, skPrefix: string): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, any> | undefined;
    do {
      const page = await client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: m({ ':pk': pk, ':prefix': skPrefix }),
          ExclusiveStartKey: startKey,
          ConsistentRead: true,
        }),
      );
      items.push(...(page.Items ?? []).map((i) => unmarshall(i)));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return items;
  }

  async function currentOf(id: string) {
    const current = await store.get(id);
    return current ? { status: current.status, version: current.version } : undefined;
  }

  const store: ApplicationStore = {
    async create(application) {
      await client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: m({
            ...keys.application(application.id),
            ...keys.ownerIndex(application.ownerId, application.createdAt, application.id),
            entity: 'Application',
            ...application,
          }),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },

    async get(id) {
      const result = await client.send(new GetItemCommand({ TableName: tableName, Key: m(keys.application(id)), ConsistentRead: true }));
      return result.Item ? toApplication(unmarshall(result.Item)) : undefined;
    },

    async saveAnswers(id, expectedVersion, answers: DraftAnswers, at) {
      try {
        const result = await client.send(
          new UpdateItemCommand({
            TableName: tableName,
            Key: m(keys.application(id)),
            UpdateExpression: 'SET answers = :answers, version = version + :one, updatedAt = :at',
            ConditionExpression: 'version = :expected AND #status = :draft',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: m({ ':answers': answers, ':one': 1, ':at': at, ':expected': expectedVersion, ':draft': 'draft' }),
            ReturnValues: 'ALL_NEW',
          }),
        );
        return toApplication(unmarshall(result.Attributes!));
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) throw new StaleVersionError(await currentOf(id));
        throw error;
      }
    },

    async changeState(change: StateChange) {
      const { application, expectedVersion, set, timeline, outbox, at } = change;
      const names: Record<string, string> = { '#status': 'status' };
      const values: Record<string, unknown> = { ':expected': expectedVersion, ':from': application.status, ':one': 1, ':at': at };
      const assignments = ['version = version + :one', 'updatedAt = :at'];
      for (const [field, value] of Object.entries(set)) {
        names[`#${field}`] = field;
        values[`:${field}`] = value;
        assignments.push(`#${field} = :${field}`);
      }
      try {
        await client.send(
          new TransactWriteItemsCommand({
            TransactItems: [
              {
                Update: {
                  TableName: tableName,
                  Key: m(keys.application(application.id)),
                  UpdateExpression: `SET ${assignments.join(', ')}`,
                  ConditionExpression: 'version = :expected AND #status = :from',
                  ExpressionAttributeNames: names,
                  ExpressionAttributeValues: m(values),
                },
              },
              {
                Put: {
                  TableName: tableName,
                  Item: m({ ...keys.timelineEntry(application.id, timeline.at, timeline.id), entity: 'TimelineEntry', ...timeline }),
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
              {
                Put: {
                  TableName: tableName,
                  Item: m({
                    ...keys.outbox(outbox.id),
                    entity: 'OutboxEvent',
                    ...outbox,
                    [TTL_ATTRIBUTE]: Math.floor(Date.parse(at) / 1000) + OUTBOX_RETENTION_SECONDS,
                  }),
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
            ],
          }),
        );
      } catch (error) {
        if (error instanceof TransactionCanceledException) throw new StaleVersionError(await currentOf(application.id));
        throw error;
      }
      return { ...application, ...set, version: expectedVersion + 1, updatedAt: at };
    },

    async listByOwner(ownerId) {
      const items: Application[] = [];
      let startKey: Record<string, any> | undefined;
      do {
        const page = await client.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: OWNER_INDEX,
            KeyConditionExpression: 'gsi1pk = :owner',
            ExpressionAttributeValues: m({ ':owner': keys.ownerPartition(ownerId) }),
            ScanIndexForward: false,
            ExclusiveStartKey: startKey,
          }),
        );
        items.push(...(page.Items ?? []).map((i) => toApplication(unmarshall(i))));
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return items;
    },

    async timeline(id) {
      return (await query(keys.applicationPartition(id), keys.timelinePrefix)).map((i) => strip<TimelineEntry>(i));
    },

    async nextReferenceNumber(year) {
      const result = await client.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: m(keys.referenceCounter(year)),
          UpdateExpression: 'ADD #value :one',
          ExpressionAttributeNames: { '#value': 'value' },
          ExpressionAttributeValues: m({ ':one': 1 }),
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return Number(unmarshall(result.Attributes!).value);
    },

    async putDocument(doc) {
      await client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: m({ ...keys.document(doc.applicationId, doc.id), entity: 'Document', ...doc }),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },

    async getDocument(applicationId, documentId) {
      const result = await client.send(
        new GetItemCommand({ TableName: tableName, Key: m(keys.document(applicationId, documentId)), ConsistentRead: true }),
      );
      return result.Item ? strip<DocumentRecord>(unmarshall(result.Item)) : undefined;
    },

    async setDocumentStatus(applicationId, documentId, status, at) {
      await client.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: m(keys.document(applicationId, documentId)),
          UpdateExpression: status === 'received' ? 'SET #status = :status, receivedAt = :at' : 'SET #status = :status',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: m(status === 'received' ? { ':status': status, ':at': at } : { ':status': status }),
        }),
      );
    },

    async deleteDocument(applicationId, documentId) {
      await client.send(new DeleteItemCommand({ TableName: tableName, Key: m(keys.document(applicationId, documentId)) }));
    },

    async listDocuments(applicationId) {
      return (await query(keys.applicationPartition(applicationId), keys.documentPrefix)).map((i) => strip<DocumentRecord>(i));
    },
  };
  return store;
}
