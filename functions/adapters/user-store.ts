import {
  ConditionalCheckFailedException,
  GetItemCommand,
  PutItemCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { OtpStore, User, UserStore } from '../auth/ports.js';
import { keys, TTL_ATTRIBUTE, WORK_INDEX } from './table-keys.js';
import { queryAll, withoutKeys } from './query-all.js';
import { allDistricts } from '../districts/district-config.js';
import { NotFoundError } from '../shared/errors.js';
import { cancelledByCondition, conditionHolds } from './condition-holds.js';

const m = (value: Record<string, unknown>) => marshall(value, { removeUndefinedValues: true });

const ALL_STAFF = 'ALL';

/** Staff are indexed by district (and all together) for the colleague list and the admin page. */
function userItem(user: User): Record<string, unknown> {
  const staff = user.roles.includes('staff') || user.roles.includes('admin') || user.roles.includes('assessor');
  return {
    ...keys.user(user.userId),
    ...(staff ? keys.staffIndex(user.district ?? ALL_STAFF, user.userId) : {}),
    entity: 'User',
    ...user,
  };
}

const toUser = (item: Record<string, unknown>) => withoutKeys(item) as unknown as User;

export function dynamoUserStore(client: DynamoDBClient, tableName: string): UserStore {
  const staffIn = async (partition: string): Promise<User[]> =>
    (await queryAll(client, { TableName: tableName, IndexName: WORK_INDEX, KeyConditionExpression: 'gsi2pk = :p', values: { ':p': partition } })).map(toUser);

  const store: UserStore = {
    async findByPhone(phone) {
      const link = await client.send(new GetItemCommand({ TableName: tableName, Key: m(keys.phone(phone)), ConsistentRead: true }));
      return link.Item ? store.get(String(unmarshall(link.Item).userId)) : undefined;
    },
    async get(userId) {
      const result = await client.send(new GetItemCommand({ TableName: tableName, Key: m(keys.user(userId)), ConsistentRead: true }));
      if (!result.Item) return undefined;
      return toUser(unmarshall(result.Item));
    },
    async createOrGet(user) {
      try {
        await client.send(
          new TransactWriteItemsCommand({
            TransactItems: [
              { Put: { TableName: tableName, Item: m({ ...keys.phone(user.phone), userId: user.userId }), ConditionExpression: 'attribute_not_exists(pk)' } },
              { Put: { TableName: tableName, Item: m(userItem(user)), ConditionExpression: 'attribute_not_exists(pk)' } },
            ],
          }),
        );
        return user;
      } catch (error) {
        if (!cancelledByCondition(error)) throw error;
        const existing = await store.findByPhone(user.phone);
        if (!existing) throw error;
        return existing;
      }
    },
    async setLanguage(userId, language) {
      await client.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: m(keys.user(userId)),
          UpdateExpression: 'SET #language = :language',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#language': 'language' },
          ExpressionAttributeValues: m({ ':language': language }),
        }),
      );
    },
    async setChannels(userId, channels) {
      await client.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: m(keys.user(userId)),
          UpdateExpression: 'SET channels = :channels',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: m({ ':channels': channels }),
        }),
      );
    },
    async setEmail(userId, email, at) {
      await client.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: m(keys.user(userId)),
          ...(email
            ? { UpdateExpression: 'SET email = :email, emailVerifiedAt = :at', ExpressionAttributeValues: m({ ':email': email, ':at': at }) }
            : { UpdateExpression: 'REMOVE email, emailVerifiedAt' }),
          ConditionExpression: 'attribute_exists(pk)',
        }),
      );
    },
    listStaff: (districtCode) => staffIn(keys.staffPartition(districtCode)),
    async listAllStaff() {
      const partitions = [...new Set([ALL_STAFF, ...allDistricts.map((d) => d.code)])];
      return (await Promise.all(partitions.map((p) => staffIn(keys.staffPartition(p))))).flat();
    },
    async updateRoles(userId, change) {
      const current = await store.get(userId);
      if (!current) throw new NotFoundError();
      const { district: _d, displayName: _n, institution: _i, ...rest } = current;
      const updated: User = { ...rest, ...change };
      await client.send(new PutItemCommand({ TableName: tableName, Item: m(userItem(updated)), ConditionExpression: 'attribute_exists(pk)' }));
      return updated;
    },
  };
  return store;
}

export function dynamoOtpStore(client: DynamoDBClient, tableName: string): OtpStore {
  return {
    async saveCode(phone, code) {
      await client.send(
        new PutItemCommand({ TableName: tableName, Item: m({ ...keys.otpCode(phone), ...code, [TTL_ATTRIBUTE]: Math.ceil(code.expiresAt / 1000) }) }),
      );
    },
    async takeAttempt(phone, maxAttempts, nowMs) {
      try {
        const result = await client.send(
          new UpdateItemCommand({
            TableName: tableName,
            Key: m(keys.otpCode(phone)),
            UpdateExpression: 'ADD attempts :one',
            ConditionExpression: 'attribute_exists(pk) AND attempts < :max AND expiresAt > :now AND codeHash <> :used',
            ExpressionAttributeValues: m({ ':one': 1, ':max': maxAttempts, ':now': nowMs, ':used': USED }),
            ReturnValues: 'ALL_NEW',
          }),
        );
        const { codeHash, expiresAt, attempts } = unmarshall(result.Attributes ?? {});
        return { codeHash, expiresAt, attempts };
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return undefined;
        throw error;
      }
    },
    async consumeCode(phone, codeHash) {
      return conditionHolds(
        client.send(
          new UpdateItemCommand({
            TableName: tableName,
            Key: m(keys.otpCode(phone)),
            // A used code stays as a tombstone until its TTL, so it can never be replayed.
            UpdateExpression: 'SET codeHash = :used',
            ConditionExpression: 'codeHash = :hash',
            ExpressionAttributeValues: m({ ':hash': codeHash, ':used': USED }),
          }),
        ),
      );
    },
  };
}

const USED = 'used';
