import { wire } from '../adapters/wire.js';
import { districts } from '../districts/district-config.js';
import { bookingJobsHandler } from '../routes.js';
import { logEvent } from '../shared/log.js';
import { runBookingJobs } from './booking-jobs.js';

const deps = wire(bookingJobsHandler.needs, bookingJobsHandler.handler);

/** Run every hour by an EventBridge schedule (locally: by the platform, with the reminders). */
export async function handler(): Promise<{ made: number; expired: number; reminders: number }> {
  const done = await runBookingJobs(deps, districts);
  logEvent('info', 'booking.jobs', done);
  return done;
}
