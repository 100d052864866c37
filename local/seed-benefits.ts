/**
 * Demo data for benefits: card holders with realistic register records (a 低保 household with an
 * elderly care allowance, a child whose mother is the guardian, a household whose hukou register does
 * not answer…) and one reviewer per stage per district. ID numbers use region code 999999, which is no
 * real place, so they cannot be anyone's. Safe to run again: register records are written only once.
 */
import { TransactWriteItemsCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { User, UserStore } from '../functions/auth/ports.js';
import type { Certificate } from '../functions/certificates/certificate.js';
import type { LocalRegisterRecord } from '../functions/benefits/registers.js';
import { checkCharacterFor } from '../functions/domain/id-number.js';
import { dynamoCertificateStore } from '../functions/adapters/certificate-store.js';
import { dynamoPeopleStore } from '../functions/adapters/people-store.js';
import { localRegisters } from '../functions/adapters/partner-registers.js';
import { fromPart } from '../functions/adapters/write-parts.js';
import type { DemoAccount } from './seed.js';

const idNumber = (birthDate: string, sequence: string) => {
  const first17 = `999999${birthDate.replaceAll('-', '')}${sequence}`;
  return first17 + checkCharacterFor(first17);
};

interface DemoPerson {
  phone: string;
  account: string;
  name: string;
  idNumber: string;
  district: string;
  category: number;
  grade: number;
  /** The guardian who holds the card for a child. */
  guardian?: string;
  registers: Omit<LocalRegisterRecord, 'idNumber' | 'name' | 'updatedAt'>[];
  who: string;
}

export const DEMO_CARD_HOLDERS: DemoPerson[] = [
  {
    phone: '13900000011', account: 'demo-citizen-11', name: '张桂兰', idNumber: idNumber('1958-03-15', '022'), district: '430105', category: 4, grade: 1,
    registers: [
      { register: 'civilAffairs', mode: 'answers', answer: { household: 'dibao' } },
      { register: 'hukou', mode: 'answers', answer: { districtCode: '430105' } },
      { register: 'allowances', mode: 'answers', answer: { allowances: [{ kind: 'elderlyCare', monthlyYuan: 100 }] } },
    ],
    who: '张桂兰, Kaifu, physical grade 1, 低保 household, elderly care allowance 100/month (proposals: care and living subsidy)',
  },
  {
    phone: '13900000012', account: 'demo-citizen-12', name: '刘建国', idNumber: idNumber('1981-07-02', '031'), district: '430103', category: 4, grade: 3,
    registers: [{ register: 'hukou', mode: 'answers', answer: { districtCode: '430103' } }],
    who: '刘建国, Tianxin, physical grade 3 (try the fuel subsidy)',
  },
  {
    phone: '13900000013', account: 'demo-citizen-13', name: '陈小宇', guardian: '陈丽', idNumber: idNumber('2022-05-20', '014'), district: '330213', category: 5, grade: 2,
    registers: [{ register: 'hukou', mode: 'answers', answer: { districtCode: '330213' } }],
    who: '陈丽, guardian of 陈小宇 (4), Fenghua, intellectual grade 2 (proposals: child rehabilitation, care subsidy)',
  },
  {
    phone: '13900000014', account: 'demo-citizen-14', name: '马文', idNumber: idNumber('1974-11-08', '051'), district: '620723', category: 6, grade: 2,
    registers: [
      { register: 'civilAffairs', mode: 'answers', answer: { household: 'dibao' } },
      { register: 'hukou', mode: 'silent' },
    ],
    who: '马文, Linze, mental grade 2, 低保; the hukou register does not answer (the matter waits)',
  },
];

/** A parent with no card of their own, and a child with a hospital diagnosis but no card yet: only the police register knows the child. */
export const DEMO_CHILD_WITHOUT_CARD = {
  phone: '13900000015',
  account: 'demo-citizen-15',
  parent: '宋佳',
  child: '宋小满',
  idNumber: idNumber('2023-04-18', '062'),
  district: '430105',
};

/** One reviewer per stage per district: 138000002<district><stage>. */
const REVIEWERS: { district: string; names: [string, string, string] }[] = [
  { district: '430105', names: ['黄丽', '王军', '刘洋'] },
  { district: '430103', names: ['杨帆', '吴静', '赵磊'] },
  { district: '330213', names: ['徐婷', '孙浩', '朱琳'] },
  { district: '620723', names: ['何勇', '郭敏', '高峰'] },
];
const STAGE_ROLES = [
  ['townshipReviewer', 'township review'],
  ['federationReviewer', '残联 review'],
  ['civilAffairsReviewer', 'civil affairs decision'],
] as const;

function certificateOf(p: DemoPerson): Certificate {
  const forOther = p.guardian !== undefined;
  return {
    number: `${p.idNumber}${p.category}${p.grade}`,
    holderUserId: p.account,
    personName: p.name,
    idNumber: p.idNumber,
    category: p.category,
    grade: p.grade,
    components: [{ category: p.category, grade: p.grade }],
    districtCode: p.district,
    issuedOn: '2025-03-01',
    validUntil: '2035-02-28',
    status: 'valid',
    applicationId: `SEED${p.account.toUpperCase().replace(/[^A-Z0-9]/g, '')}`,
    answers: {
      forWhom: forOther ? 'other' : 'self',
      actingAs: forOther ? 'guardian' : 'self',
      personName: p.name,
      personIdNumber: p.idNumber,
      districtCode: p.district,
      ...(forOther ? { agentName: p.guardian, agentPhone: p.phone, relationship: 'parent' as const } : { personPhone: p.phone }),
    },
    updatedAt: '2025-03-01T00:00:00.000Z',
  };
}

export async function seedBenefitDemo(client: DynamoDBClient, tableName: string, users: UserStore): Promise<DemoAccount[]> {
  const at = new Date().toISOString();
  const accounts: DemoAccount[] = [];
  const create = async (user: Omit<User, 'createdAt' | 'language'>, who: string) => {
    await users.createOrGet({ ...user, language: 'zh-CN', createdAt: at });
    accounts.push({ phone: user.phone, who });
  };
  for (const [d, { district, names }] of REVIEWERS.entries()) {
    for (const [s, [role, what]] of STAGE_ROLES.entries()) {
      const phone = `138000002${d + 1}${s + 1}`;
      await create({ userId: `demo-reviewer-${phone}`, phone, roles: [role], district, displayName: names[s] }, `${what} ${names[s]}, ${district}`);
    }
  }
  const certificates = dynamoCertificateStore(client, tableName);
  const people = dynamoPeopleStore(client, tableName);
  const registers = localRegisters(client, tableName);
  const existing = new Set((await Promise.all((['civilAffairs', 'hukou', 'allowances'] as const).map((r) => registers.list(r)))).flat().map((r) => `${r.register}:${r.idNumber}`));
  const family = DEMO_CHILD_WITHOUT_CARD;
  await create({ userId: family.account, phone: family.phone, roles: ['citizen'], displayName: family.parent }, `${family.parent}, mother of ${family.child} (no card yet, a hospital diagnosis; ID ${family.idNumber}): child rehabilitation without a card`);
  if (!existing.has(`hukou:${family.idNumber}`)) {
    await registers.put({ register: 'hukou', mode: 'answers', answer: { districtCode: family.district }, idNumber: family.idNumber, name: family.child, updatedAt: at });
  }
  for (const person of DEMO_CARD_HOLDERS) {
    await create({ userId: person.account, phone: person.phone, roles: ['citizen'], displayName: person.guardian ?? person.name }, person.who);
    const certificate = certificateOf(person);
    if (!(await certificates.get(certificate.number))) {
      await client.send(new TransactWriteItemsCommand({ TransactItems: [...certificates.issued([certificate]), people.newestCertificate(certificate)].map(fromPart) }));
    }
    for (const record of person.registers) {
      if (!existing.has(`${record.register}:${person.idNumber}`)) await registers.put({ ...record, idNumber: person.idNumber, name: person.name, updatedAt: at });
    }
  }
  return accounts;
}
