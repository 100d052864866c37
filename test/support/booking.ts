/**
 * For the appointment tests: accepted matters written straight into the test table (a thousand people
 * cannot each upload four files in a test run), tokens for their owners, sessions as institutions
 * publish them, and direct looks at seats.
 */
import { BatchWriteItemCommand, PutItemCommand, QueryCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { SignJWT } from 'jose';
import { ulid } from 'ulid';
import type { Platform } from '../../local/platform.js';
import { addDays, shanghaiDate } from '../../functions/domain/time.js';
import { request, type Client } from './test-platform.js';
import { fictitiousIdNumber } from './fixtures.js';

export const SESSION_SECRET = 'booking-tests-secret-booking-tests-secret';

/** A signed-in citizen without a stored profile: the token's roles are theirs (as after a first Cognito sign-in). */
export async function citizenToken(platform: Platform, userId: string, phone: string): Promise<Client> {
  const token = await new SignJWT({ phone_number: `+86${phone}`, 'cognito:groups': ['citizen'], token_use: 'id', auth_time: Math.floor(Date.now() / 1000) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuer('onevisit-local')
    .setAudience('onevisit-web')
    .setIssuedAt()
    .setExpirationTime('30m')
    .sign(new TextEncoder().encode(SESSION_SECRET));
  return { token, call: (method, path, body, headers = {}) => request(platform, method, path, body, { authorization: `Bearer ${token}`, ...headers }) };
}

export interface SeededMatter {
  id: string;
  ownerId: string;
  version: number;
}

/** Accepted 新办 matters in a district, as they are after staff accepted them. */
export async function acceptedMatters(dynamo: DynamoDBClient, platform: Platform, count: number, options: { districtCode?: string; category?: string; ownerId?: (i: number) => string; phone?: (i: number) => string; tag: string }): Promise<SeededMatter[]> {
  const districtCode = options.districtCode ?? '430105';
  const at = new Date().toISOString();
  const matters = Array.from({ length: count }, (_, i) => ({ id: ulid(), ownerId: options.ownerId?.(i) ?? `seed-${options.tag}-${i}`, version: 4 }));
  const items = matters.map((m, i) => ({
    pk: `APP#${m.id}`,
    sk: 'META',
    gsi1pk: `OWNER#${m.ownerId}`,
    gsi1sk: `${at}#${m.id}`,
    gsi2pk: `DISTRICT#${districtCode}`,
    gsi2sk: `${addDays(shanghaiDate(new Date()), 20)}#${m.id}`,
    entity: 'Application',
    id: m.id,
    matter: 'new',
    ownerId: m.ownerId,
    status: 'accepted',
    version: m.version,
    reference: `T${options.tag}-${String(i).padStart(4, '0')}`,
    districtCode,
    channel: 'online',
    createdAt: at,
    updatedAt: at,
    submittedAt: at,
    queueDate: addDays(shanghaiDate(new Date()), 20),
    answers: { forWhom: 'self', actingAs: 'self', category: options.category ?? '4', personName: `测试${i}`, personIdNumber: fictitiousIdNumber('1960-01-01', String(i % 1000).padStart(3, '0')), districtCode },
  }));
  // People who are told things have an account (a profile and a number); the thousand of a rush need none.
  if (options.phone) {
    for (const [i, m] of matters.entries()) {
      const phone = options.phone(i);
      items.push({ pk: `USER#${m.ownerId}`, sk: 'PROFILE', entity: 'User', userId: m.ownerId, phone, roles: ['citizen'], language: 'zh-CN', createdAt: at } as never);
      items.push({ pk: `PHONE#${phone}`, sk: 'USER', userId: m.ownerId } as never);
    }
  }
  for (let i = 0; i < items.length; i += 25) {
    await dynamo.send(new BatchWriteItemCommand({ RequestItems: { [platform.tableName]: items.slice(i, i + 25).map((item) => ({ PutRequest: { Item: marshall(item) } })) } }));
  }
  return matters;
}

/** A session written as an institution's publishing would write it, at any instant (tests move the clock this way). */
export async function putSession(dynamo: DynamoDBClient, platform: Platform, session: { id?: string; districtCode?: string; institutionId?: string; startsAt: Date; category?: string; seats: number; accessibility?: string[] }) {
  const shanghai = new Date(session.startsAt.getTime() + 8 * 3600_000).toISOString();
  const date = shanghai.slice(0, 10);
  const start = shanghai.slice(11, 16);
  const end = new Date(session.startsAt.getTime() + 8 * 3600_000 + 3 * 3600_000).toISOString().slice(11, 16);
  const id = session.id ?? `test-${ulid()}`;
  const districtCode = session.districtCode ?? '430105';
  const institutionId = session.institutionId ?? 'kf-1';
  const category = session.category ?? '4';
  await dynamo.send(
    new PutItemCommand({
      TableName: platform.tableName,
      Item: marshall({
        pk: `SESSION#${id}`,
        sk: 'META',
        gsi1pk: `SESSIONS#${districtCode}#${category}`,
        gsi1sk: `${date}T${start}#${id}`,
        gsi2pk: `INSTITUTION#${institutionId}`,
        gsi2sk: `${date}T${start}#${id}`,
        entity: 'AssessmentSession',
        id,
        districtCode,
        institutionId,
        date,
        start,
        end: end > start ? end : '23:59',
        category,
        seats: session.seats,
        booked: 0,
        held: 0,
        offered: 0,
        seatsLeft: session.seats,
        accessibility: session.accessibility ?? ['wheelchair', 'companion', 'lieDown', 'largePrint', 'signLanguage'],
        status: 'open',
        createdAt: new Date().toISOString(),
      }),
    }),
  );
  return { id, date, start };
}

/** The session item and its roster lines, read consistently. */
export async function sessionState(dynamo: DynamoDBClient, platform: Platform, sessionId: string) {
  const items: Record<string, any>[] = [];
  let startKey: Record<string, any> | undefined;
  do {
    const page = await dynamo.send(
      new QueryCommand({ TableName: platform.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: `SESSION#${sessionId}` } }, ConsistentRead: true, ExclusiveStartKey: startKey }),
    );
    items.push(...(page.Items ?? []).map((i) => unmarshall(i)));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  const session = items.find((i) => i.sk === 'META')!;
  return { session, seats: items.filter((i) => String(i.sk).startsWith('SEAT#')), waiting: items.filter((i) => String(i.sk).startsWith('WAIT#')) };
}

export const inHours = (hours: number) => new Date(Date.now() + hours * 3600_000);

/** Moves a booked place into the past (the session has begun), as time passing would: in the matter and in the booking. */
export async function placeStarted(dynamo: DynamoDBClient, platform: Platform, matterId: string, bookingId: string): Promise<void> {
  const { GetItemCommand, UpdateItemCommand } = await import('@aws-sdk/client-dynamodb');
  const meta = unmarshall((await dynamo.send(new GetItemCommand({ TableName: platform.tableName, Key: marshall({ pk: `APP#${matterId}`, sk: 'META' }), ConsistentRead: true }))).Item!);
  const index = (meta.bookings.active as { id: string }[]).findIndex((b) => b.id === bookingId);
  const yesterday = addDays(shanghaiDate(new Date()), -1);
  await dynamo.send(new UpdateItemCommand({ TableName: platform.tableName, Key: marshall({ pk: `APP#${matterId}`, sk: 'META' }), UpdateExpression: `SET bookings.active[${index}].#date = :d`, ExpressionAttributeNames: { '#date': 'date' }, ExpressionAttributeValues: marshall({ ':d': yesterday }) }));
  await dynamo.send(new UpdateItemCommand({ TableName: platform.tableName, Key: marshall({ pk: `APP#${matterId}`, sk: `BOOKING#${bookingId}` }), UpdateExpression: 'SET #date = :d', ExpressionAttributeNames: { '#date': 'date' }, ExpressionAttributeValues: marshall({ ':d': yesterday }) }));
}

/** Moves a booked place to today (the day of the assessment has come), keeping its time: in the matter and in the booking. */
export async function placeToday(dynamo: DynamoDBClient, platform: Platform, matterId: string, bookingId: string): Promise<void> {
  const { GetItemCommand, UpdateItemCommand } = await import('@aws-sdk/client-dynamodb');
  const meta = unmarshall((await dynamo.send(new GetItemCommand({ TableName: platform.tableName, Key: marshall({ pk: `APP#${matterId}`, sk: 'META' }), ConsistentRead: true }))).Item!);
  const index = (meta.bookings.active as { id: string }[]).findIndex((b) => b.id === bookingId);
  const today = shanghaiDate(new Date());
  await dynamo.send(new UpdateItemCommand({ TableName: platform.tableName, Key: marshall({ pk: `APP#${matterId}`, sk: 'META' }), UpdateExpression: `SET bookings.active[${index}].#date = :d`, ExpressionAttributeNames: { '#date': 'date' }, ExpressionAttributeValues: marshall({ ':d': today }) }));
  await dynamo.send(new UpdateItemCommand({ TableName: platform.tableName, Key: marshall({ pk: `APP#${matterId}`, sk: `BOOKING#${bookingId}` }), UpdateExpression: 'SET #date = :d', ExpressionAttributeNames: { '#date': 'date' }, ExpressionAttributeValues: marshall({ ':d': today }) }));
}
