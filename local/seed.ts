/** Demo data: staff of each seed district, an administrator and two citizens. Safe to run again. */
import type { UserStore, User } from '../functions/auth/ports.js';
import { districts } from '../functions/districts/district-config.js';

export interface DemoAccount {
  phone: string;
  who: string;
}

const STAFF_PHONES: Record<string, string> = {
  '430105': '13800000101',
  '430103': '13800000102',
  '330213': '13800000103',
  '620723': '13800000104',
};

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
  await create({ userId: 'demo-admin', phone: '13800000100', roles: ['admin', 'staff'], displayName: '管理员' }, 'admin (all districts)');
  for (const d of districts) {
    const phone = STAFF_PHONES[d.code];
    if (phone) await create({ userId: `demo-staff-${d.code}`, phone, roles: ['staff'], district: d.code, displayName: `${d.name['zh-CN']}工作人员` }, `staff, ${d.name['zh-CN']}`);
  }
  for (const [i, citizen] of DEMO_CITIZENS.entries()) {
    await create({ userId: `demo-citizen-${i + 1}`, phone: citizen.phone, roles: ['citizen'] }, citizen.who);
  }
  return accounts;
}
