/**
 * 代办 for a benefit: staff at the counter or on a home visit start the application in the account of
 * the mobile number given (made if new), from the person's card in their district, with the consents
 * the person gave on the paper form; then they fill it in and send it with the person's own pages.
 */
import type { IdentityDirectory } from '../admin/manage-staff.js';
import type { UserStore } from '../auth/ports.js';
import { ForbiddenError } from '../shared/errors.js';
import type { Caller } from '../shared/http/caller.js';
import type { Language } from '../shared/i18n.js';
import type { Register } from './catalogue-schema.js';
import { startBenefit, viewForReader, type ApplyDeps } from './apply.js';

export async function fileBenefitOnBehalf(
  deps: ApplyDeps & { users: UserStore; identities: Pick<IdentityDirectory, 'ensureAccount'> },
  caller: Caller,
  body: { accountPhone: string; channel: 'counter' | 'homeVisit'; benefitId: string; certificateNumber: string; consents: Register[] },
  lang: Language,
) {
  if (!caller.district) throw new ForbiddenError();
  const account = await deps.identities.ensureAccount(body.accountPhone);
  const owner = await deps.users.createOrGet({ userId: account.userId ?? deps.newId(), phone: body.accountPhone, roles: ['citizen'], language: 'zh-CN', createdAt: deps.now().toISOString() });
  const matter = await startBenefit(deps, caller, owner.userId, { ...body, channel: body.channel });
  return viewForReader(deps, caller, matter.id, lang);
}
