import type { Application } from '../certificates/application.js';
import type { MatterStore } from '../matters/ports.js';
import { createDraft } from '../matters/drafts.js';
import type { UserStore } from '../auth/ports.js';
import type { IdentityDirectory } from '../admin/manage-staff.js';
import { ForbiddenError } from '../shared/errors.js';
import type { Caller } from '../shared/http/caller.js';
import type { DraftAnswers } from '../applications/schemas.js';

export interface FilingDeps {
  matters: MatterStore<Application>;
  users: UserStore;
  identities: Pick<IdentityDirectory, 'ensureAccount'>;
  now: () => Date;
  newId: () => string;
}

/**
 * 代办: staff at the counter or on a home visit start an application for a person. It belongs to the
 * account of the mobile number given (made if new), so the person or their family can follow it and
 * get every message; staff of the district fill it in and submit it, and then it follows the same path.
 */
export async function fileOnBehalf(
  deps: FilingDeps,
  caller: Caller,
  accountPhone: string,
  channel: 'counter' | 'homeVisit',
  answers: DraftAnswers = {},
): Promise<Application> {
  if (!caller.district) throw new ForbiddenError();
  // On AWS the account is the Cognito user of that number (made now if new), so its sign-in finds this application.
  const account = await deps.identities.ensureAccount(accountPhone);
  const owner = await deps.users.createOrGet({
    userId: account.userId ?? deps.newId(),
    phone: accountPhone,
    roles: ['citizen'],
    language: 'zh-CN',
    createdAt: deps.now().toISOString(),
  });
  return createDraft(deps, owner.userId, { ...answers, districtCode: caller.district }, { matter: 'new', channel, filedBy: caller.userId, districtCode: caller.district });
}
