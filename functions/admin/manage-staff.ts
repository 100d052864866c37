/**
 * The administrator's staff list: who is staff, of which district. Our user directory is the record;
 * on AWS the same change is made in Cognito (groups, `custom:district`) through the IdentityDirectory port,
 * so the next sign-in carries it.
 */
import type { User, UserStore } from '../auth/ports.js';
import { findDistrict } from '../districts/district-config.js';
import { maskMobile } from '../domain/phone.js';
import { ValidationError } from '../shared/errors.js';
import type { Role } from '../shared/http/caller.js';

/** Where sign-in accounts live: Cognito on AWS; locally our own user store, so there is nothing to do. */
export interface IdentityDirectory {
  /** Makes sure a sign-in account exists for the phone; answers with its user id where the directory assigns ids. */
  ensureAccount(phone: string): Promise<{ userId?: string }>;
  /** The same, and the account carries these roles and district from its next sign-in. */
  applyRoles(phone: string, roles: Role[], district: string | undefined): Promise<{ userId?: string }>;
}

export interface StaffDeps {
  users: UserStore;
  identities: IdentityDirectory;
  now: () => Date;
  newId: () => string;
}

export interface StaffMember {
  userId: string;
  phoneMasked: string;
  name: string;
  roles: Role[];
  district?: string;
  institution?: string;
}

const member = (u: User): StaffMember => ({
  userId: u.userId,
  phoneMasked: maskMobile(u.phone),
  name: u.displayName ?? '',
  roles: u.roles,
  ...(u.district ? { district: u.district } : {}),
  ...(u.institution ? { institution: u.institution } : {}),
});

export async function listStaff(deps: Pick<StaffDeps, 'users'>): Promise<StaffMember[]> {
  return (await deps.users.listAllStaff()).map(member).sort((a, b) => (a.district ?? '').localeCompare(b.district ?? '') || a.name.localeCompare(b.name));
}

/**
 * Adds a staff member or an assessor (of one of the district's institutions), moves one, or (active:
 * false) takes the role away.
 */
export async function saveStaff(
  deps: StaffDeps,
  change: { phone: string; name: string; district: string; active: boolean; role?: 'staff' | 'assessor'; institution?: string },
): Promise<StaffMember> {
  const district = findDistrict(change.district);
  if (!district) throw new ValidationError([{ field: 'district', code: 'error.choose' }]);
  const role = change.role ?? 'staff';
  if (role === 'assessor' && !district.assessmentInstitutions.some((i) => i.id === change.institution)) throw new ValidationError([{ field: 'institution', code: 'error.choose' }]);
  const known = await deps.users.findByPhone(change.phone);
  const others = (known?.roles ?? []).filter((r) => r !== 'staff' && r !== 'assessor' && r !== 'citizen');
  const roles: Role[] = change.active ? [...others, role] : others.length > 0 ? others : ['citizen'];
  const identity = await deps.identities.applyRoles(change.phone, roles, change.active ? change.district : undefined);
  const existing =
    known ??
    (await deps.users.createOrGet({ userId: identity.userId ?? deps.newId(), phone: change.phone, roles: ['citizen'], language: 'zh-CN', createdAt: deps.now().toISOString() }));
  const updated = await deps.users.updateRoles(existing.userId, {
    roles,
    displayName: change.name,
    ...(change.active ? { district: change.district } : {}),
    ...(change.active && role === 'assessor' ? { institution: change.institution } : {}),
  } as Pick<User, 'roles' | 'district' | 'displayName' | 'institution'>);
  return member(updated);
}
