/**
 * Booking under load, against the local stack: 1,000 people press "book" at once for a 10-seat session
 * (bookings per second, and seats given beyond the ten — the overbooking count, which must be 0); then
 * the latency of a booking at 20 concurrent clients next to the latency of the bare DynamoDB
 * transaction it wraps (the same eight items: matter, timeline, audit, outbox, session, seat, booking,
 * reference), in the same run, so the ratio says what the service adds.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { startPlatform } from '../local/platform.js';
import { startDynamoLocal } from '../local/dynamo-local.js';
import { freePort } from '../local/free-port.js';
import { acceptedMatters, citizenToken, inHours, putSession, SESSION_SECRET, sessionState } from '../test/support/booking.js';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function pool<T>(items: T[], concurrency: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await run(items[next++]!);
  }));
}

export async function bookingBench(rounds = 200, clients = 20) {
  const dynamo = await startDynamoLocal(await freePort());
  const platform = await startPlatform({
    dataDir: mkdtempSync(join(tmpdir(), 'onevisit-bench-booking-')),
    webPort: 0,
    s3Port: 0,
    dynamoEndpoint: dynamo.endpoint,
    tableName: 'bench-booking',
    bucketName: 'onevisit-documents',
    seed: true,
    quiet: true,
    reminders: false,
    sessionSecret: SESSION_SECRET,
  });
  const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  try {
    // 1. A thousand at once for ten seats.
    const rush = await acceptedMatters(client, platform, 1000, { tag: 'rush' });
    const session = await putSession(client, platform, { startsAt: inHours(96), seats: 10 });
    const people = await Promise.all(rush.map((m, i) => citizenToken(platform, m.ownerId, `1360000${String(i).padStart(4, '0')}`)));
    const started = performance.now();
    const answers = await Promise.all(rush.map((m, i) => people[i]!.call('POST', `/applications/${m.id}/bookings`, { version: m.version, sessionId: session.id }, { 'idempotency-key': `bench-rush-${i}-${started}` })));
    const rushSeconds = (performance.now() - started) / 1000;
    const state = await sessionState(client, platform, session.id);
    const won = answers.filter((a) => a.status === 201).length;

    // 2. Bookings that succeed, 20 at a time, against the bare transaction of the same shape.
    const matters = await acceptedMatters(client, platform, rounds, { tag: 'lat' });
    const roomy = await putSession(client, platform, { startsAt: inHours(120), seats: rounds });
    const tokens = await Promise.all(matters.map((m, i) => citizenToken(platform, m.ownerId, `1350000${String(i).padStart(4, '0')}`)));
    const booking: number[] = [];
    await pool(matters.map((m, i) => [m, tokens[i]!] as const), clients, async ([m, token]) => {
      const t0 = performance.now();
      const answer = await token.call('POST', `/applications/${m.id}/bookings`, { version: m.version, sessionId: roomy.id }, { 'idempotency-key': `lat-${m.id}` });
      booking.push(performance.now() - t0);
      if (answer.status !== 201) throw new Error(`booking answered ${answer.status}`);
    });
    const bare = await acceptedMatters(client, platform, rounds, { tag: 'bare' });
    const bareSession = await putSession(client, platform, { startsAt: inHours(144), seats: rounds });
    const transaction: number[] = [];
    const at = new Date().toISOString();
    await pool(bare, clients, async (m) => {
      const id = `${m.id}-b`;
      const put = (item: Record<string, unknown>) => ({ Put: { TableName: platform.tableName, Item: marshall(item), ConditionExpression: 'attribute_not_exists(pk)' } });
      const t0 = performance.now();
      await client.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            { Update: { TableName: platform.tableName, Key: marshall({ pk: `APP#${m.id}`, sk: 'META' }), UpdateExpression: 'SET version = version + :one, #s = :to', ConditionExpression: 'version = :v', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: marshall({ ':one': 1, ':to': 'assessment_scheduled', ':v': m.version }) } },
            put({ pk: `APP#${m.id}`, sk: `TL#${at}#${id}`, event: 'booked' }),
            put({ pk: `APP#${m.id}`, sk: `AUDIT#${at}#${id}`, action: 'booked' }),
            put({ pk: `OUTBOX#bench-${id}`, sk: 'EVENT', entity: 'BenchEvent' }),
            { Update: { TableName: platform.tableName, Key: marshall({ pk: `SESSION#${bareSession.id}`, sk: 'META' }), UpdateExpression: 'SET booked = booked + :one, seatsLeft = seatsLeft - :one', ConditionExpression: 'seatsLeft > :zero', ExpressionAttributeValues: marshall({ ':one': 1, ':zero': 0 }) } },
            put({ pk: `SESSION#${bareSession.id}`, sk: `SEAT#${id}` }),
            put({ pk: `APP#${m.id}`, sk: `BOOKING#${id}` }),
            put({ pk: `BOOKINGREF#${id}`, sk: 'BOOKING' }),
          ],
        }),
      );
      transaction.push(performance.now() - t0);
    });
    booking.sort((a, b) => a - b);
    transaction.sort((a, b) => a - b);
    return {
      rush: { attempts: rush.length, seats: 10, booked: won, refused: answers.filter((a) => a.status === 409).length, otherAnswers: answers.length - won - answers.filter((a) => a.status === 409).length, statuses: answers.reduce<Record<string, number>>((c, a) => ({ ...c, [`${a.status} ${a.status >= 400 ? (a.body as { type?: string }).type : ''}`]: (c[`${a.status} ${a.status >= 400 ? (a.body as { type?: string }).type : ''}`] ?? 0) + 1 }), {}), overbooked: Math.max(0, state.seats.length - 10, state.session.booked - 10), seconds: rushSeconds, attemptsPerSecond: rush.length / rushSeconds },
      latency: { clients, rounds, bookingP50Ms: percentile(booking, 50), bookingP99Ms: percentile(booking, 99), transactionP50Ms: percentile(transaction, 50), transactionP99Ms: percentile(transaction, 99) },
    };
  } finally {
    client.destroy();
    await platform.stop();
    await dynamo.stop();
  }
}
