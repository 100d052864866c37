import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  type DynamoDBClient,
  type TransactWriteItem,
} from '@aws-sdk/client-dynamodb';
import { createHash } from 'node:crypto';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { NO_DEADLINE, type Application, type ApplicationStore, type AuditEntry, type DocumentRecord, type StateChange, type TimelineEntry } from '../applications/application.js';
import type { Certificate } from '../certificates/certificate.js';
import type { DraftAnswers } from '../applications/schemas.js';
import { StaleVersionError } from '../shared/errors.js';
import { cancelledByCondition } from './condition-holds.js';
import { keys, OWNER_INDEX, TTL_ATTRIBUTE, WORK_INDEX } from './table-keys.js';
import { queryAll, withoutKeys } from './query-all.js';

const OUTBOX_RETENTION_SECONDS = 7 * 24 * 3600;
const m = (value: Record<string, unknown>) => marshall(value, { removeUndefinedValues: true, convertClassInstanceToMap: true });

const toApplication = (item: Record<string, unknown>) => withoutKeys(item) as unknown as Application;

function idNumberHash(idNumber: string): string {
  return createHash('sha256').update(idNumber.toUpperCase()).digest('hex');
}

function certificateItem(certificate: Certificate): Record<string, unknown> {
  return {
    ...keys.certificate(certificate.number),
    ...keys.holderIndex(certificate.holderUserId, certificate.number),
    ...(certificate.status === 'valid' ? keys.expiryIndex(certificate.validUntil, certificate.number) : {}),
    entity: 'Certificate',
    ...certificate,
  };
}

const strip = <T>(item: Record<string, unknown>) => withoutKeys(item) as T;

export function dynamoApplicationStore(client: DynamoDBClient, tableName: string): ApplicationStore {
  const query = (pk: string, skPrefix: string) =>
    queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      values: { ':pk': pk, ':prefix': skPrefix },
      ConsistentRead: true,
    });

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
            // A draft staff file on someone's behalf (代办) is in the district's queue from the start.
            ...(application.districtCode && application.channel !== 'online' ? keys.districtQueue(application.districtCode, application.createdAt.slice(0, 10), application.id) : {}),
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
            ConditionExpression: 'version = :expected AND #status IN (:draft, :correcting)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: m({
              ':answers': answers,
              ':one': 1,
              ':at': at,
              ':expected': expectedVersion,
              ':draft': 'draft',
              ':correcting': 'awaiting_correction',
            }),
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
      const { application, expectedVersion, set, timeline, audit, outbox, certificates = [], reapplyBlock, at } = change;
      const merged = { ...application, ...set };
      const fields: Record<string, unknown> = { ...set };
      if (merged.districtCode && merged.status !== 'draft') {
        Object.assign(fields, keys.districtQueue(merged.districtCode, merged.queueDate ?? NO_DEADLINE, application.id));
      }
      const names: Record<string, string> = { '#status': 'status' };
      const values: Record<string, unknown> = { ':expected': expectedVersion, ':from': application.status, ':one': 1, ':at': at };
      const assignments = ['version = version + :one', 'updatedAt = :at'];
      for (const [field, value] of Object.entries(fields)) {
        if (value === undefined) continue;
        names[`#${field}`] = field;
        values[`:${field}`] = value;
        assignments.push(`#${field} = :${field}`);
      }

      const put = (item: Record<string, unknown>) => ({
        Put: { TableName: tableName, Item: m(item), ConditionExpression: 'attribute_not_exists(pk)' },
      });
      const items: TransactWriteItem[] = [
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
      ];
      if (timeline) items.push(put({ ...keys.timelineEntry(application.id, timeline.at, timeline.id), entity: 'TimelineEntry', ...timeline }));
      if (audit) items.push(put({ ...keys.auditEntry(application.id, audit.at, audit.id), entity: 'AuditEntry', ...audit }));
      if (outbox) {
        items.push(
          put({
            ...keys.outbox(outbox.id),
            entity: 'OutboxEvent',
            ...outbox,
            [TTL_ATTRIBUTE]: Math.floor(Date.parse(at) / 1000) + OUTBOX_RETENTION_SECONDS,
          }),
        );
      }
      for (const certificate of certificates) {
        // Guarded by the application's version above: only the winning decision writes its card.
        items.push({ Put: { TableName: tableName, Item: m(certificateItem(certificate)) } });
      }
      // A replaced card comes with its valid successor; otherwise the one card changed is the person's newest.
      const newest = certificates.find((c) => c.status === 'valid') ?? certificates[0];
      if (newest) {
        items.push({
          Put: { TableName: tableName, Item: m({ ...keys.personCertificate(idNumberHash(newest.idNumber)), entity: 'PersonCertificate', number: newest.number, status: newest.status }) },
        });
      }
      if (reapplyBlock) {
        items.push({
          Put: {
            TableName: tableName,
            Item: m({ ...keys.reapplyBlock(idNumberHash(reapplyBlock.idNumber)), entity: 'ReapplyBlock', until: reapplyBlock.until }),
          },
        });
      }
      try {
        await client.send(new TransactWriteItemsCommand({ TransactItems: items }));
      } catch (error) {
        if (cancelledByCondition(error)) throw new StaleVersionError(await currentOf(application.id));
        throw error;
      }
      return { ...merged, version: expectedVersion + 1, updatedAt: at };
    },

    async listByDistrict(districtCode, options = {}) {
      // Finished matters sort last (NO_DEADLINE), so the open ones are a range and years of finished work are never read.
      const items = await queryAll(client, {
        TableName: tableName,
        IndexName: WORK_INDEX,
        KeyConditionExpression: options.openOnly ? 'gsi2pk = :district AND gsi2sk < :finished' : 'gsi2pk = :district',
        values: { ':district': keys.districtPartition(districtCode), ...(options.openOnly ? { ':finished': NO_DEADLINE } : {}) },
      });
      return items.map(toApplication);
    },

    async audit(id) {
      return (await query(keys.applicationPartition(id), keys.auditPrefix)).map((i) => strip<AuditEntry>(i));
    },

    async recordAudit(applicationId, entry) {
      await client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: m({ ...keys.auditEntry(applicationId, entry.at, entry.id), entity: 'AuditEntry', ...entry }),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },

    async reapplyBlockedUntil(idNumber) {
      const result = await client.send(
        new GetItemCommand({ TableName: tableName, Key: m(keys.reapplyBlock(idNumberHash(idNumber))), ConsistentRead: true }),
      );
      return result.Item ? String(unmarshall(result.Item).until) : undefined;
    },

    async validCertificateOf(idNumber) {
      const result = await client.send(
        new GetItemCommand({ TableName: tableName, Key: m(keys.personCertificate(idNumberHash(idNumber))), ConsistentRead: true }),
      );
      const pointer = result.Item ? unmarshall(result.Item) : undefined;
      return pointer?.status === 'valid' ? String(pointer.number) : undefined;
    },

    async listByOwner(ownerId) {
      const items = await queryAll(client, {
        TableName: tableName,
        IndexName: OWNER_INDEX,
        KeyConditionExpression: 'gsi1pk = :owner',
        values: { ':owner': keys.ownerPartition(ownerId) },
        ScanIndexForward: false,
      });
      return items.map(toApplication);
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

    async setDocumentStatus(applicationId, documentId, status, at, etag) {
      const received = status === 'received';
      await client.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: m(keys.document(applicationId, documentId)),
          UpdateExpression: received ? 'SET #status = :status, receivedAt = :at, etag = :etag' : 'SET #status = :status',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: m(received ? { ':status': status, ':at': at, ':etag': etag } : { ':status': status }),
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
