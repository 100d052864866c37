/** Demo data: staff of each seed district, an administrator and two citizens. Safe to run again. */
import type { UserStore, User } from '../functions/auth/ports.js';
import { districts } from '../functions/districts/district-config.js';
import type { SessionTemplate } from '../functions/booking/booking.js';
import type { SessionStore } from '../functions/booking/ports.js';
import { generateSessions } from '../functions/booking/sessions.js';

export interface DemoAccount {
  phone: string;
  who: string;
}

/** One staff member per district, and a second in Kaifu to hand matters to. */
const STAFF: { district: string; phone: string; name: string }[] = [
  { district: '430105', phone: '13800000101', name: '李敏' },
  { district: '430105', phone: '13800000105', name: '周强' },
  { district: '430103', phone: '13800000102', name: '陈静' },
  { district: '330213', phone: '13800000103', name: '胡波' },
  { district: '620723', phone: '13800000104', name: '马兰' },
];

/** One assessor per assessment institution (the institution's doctor at the desk). */
const ASSESSORS: { institution: string; phone: string; name: string }[] = [
  { institution: 'kf-1', phone: '13700000201', name: '刘医生' },
  { institution: 'tx-1', phone: '13700000202', name: '黄医生' },
  { institution: 'fh-1', phone: '13700000203', name: '吴医生' },
  { institution: 'lz-1', phone: '13700000204', name: '张医生' },
];

export const DEMO_CITIZENS: DemoAccount[] = [
  { phone: '13900000001', who: '市民 王秀英 (citizen)' },
  { phone: '13900000002', who: '市民 阿卜杜·热合曼 (citizen)' },
];

export async function seedDemoData(users: UserStore): Promise<DemoAccount[]> {
  const at = new Date().toISOString();
  const accounts: DemoAccount[] = [];
  const create = async (user: Omit<User, 'createdAt' | 'language'>, who: string) => {
    await users.createOrGet({ ...user, language: 'zh-CN', createdAt: at });
    accounts.push({ phone: user.phone, who });
  };
  await create({ userId: 'demo-admin', phone: '13800000100', roles: ['admin'], displayName: '管理员' }, 'admin: manages staff accounts');
  for (const member of STAFF) {
    const district = districts.find((d) => d.code === member.district);
    if (district) {
      await create(
        { userId: `demo-staff-${member.phone}`, phone: member.phone, roles: ['staff'], district: member.district, displayName: member.name },
        `staff ${member.name}, ${district.name['zh-CN']}`,
      );
    }
  }
  for (const assessor of ASSESSORS) {
    const district = districts.find((d) => d.assessmentInstitutions.some((i) => i.id === assessor.institution));
    const institution = district?.assessmentInstitutions.find((i) => i.id === assessor.institution);
    if (district && institution) {
      await create(
        { userId: `demo-assessor-${assessor.phone}`, phone: assessor.phone, roles: ['assessor'], district: district.code, institution: institution.id, displayName: assessor.name },
        `assessor ${assessor.name}, ${institution.name['zh-CN']}`,
      );
    }
  }
  for (const [i, citizen] of DEMO_CITIZENS.entries()) {
    await create({ userId: `demo-citizen-${i + 1}`, phone: citizen.phone, roles: ['citizen'] }, citizen.who);
  }
  return accounts;
}

/** Weekly sessions of each institution (e.g. physical every Tuesday morning, 12 seats), as an institution would publish them. */
const WEEKLY: Omit<SessionTemplate, 'id' | 'districtCode' | 'institutionId' | 'createdAt'>[] = [
  { weekday: 2, start: '08:30', end: '11:30', category: '4', seats: 12, accessibility: ['wheelchair', 'companion', 'lieDown', 'largePrint'] },
  { weekday: 3, start: '08:30', end: '11:30', category: '1', seats: 10, accessibility: ['wheelchair', 'companion', 'largePrint'] },
  { weekday: 3, start: '14:00', end: '17:00', category: '2', seats: 10, accessibility: ['wheelchair', 'companion', 'signLanguage'] },
  { weekday: 4, start: '08:30', end: '11:30', category: '3', seats: 10, accessibility: ['wheelchair', 'companion', 'signLanguage'] },
  { weekday: 4, start: '14:00', end: '17:00', category: '5', seats: 8, accessibility: ['wheelchair', 'companion', 'largePrint'] },
  { weekday: 5, start: '08:30', end: '11:30', category: '6', seats: 8, accessibility: ['wheelchair', 'companion'] },
];

/** The demo institutions' weekly templates and the sessions they make; safe to run again (fixed ids). */
export async function seedDemoSessions(sessions: SessionStore, now: () => Date = () => new Date()): Promise<void> {
  for (const district of districts) {
    for (const institution of district.assessmentInstitutions) {
      for (const [i, weekly] of WEEKLY.entries()) {
        const template: SessionTemplate = { ...weekly, id: `${institution.id}-weekly-${i + 1}`, districtCode: district.code, institutionId: institution.id, createdAt: now().toISOString() };
        await sessions.saveTemplate(template);
        await generateSessions({ sessions, now }, template);
      }
    }
  }
}
