/**
 * 一次性告知 for a benefit: every material, and which of them a register makes unnecessary. Nobody
 * uploads a 低保 certificate the civil affairs register confirms, or a household register page the
 * police confirm.
 */
import type { BenefitVersion, MaterialSpec, Register } from './catalogue-schema.js';
import type { LookupRecord } from './benefit-matter.js';
import { answered } from './person-facts.js';

export interface MaterialNeed {
  kind: MaterialSpec['kind'];
  name: MaterialSpec['name'];
  /**
   * needed: upload it. confirmed: a register answered for it. waiting: the register was asked and has not
   * answered yet (the matter waits for it, not the person). unlessConfirmed: before applying, needed only
   * if the person does not agree that the register is asked.
   */
  status: 'needed' | 'confirmed' | 'waiting' | 'unlessConfirmed';
  register?: Register;
}

/** Does the register's answer stand for the material (a 低保 household, a hukou here)? */
function confirms(register: Register, lookups: Partial<Record<Register, LookupRecord>> | undefined, districtCode: string): boolean {
  if (register === 'civilAffairs') {
    const household = answered(lookups, 'civilAffairs')?.household;
    return household !== undefined && household !== 'none';
  }
  if (register === 'hukou') return answered(lookups, 'hukou')?.districtCode === districtCode;
  return answered(lookups, register) !== undefined;
}

/** With `consents` (an application), what this person must do; without (the public check), the general list. */
export function materialsFor(
  v: BenefitVersion,
  s: { hasCard: boolean | undefined; lookups?: Partial<Record<Register, LookupRecord>>; consents?: Partial<Record<Register, string>> },
): MaterialNeed[] {
  return v.materials
    .filter((m) => !(m.onlyWithoutCard && s.hasCard === true))
    .map((m): MaterialNeed => {
      const register = m.unlessConfirmedBy;
      if (!register) return { kind: m.kind, name: m.name, status: 'needed' };
      const base = { kind: m.kind, name: m.name, register };
      if (confirms(register, s.lookups, v.district)) return { ...base, status: 'confirmed' };
      if (!s.consents) return { ...base, status: 'unlessConfirmed' };
      const lookup = s.lookups?.[register];
      return { ...base, status: s.consents[register] && lookup?.outcome !== 'answered' ? 'waiting' : 'needed' };
    });
}

/** What must be uploaded before submitting. */
export const toUpload = (needs: MaterialNeed[]) => needs.filter((n) => n.status === 'needed');
