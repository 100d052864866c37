/**
 * Delivers one outbox event to everyone it concerns, on each channel they chose, once each: the
 * account the matter belongs to, and — looked up now, so an ended delegation gets nothing more — the
 * person's own linked account and every relative they let receive messages. In-app always; SMS unless
 * switched off, held through quiet hours except the codes a person just asked for; e-mail to a
 * verified address when chosen. Safe to run any number of times: each (event, channel, recipient) is
 * claimed before it is sent. A channel that fails is released and reported, so the stream tries again
 * and, when it gives up, the notice and the matter say so (handle-stream-record.ts).
 */
import type { OutboxEvent } from '../matters/matter.js';
import { DEFAULT_CHANNELS, type SmsSender, type User, type UserStore } from '../auth/ports.js';
import type { DeliveryLog, EmailSender, HeldSmsStore, NoticeStore } from './ports.js';
import { noticeText, smsFor } from './templates.js';
import { isVerificationCode, type SmsMessage } from './sms-templates.js';
import { noticeEmail, verifyEmail } from './email-templates.js';
import { quietUntil, type QuietHours } from './quiet-hours.js';
import { createHash } from 'node:crypto';

/** Someone besides the matter's owner who hears about it. */
export interface AudienceMember {
  userId: string;
  role: 'person' | 'delegate';
  /** They may open the matter (a relative who only receives messages may not). */
  canView: boolean;
  /** Whose matter it is, masked, for their notice. */
  about?: string;
}

export interface DeliveryDeps {
  users: Pick<UserStore, 'get'>;
  notices: NoticeStore;
  deliveries: DeliveryLog;
  sms: SmsSender;
  email?: EmailSender;
  held?: HeldSmsStore;
  /** The person and their relatives for a matter's event (functions/family/audience.ts). */
  audience?: (applicationId: string) => Promise<AudienceMember[]>;
  quietHours?: QuietHours;
  now?: () => Date;
  /** Where links in e-mails point (PUBLIC_WEB_URL). */
  webUrl?: string;
}

export interface FailedDelivery {
  userId?: string;
  channel: 'sms' | 'email';
  role: 'owner' | 'person' | 'delegate' | 'direct';
  to: string;
}

/** Some channels failed; the others were delivered and will not be sent again. */
export class DeliveryFailedError extends Error {
  constructor(readonly failures: FailedDelivery[]) {
    super(`${failures.length} message(s) not delivered: ${failures.map((f) => `${f.channel} to ${f.role}`).join(', ')}`);
    this.name = 'DeliveryFailedError';
  }
}

const addressKey = (address: string) => createHash('sha256').update(address.trim().toLowerCase()).digest('hex').slice(0, 32);

/** Sends an SMS now, or holds it until quiet hours end; a code someone just asked for always goes at once. */
async function textOrHold(deps: DeliveryDeps, event: OutboxEvent, recipient: string, to: string, sms: SmsMessage, role: FailedDelivery['role']): Promise<void> {
  const now = deps.now?.() ?? new Date();
  const until = isVerificationCode(sms.template) ? undefined : quietUntil(now, deps.quietHours);
  if (until && deps.held) {
    const recheck = role === 'person' || role === 'delegate';
    await deps.held.hold({ dueAt: until.toISOString(), eventId: event.id, recipient, to, sms, role, ...(event.applicationId ? { applicationId: event.applicationId } : {}), ...(recheck ? { recheck } : {}) });
    return;
  }
  await deps.sms.send({ to, sms, dedupeKey: `${event.id}:sms:${recipient}` });
}

export async function deliverEvent(deps: DeliveryDeps, event: OutboxEvent): Promise<void> {
  const failures: FailedDelivery[] = [];
  const at = () => (deps.now?.() ?? new Date()).toISOString();
  /** Claims (event, channel, recipient), sends, and releases the claim when sending fails. */
  const once = async (channel: 'sms' | 'email', recipient: string, failure: FailedDelivery, send: () => Promise<void>) => {
    if (!(await deps.deliveries.claim(event.id, channel, recipient, at()))) return;
    try {
      await send();
    } catch {
      await deps.deliveries.release(event.id, channel, recipient);
      failures.push(failure);
    }
  };

  if (event.direct) await deliverDirect(deps, event, once);

  const owners = event.recipientUserIds.map((userId) => ({ userId, role: 'owner' as const, canView: true }));
  const others = event.audience === 'person' && deps.audience && event.applicationId ? await deps.audience(event.applicationId) : [];
  const seen = new Set<string>();
  for (const member of [...owners, ...others]) {
    if (seen.has(member.userId)) continue;
    seen.add(member.userId);
    const user = await deps.users.get(member.userId);
    if (!user) continue;
    await deliverTo(deps, event, user, member, once);
  }
  // Events queued before this rule may still name `recipientPhones`: numbers nobody verified are never texted.
  if (failures.length) throw new DeliveryFailedError(failures);
}

type Once = (channel: 'sms' | 'email', recipient: string, failure: FailedDelivery, send: () => Promise<void>) => Promise<void>;

async function deliverTo(deps: DeliveryDeps, event: OutboxEvent, user: User, member: { userId: string; role: FailedDelivery['role']; canView: boolean; about?: string }, once: Once): Promise<void> {
  const text = noticeText(event, user.language);
  await deps.notices.putOnce({
    id: event.id,
    userId: user.userId,
    applicationId: event.applicationId,
    type: event.type,
    ...text,
    language: user.language,
    createdAt: event.createdAt,
    ...(member.about ? { about: member.about } : {}),
    ...(member.canView && event.applicationId ? {} : { noLink: true }),
  });
  const channels = user.channels ?? DEFAULT_CHANNELS;
  if (channels.sms) {
    await once('sms', user.userId, { userId: user.userId, channel: 'sms', role: member.role, to: user.phone }, () =>
      textOrHold(deps, event, user.userId, user.phone, smsFor(event, user.language), member.role),
    );
  }
  if (channels.email && user.email && deps.email) {
    const email = noticeEmail({ ...text, ...(member.about ? { about: member.about } : {}) }, user.language, deps.webUrl);
    await once('email', user.userId, { userId: user.userId, channel: 'email', role: member.role, to: user.email }, () =>
      deps.email!.send({ to: user.email!, ...email, dedupeKey: `${event.id}:email:${user.userId}` }),
    );
  }
}

/** A message to an address (a code, an invitation, an address to verify): claimed by the address itself. */
async function deliverDirect(deps: DeliveryDeps, event: OutboxEvent, once: Once): Promise<void> {
  const { phone, email, language } = event.direct!;
  if (phone) {
    await once('sms', `direct#${phone}`, { channel: 'sms', role: 'direct', to: phone }, () => textOrHold(deps, event, `direct#${phone}`, phone, smsFor(event, language), 'direct'));
  }
  if (email && deps.email && event.type === 'email.verify') {
    if (!deps.webUrl) throw new Error('PUBLIC_WEB_URL is not configured: an address cannot be verified by a link');
    const message = verifyEmail(event.params.token!, Number(event.params.hours ?? 24), language, deps.webUrl);
    const recipient = `direct#${addressKey(email)}`;
    await once('email', recipient, { channel: 'email', role: 'direct', to: email }, () => deps.email!.send({ to: email, ...message, dedupeKey: `${event.id}:email:${recipient}` }));
  }
}
