/** Demo data: staff of each seed district, an administrator and two citizens. Safe to run again. */
import type { UserStore, User } from '../functions/auth/ports.js';
import { districts } from '../functions/districts/district-config.js';

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
  for (const [i, citizen] of DEMO_CITIZENS.entries()) {
    await create({ userId: `demo-citizen-${i + 1}`, phone: citizen.phone, roles: ['citizen'] }, citizen.who);
  }
  return accounts;
}
