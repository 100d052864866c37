/**
 * Bookings (docs/data-model.md rows 30–32): each lives in its matter's partition, so the bookings of a
 * matter — and with them who may see it as an assessor — are read consistently; a reference finds its
 * booking; a team's home visits per day are one counter guarded by the day's capacity.
 */
import { GetItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Booking } from '../booking/booking.js';
import type { BookingStore } from '../booking/ports.js';
import { ValidationError } from '../shared/errors.js';
import { keys } from './table-keys.js';
import { queryAll, withoutKeys } from './query-all.js';
import { m, toPart } from './write-parts.js';

const bookingItem = (b: Booking) => ({ ...keys.booking(b.matterId, b.id), entity: 'Booking', ...b });

export function dynamoBookingStore(client: DynamoDBClient, tableName: string): BookingStore {
  const read = async (key: Record<string, string>) => {
    const result = await client.send(new GetItemCommand({ TableName: tableName, Key: m(key), ConsistentRead: true }));
    return result.Item ? withoutKeys(unmarshall(result.Item)) : undefined;
  };
  return {
    get: async (matterId, bookingId) => (await read(keys.booking(matterId, bookingId))) as Booking | undefined,
    async listForMatter(matterId) {
      const items = await queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        values: { ':pk': keys.applicationPartition(matterId), ':prefix': keys.bookingPrefix },
        ConsistentRead: true,
      });
      return items.map((i) => withoutKeys(i) as unknown as Booking);
    },
    async byReference(reference) {
      const found = await read(keys.bookingReference(reference));
      return found ? { matterId: String(found.matterId), bookingId: String(found.bookingId) } : undefined;
    },
    created: (booking) => [
      toPart({ Put: { TableName: tableName, Item: m(bookingItem(booking)), ConditionExpression: 'attribute_not_exists(pk)' } }),
      toPart({
        Put: {
          TableName: tableName,
          Item: m({ ...keys.bookingReference(booking.reference), entity: 'BookingReference', matterId: booking.matterId, bookingId: booking.id }),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      }),
    ],
    changed: (booking, expected) =>
      toPart({
        Put: {
          TableName: tableName,
          Item: m(bookingItem(booking)),
          ConditionExpression: '#status = :status AND #date = :date AND #start = :start',
          ExpressionAttributeNames: { '#status': 'status', '#date': 'date', '#start': 'start' },
          ExpressionAttributeValues: m({ ':status': expected.status, ':date': expected.date, ':start': expected.start }),
        },
      }),
    homeDayTaken: (teamId, date, capacity) =>
      toPart(
        {
          Update: {
            TableName: tableName,
            Key: m(keys.homeVisitDay(teamId, date)),
            UpdateExpression: 'ADD #count :one',
            ConditionExpression: 'attribute_not_exists(#count) OR #count < :capacity',
            ExpressionAttributeNames: { '#count': 'count' },
            ExpressionAttributeValues: m({ ':one': 1, ':capacity': capacity }),
          },
        },
        () => new ValidationError([{ field: 'date', code: 'error.homeVisit.dayFull' }]),
      ),
    homeDayReleased: (teamId, date) =>
      toPart({
        Update: {
          TableName: tableName,
          Key: m(keys.homeVisitDay(teamId, date)),
          UpdateExpression: 'ADD #count :minus',
          ConditionExpression: '#count > :zero',
          ExpressionAttributeNames: { '#count': 'count' },
          ExpressionAttributeValues: m({ ':minus': -1, ':zero': 0 }),
        },
      }),
    async homeDays(teamIds, from, to) {
      const perTeam = await Promise.all(
        teamIds.map(async (teamId) =>
          (
            await queryAll(client, {
              TableName: tableName,
              KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
              values: { ':pk': keys.homeVisitPartition(teamId), ':from': from, ':to': to },
              ConsistentRead: true,
            })
          ).map((i) => ({ teamId, date: String(i.sk), count: Number(i.count) })),
        ),
      );
      return perTeam.flat();
    },
  };
}
