/**
 * The daily reminders: corrections and deferred (容缺) materials coming due, cards expiring within
 * ⚙ months, and — to the staff member holding it — a matter nearing its promised deadline. Each reminder has a fixed id, so running the job twice in a day sends nothing twice.
 */
import type { OutboxEvent } from '../matters/matter.js';
import type { MatterStore } from '../matters/ports.js';
import { recipientsOf } from '../matters/change.js';
import { daysLeft, isPaused } from '../matters/deadlines.js';
import { sentSince, type DocumentStore } from '../documents/document-record.js';
import type { Application } from '../certificates/application.js';
import type { CertificateStore } from '../certificates/certificate.js';
import { OPEN_STATUSES } from '../certificates/statuses.js';
import type { Outbox } from '../notifications/ports.js';
import { rulesInEffect, type District } from '../districts/district-config.js';
import { maskCertificateNumber } from '../domain/certificate-number.js';
import { addMonths, shanghaiDate } from '../domain/time.js';

export interface ReminderDeps {
  matters: Pick<MatterStore<Application>, 'listByDistrict'>;
  documents: Pick<DocumentStore, 'list'>;
  certificates: CertificateStore;
  outbox: Outbox;
  now: () => Date;
}

function dueSoon(today: string, dueOn: string, before: number): boolean {
  const left = daysLeft(today, dueOn);
  return left >= 0 && left <= before;
}

async function deferredStillMissing(documents: ReminderDeps['documents'], application: Application): Promise<boolean> {
  const since = application.deferral!.acceptedAt ?? '';
  const received = new Set((await documents.list(application.id)).filter((d) => d.status === 'received' && sentSince(d, since)).map((d) => d.kind));
  return application.deferral!.kinds.some((kind) => !received.has(kind));
}

export async function sendReminders(deps: ReminderDeps, districts: readonly District[]): Promise<number> {
  const now = deps.now();
  const today = shanghaiDate(now);
  const createdAt = now.toISOString();
  let queued = 0;
  const queue = async (event: OutboxEvent) => {
    if (await deps.outbox.putOnce(event)) queued++;
  };

  for (const district of districts) {
    const rules = rulesInEffect(district, today);
    for (const application of await deps.matters.listByDistrict(district.code)) {
      const base = { applicationId: application.id, ...recipientsOf(application), createdAt };
      const { corrections, deferral } = application;
      if (application.status === 'awaiting_correction' && corrections && dueSoon(today, corrections.dueOn, rules.reminderWorkingDaysBefore)) {
        await queue({ ...base, id: `reminder.correction#${application.id}#${corrections.dueOn}`, type: 'reminder.correction', params: { reference: application.reference ?? '', dueOn: corrections.dueOn } });
      }
      // Staff are warned before the promised deadline of a matter they hold.
      const { clock, assignee } = application;
      if (assignee && clock && OPEN_STATUSES.includes(application.status) && !isPaused(clock) && dueSoon(today, clock.promisedDue, rules.reminderWorkingDaysBefore)) {
        await queue({
          id: `reminder.staffDue#${application.id}#${clock.promisedDue}`,
          type: 'reminder.staffDue',
          applicationId: application.id,
          recipientUserIds: [assignee.userId],
          params: { reference: application.reference ?? '', promisedDue: clock.promisedDue, statutoryDue: clock.statutoryDue },
          createdAt,
        });
      }
      if (
        deferral &&
        !['rejected', 'withdrawn'].includes(application.status) &&
        dueSoon(today, deferral.dueOn, rules.reminderWorkingDaysBefore) &&
        (await deferredStillMissing(deps.documents, application))
      ) {
        await queue({ ...base, id: `reminder.deferral#${application.id}#${deferral.dueOn}`, type: 'reminder.deferral', params: { reference: application.reference ?? '', dueOn: deferral.dueOn } });
      }
    }

    // Cards expiring by the horizon; last month's partition too, in case a run was missed at a month's turn.
    const horizon = addMonths(today, rules.expiryReminderMonths);
    const months = [horizon.slice(0, 7), addMonths(horizon, -1).slice(0, 7)];
    for (const month of months) {
      for (const certificate of await deps.certificates.listExpiringIn(month)) {
        if (certificate.districtCode !== district.code || certificate.status !== 'valid') continue;
        if (certificate.validUntil > horizon || certificate.validUntil < today) continue;
        await queue({
          id: `reminder.expiry#${certificate.number}#${certificate.validUntil}`,
          type: 'reminder.expiry',
          applicationId: certificate.applicationId,
          recipientUserIds: [certificate.holderUserId],
          params: { certificateNumberMasked: maskCertificateNumber(certificate.number), validUntil: certificate.validUntil },
          createdAt,
        });
      }
    }
  }
  return queued;
}
