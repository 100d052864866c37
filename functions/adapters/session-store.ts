/**
 * Assessment sessions (docs/data-model.md rows 26–29): the session item, its roster (one line per seat
 * taken) and its waiting list share the session's partition, so a roster is read consistently. The seat
 * count is guarded by `seatsLeft` in the same transaction as the booking: never overbooked.
 */
import { DeleteItemCommand, GetItemCommand, PutItemCommand, TransactWriteItemsCommand, UpdateItemCommand, type DynamoDBClient, type TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { SeatTakenError, type AssessmentSession, type Seat, type SessionTemplate, type WaitEntry } from '../booking/booking.js';
import type { SessionStore } from '../booking/ports.js';
import { keys, OWNER_INDEX, WORK_INDEX } from './table-keys.js';
import { queryAll, withoutKeys } from './query-all.js';
import { cancelledByCondition, conditionHolds, failedIndexes } from './condition-holds.js';
import { fromPart, m, toPart } from './write-parts.js';

const update = (tableName: string, key: Record<string, string>, expression: string, condition: string, values: Record<string, unknown>, names: Record<string, string> = {}): TransactWriteItem => ({
  Update: {
    TableName: tableName,
    Key: m(key),
    UpdateExpression: expression,
    ConditionExpression: condition,
    ExpressionAttributeValues: m(values),
    ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
  },
});

function sessionItem(s: AssessmentSession): Record<string, unknown> {
  return {
    ...keys.session(s.id),
    ...keys.sessionsByCategoryIndex(s.districtCode, s.category, s.date, s.start, s.id),
    ...keys.sessionsByInstitutionIndex(s.institutionId, s.date, s.start, s.id),
    entity: 'AssessmentSession',
    ...s,
  };
}

export function dynamoSessionStore(client: DynamoDBClient, tableName: string): SessionStore {
  const partition = async (sessionId: string, prefix: string) =>
    queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      values: { ':pk': keys.sessionPartition(sessionId), ':prefix': prefix },
      ConsistentRead: true,
    });
  const byDate = async (index: string, attribute: string, value: string, from: string, to: string) =>
    (
      await queryAll(client, {
        TableName: tableName,
        IndexName: index,
        KeyConditionExpression: `${attribute}pk = :p AND ${attribute}sk BETWEEN :from AND :to`,
        values: { ':p': value, ':from': from, ':to': `${to}U` },
      })
    ).map((i) => withoutKeys(i) as unknown as AssessmentSession);
  const transact = (items: TransactWriteItem[]) => client.send(new TransactWriteItemsCommand({ TransactItems: items }));
  const openSession = (sessionId: string, expression: string, condition: string, values: Record<string, unknown> = {}) =>
    update(tableName, keys.session(sessionId), expression, `#status = :open AND ${condition}`, { ':open': 'open', ':one': 1, ...values }, { '#status': 'status' });

  return {
    async get(id) {
      const result = await client.send(new GetItemCommand({ TableName: tableName, Key: m(keys.session(id)), ConsistentRead: true }));
      return result.Item ? (withoutKeys(unmarshall(result.Item)) as unknown as AssessmentSession) : undefined;
    },
    create: (session) => conditionHolds(client.send(new PutItemCommand({ TableName: tableName, Item: m(sessionItem(session)), ConditionExpression: 'attribute_not_exists(pk)' }))),
    listForCategory: (districtCode, category, from, to) => byDate(OWNER_INDEX, 'gsi1', keys.sessionsByCategoryPartition(districtCode, category), from, to),
    listForInstitution: (institutionId, from, to) => byDate(WORK_INDEX, 'gsi2', keys.sessionsByInstitutionPartition(institutionId), from, to),
    async roster(sessionId) {
      return (await partition(sessionId, keys.seatPrefix)).map((i) => withoutKeys(i) as unknown as Seat);
    },
    close: (sessionId, closed) =>
      conditionHolds(client.send(new UpdateItemCommand({ ...update(tableName, keys.session(sessionId), 'SET #status = :closed, closed = :how', '#status = :open', { ':closed': 'closed', ':open': 'open', ':how': closed }, { '#status': 'status' }).Update! }))),
    async saveTemplate(template) {
      await client.send(new PutItemCommand({ TableName: tableName, Item: m({ ...keys.sessionTemplate(template.institutionId, template.id), entity: 'SessionTemplate', ...template }) }));
    },
    async listTemplates(institutionId) {
      const items = await queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        values: { ':pk': keys.sessionsByInstitutionPartition(institutionId), ':prefix': keys.sessionTemplatePrefix },
        ConsistentRead: true,
      });
      return items.map((i) => withoutKeys(i) as unknown as SessionTemplate);
    },
    async removeTemplate(institutionId, templateId) {
      await client.send(new DeleteItemCommand({ TableName: tableName, Key: m(keys.sessionTemplate(institutionId, templateId)) }));
    },

    seatTaken(session, seat, fromOffer) {
      const taken = fromOffer
        ? openSession(session.id, 'SET booked = booked + :one, held = held - :one, offered = offered - :one', 'offered > :zero', { ':zero': 0 })
        : openSession(session.id, 'SET booked = booked + :one, seatsLeft = seatsLeft - :one', 'seatsLeft > :zero', { ':zero': 0 });
      const parts = [
        toPart(taken, () => new SeatTakenError()),
        toPart({ Put: { TableName: tableName, Item: m({ ...keys.seat(session.id, seat.bookingId), entity: 'Seat', ...seat }), ConditionExpression: 'attribute_not_exists(pk)' } }),
      ];
      if (fromOffer) {
        parts.push(toPart({ Delete: { TableName: tableName, Key: m(keys.waitEntry(session.id, fromOffer.matterId)), ConditionExpression: 'attribute_exists(offer)' } }, () => new SeatTakenError()));
      }
      return parts;
    },
    seatReleased(sessionId, bookingId, toWaitingList) {
      const back = toWaitingList ? 'held = held + :one' : 'seatsLeft = seatsLeft + :one';
      return [
        toPart(update(tableName, keys.session(sessionId), `SET booked = booked - :one, ${back}`, 'booked > :zero', { ':one': 1, ':zero': 0 })),
        toPart({ Delete: { TableName: tableName, Key: m(keys.seat(sessionId, bookingId)), ConditionExpression: 'attribute_exists(pk)' } }),
      ];
    },
    seatStatus: (sessionId, bookingId, from, to) =>
      toPart(update(tableName, keys.seat(sessionId, bookingId), 'SET #status = :to', '#status = :from', { ':from': from, ':to': to }, { '#status': 'status' })),

    async waiting(sessionId) {
      return (await partition(sessionId, keys.waitPrefix)).map((i) => withoutKeys(i) as unknown as WaitEntry).sort((a, b) => a.joinedAt.localeCompare(b.joinedAt));
    },
    async join(entry) {
      try {
        await transact([
          // Only a full, open session has a waiting list: with a seat left, the person books it.
          { ConditionCheck: { TableName: tableName, Key: m(keys.session(entry.sessionId)), ConditionExpression: '#status = :open AND seatsLeft <= :zero', ExpressionAttributeNames: { '#status': 'status' }, ExpressionAttributeValues: m({ ':open': 'open', ':zero': 0 }) } },
          { Put: { TableName: tableName, Item: m({ ...keys.waitEntry(entry.sessionId, entry.matterId), ...keys.waitsIndex(entry.matterId, entry.sessionId), entity: 'WaitEntry', ...entry }), ConditionExpression: 'attribute_not_exists(pk)' } },
        ]);
        return 'joined';
      } catch (error) {
        if (!cancelledByCondition(error)) throw error;
        return failedIndexes(error).includes(0) ? 'notFull' : 'already';
      }
    },
    async leave(sessionId, matterId) {
      const key = keys.waitEntry(sessionId, matterId);
      const found = await client.send(new GetItemCommand({ TableName: tableName, Key: m(key), ConsistentRead: true }));
      if (!found.Item) return;
      if (!unmarshall(found.Item).offer) {
        await client.send(new DeleteItemCommand({ TableName: tableName, Key: m(key), ConditionExpression: 'attribute_not_exists(offer)' }));
        return;
      }
      // An offer held for this person stays held, for the next in line.
      await transact([
        { Delete: { TableName: tableName, Key: m(key), ConditionExpression: 'attribute_exists(offer)' } },
        update(tableName, keys.session(sessionId), 'SET offered = offered - :one', 'offered > :zero', { ':one': 1, ':zero': 0 }),
      ]);
    },
    async offer(entry, at, expiresAt, also = []) {
      try {
        await transact([
          openSession(entry.sessionId, 'SET offered = offered + :one', 'held > offered'),
          update(tableName, keys.waitEntry(entry.sessionId, entry.matterId), 'SET offer = :offer', 'attribute_exists(pk) AND attribute_not_exists(offer)', { ':offer': { at, expiresAt } }),
          ...also.map(fromPart),
        ]);
        return true;
      } catch (error) {
        if (cancelledByCondition(error)) return false;
        throw error;
      }
    },
    async expire(entry) {
      try {
        await transact([
          { Delete: { TableName: tableName, Key: m(keys.waitEntry(entry.sessionId, entry.matterId)), ConditionExpression: 'offer.expiresAt = :expires', ExpressionAttributeValues: m({ ':expires': entry.offer?.expiresAt ?? '' }) } },
          update(tableName, keys.session(entry.sessionId), 'SET offered = offered - :one', 'offered > :zero', { ':one': 1, ':zero': 0 }),
        ]);
        return true;
      } catch (error) {
        if (cancelledByCondition(error)) return false;
        throw error;
      }
    },
    unhold: (sessionId) =>
      conditionHolds(client.send(new UpdateItemCommand({ ...update(tableName, keys.session(sessionId), 'SET held = held - :one, seatsLeft = seatsLeft + :one', 'held > offered', { ':one': 1 }).Update! }))),
    async waitsOf(matterId) {
      const items = await queryAll(client, { TableName: tableName, IndexName: OWNER_INDEX, KeyConditionExpression: 'gsi1pk = :p', values: { ':p': keys.waitsPartition(matterId) } });
      return items.map((i) => withoutKeys(i) as unknown as WaitEntry);
    },
  };
}
