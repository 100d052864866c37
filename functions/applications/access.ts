import type { Application, ApplicationStore } from './application.js';
import type { Caller } from '../shared/http/caller.js';
import { NotFoundError } from '../shared/errors.js';

/** A district's staff member handles its submitted matters; anyone else's record is indistinguishable from none. */
export function inStaffDistrict(caller: Caller, application: Application): boolean {
  return caller.roles.includes('staff') && !!caller.district && application.districtCode === caller.district;
}

/**
 * Who may fill in and send an application: its owner, and for one filed at the counter or on a home
 * visit (代办) the staff of its district too.
 */
export function mayFillIn(caller: Caller, application: Application): boolean {
  if (application.ownerId === caller.userId) return true;
  return application.channel !== undefined && application.channel !== 'online' && inStaffDistrict(caller, application);
}

export async function applicationToFillIn(store: ApplicationStore, id: string, caller: Caller): Promise<Application> {
  const application = await store.get(id);
  if (!application || !mayFillIn(caller, application)) throw new NotFoundError();
  return application;
}

export async function applicationInDistrict(store: ApplicationStore, id: string, caller: Caller): Promise<Application> {
  const application = await store.get(id);
  if (!application || !inStaffDistrict(caller, application)) throw new NotFoundError();
  return application;
}
