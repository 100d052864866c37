/**
 * Quiet hours (issue 13 §3): no SMS from 21:00 to 08:00 China time, except a code someone has just asked
 * for; what would have gone is held and sent at 08:00, once. The clock is the notifier's dependency, so
 * the night passes without waiting; the stores are the real ones, on DynamoDB Local.
 */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureTable } from '../../local/resources.js';
import { dynamoUserStore } from '../../functions/adapters/user-store.js';
import { dynamoDeliveryLog, dynamoNoticeStore } from '../../functions/adapters/notice-store.js';
import { dynamoHeldSmsStore } from '../../functions/adapters/held-sms-store.js';
import { dynamoHistoryStore } from '../../functions/adapters/history-store.js';
import { deliverEvent, type AudienceMember, type DeliveryDeps } from '../../functions/notifications/deliver-event.js';
import { sendHeldSms } from '../../functions/notifications/held-sms.js';
import { parseQuietHours, quietUntil } from '../../functions/notifications/quiet-hours.js';
import type { OutboxEvent } from '../../functions/matters/matter.js';
import type { SmsSender } from '../../functions/auth/ports.js';

const client = new DynamoDBClient({ endpoint: inject('dynamoEndpoint'), region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
const table = `quiet${Date.now().toString(36)}`;
const sent: { to: string; template: string; at: string }[] = [];
let clock = new Date();
let audience: AudienceMember[] = [];
let sms: SmsSender;
let deps: DeliveryDeps & Parameters<typeof sendHeldSms>[0];

/** An instant given in China time. */
const china = (local: string) => new Date(`${local}+08:00`);

beforeAll(async () => {
  await ensureTable(client, table);
  const users = dynamoUserStore(client, table);
  for (const [userId, phone] of [['owner', '13900000001'], ['daughter', '13700006001']] as const) {
    await users.createOrGet({ userId, phone, roles: ['citizen'], language: 'zh-CN', createdAt: '2026-01-01T00:00:00.000Z' });
  }
  sms = { send: async (m) => void sent.push({ to: m.to, template: m.sms.template, at: clock.toISOString() }) };
  deps = {
    users,
    notices: dynamoNoticeStore(client, table),
    deliveries: dynamoDeliveryLog(client, table),
    held: dynamoHeldSmsStore(client, table),
    history: dynamoHistoryStore(client, table),
    sms,
    audience: async () => audience,
    quietHours: parseQuietHours('21:00-08:00'),
    now: () => clock,
    newId: () => `id-${Math.random().toString(36).slice(2)}`,
  };
});
afterAll(() => client.destroy());

let events = 0;
const event = (extra: Partial<OutboxEvent> = {}): OutboxEvent => ({
  id: `event-${++events}`,
  type: 'accept',
  applicationId: `matter-${events}`,
  recipientUserIds: ['owner'],
  audience: 'person',
  params: { reference: `XB-2030-00000${events}` },
  createdAt: clock.toISOString(),
  ...extra,
});
const sentFor = (e: OutboxEvent) => sent.filter((s) => s.template === 'accept' && (s.to === '13900000001' || s.to === '13700006001') && s.at >= e.createdAt);

describe('quiet hours', () => {
  it('are read as China time, across midnight', () => {
    const quiet = parseQuietHours('21:00-08:00');
    expect(quietUntil(china('2030-01-15T20:59:59'), quiet)).toBeUndefined();
    expect(quietUntil(china('2030-01-15T21:00:00'), quiet)?.toISOString()).toBe('2030-01-16T00:00:00.000Z');
    expect(quietUntil(china('2030-01-16T07:59:59'), quiet)?.toISOString()).toBe('2030-01-16T00:00:00.000Z');
    expect(quietUntil(china('2030-01-16T08:00:00'), quiet)).toBeUndefined();
    expect(quietUntil(china('2030-12-31T23:30:00'), quiet)?.toISOString()).toBe('2031-01-01T00:00:00.000Z');
    expect(parseQuietHours('off')).toBeUndefined();
    expect(() => parseQuietHours('9pm-8am')).toThrow();
  });

  it('send a message at 20:59 at once, hold one from 21:00 and one at 07:59, and send both at 08:00, once', async () => {
    audience = [{ userId: 'daughter', role: 'delegate', canView: true }];
    clock = china('2030-01-15T20:59:00');
    const evening = event();
    await deliverEvent(deps, evening);
    expect(sentFor(evening)).toHaveLength(2);

    clock = china('2030-01-15T21:00:00');
    const night = event();
    await deliverEvent(deps, night);
    clock = china('2030-01-16T07:59:00');
    const dawn = event();
    await deliverEvent(deps, dawn);
    expect(sent.filter((s) => s.at >= night.createdAt)).toEqual([]);
    // The in-app notice does not wait for the morning.
    expect((await deps.notices.listForUser('daughter', 10)).map((n) => n.id)).toEqual(expect.arrayContaining([night.id, dawn.id]));
    // Delivering the same events again holds nothing twice.
    await deliverEvent(deps, night);

    clock = china('2030-01-16T07:59:59');
    expect(await sendHeldSms(deps)).toEqual({ sent: 0, dropped: 0 });
    clock = china('2030-01-16T08:00:00');
    expect(await sendHeldSms(deps)).toEqual({ sent: 4, dropped: 0 });
    expect(await sendHeldSms(deps)).toEqual({ sent: 0, dropped: 0 });
    const morning = sent.filter((s) => s.at === clock.toISOString());
    expect(morning.map((s) => s.to).sort()).toEqual(['13700006001', '13700006001', '13900000001', '13900000001']);
  });

  it('send a code someone just asked for at once, even at 23:00', async () => {
    clock = china('2030-02-01T23:00:00');
    await deliverEvent(deps, event({ type: 'family.linkCode', recipientUserIds: [], params: { code: '123456', minutes: '5' }, direct: { phone: '13700006002', language: 'zh-CN' } }));
    expect(sent.filter((s) => s.to === '13700006002')).toEqual([{ to: '13700006002', template: 'linkCode', at: clock.toISOString() }]);
  });

  it('hold an invitation to a relative until the morning', async () => {
    clock = china('2030-02-02T22:00:00');
    await deliverEvent(deps, event({ type: 'family.invitation', recipientUserIds: [], params: { code: '654321', days: '7' }, direct: { phone: '13700006003', language: 'zh-CN' } }));
    expect(sent.filter((s) => s.to === '13700006003')).toEqual([]);
    clock = china('2030-02-03T08:00:00');
    await sendHeldSms(deps);
    expect(sent.filter((s) => s.to === '13700006003').map((s) => s.template)).toEqual(['delegationInvite']);
  });

  it('drop a held message for a relative whose help ended during the night', async () => {
    audience = [{ userId: 'daughter', role: 'delegate', canView: true }];
    clock = china('2030-03-01T22:00:00');
    const night = event();
    await deliverEvent(deps, night);
    audience = [];
    clock = china('2030-03-02T08:00:00');
    expect(await sendHeldSms(deps)).toEqual({ sent: 1, dropped: 1 });
    expect(sent.filter((s) => s.at === clock.toISOString()).map((s) => s.to)).toEqual(['13900000001']);
  });
});
