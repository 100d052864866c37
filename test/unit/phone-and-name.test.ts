import { describe, expect, it } from 'vitest';
import { maskMobile, normaliseMobile } from '../../functions/domain/phone.js';
import { characterCount, isAcceptableName, maskName, normaliseName } from '../../functions/domain/person-name.js';
import { maskSensitive } from '../../functions/shared/log.js';

describe('mobile numbers', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['0086 13800138000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['１３８ ００１３ ８０００', '13800138000'],
  ])('normalises %j to %s', (raw, expected) => {
    expect(normaliseMobile(raw)).toBe(expected);
  });

  it.each(['12800138000', '1380013800', '138001380001', '010-12345678', 'abc'])('refuses %j', (raw) => {
    expect(normaliseMobile(raw)).toBeNull();
  });

  it('masks the middle four digits', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
  });
});

describe('names', () => {
  it('accepts a minority name with the middle dot, written with any look-alike dot', () => {
    expect(isAcceptableName('阿卜杜·热合曼')).toBe(true);
    expect(normaliseName('阿卜杜•热合曼')).toBe('阿卜杜·热合曼');
    expect(normaliseName('阿卜杜．热合曼')).toBe('阿卜杜·热合曼');
  });

  it('accepts rare characters outside the Basic Multilingual Plane and counts them as one character each', () => {
    const name = '王𠀀𪚥';
    expect(isAcceptableName(name)).toBe(true);
    expect(characterCount(name)).toBe(3);
    expect(name.length).toBe(5);
  });

  it('accepts a single-character and a 50-character name but not 51 characters', () => {
    expect(isAcceptableName('李')).toBe(true);
    expect(isAcceptableName('𠀀'.repeat(50))).toBe(true);
    expect(isAcceptableName('𠀀'.repeat(51))).toBe(false);
  });

  it('refuses digits, symbols, an empty name and a trailing dot', () => {
    for (const bad of ['张3', '张@', '   ', '阿卜杜·']) expect(isAcceptableName(bad)).toBe(false);
  });

  it('masks all but the first character', () => {
    expect(maskName('王秀英')).toBe('王**');
  });
});

describe('log masking', () => {
  it('masks ID and mobile numbers wherever they appear in a log line', () => {
    expect(maskSensitive('id 11010519491231002X phone 13812345678')).toBe('id 110105********002X phone 138****5678');
  });
});

describe('caller from JWT claims', async () => {
  const { callerFrom } = await import('../../functions/shared/http/caller.js');
  const event = (claims: Record<string, unknown>) => ({ requestContext: { authorizer: { jwt: { claims } } } }) as never;

  it('reads API Gateway’s "[a b]" groups and the local gateway’s array alike', () => {
    expect(callerFrom(event({ sub: 'u1', 'cognito:groups': '[staff admin]', 'custom:district': '430105' }))).toMatchObject({ roles: ['staff', 'admin'], district: '430105' });
    expect(callerFrom(event({ sub: 'u1', 'cognito:groups': ['staff'] })).roles).toEqual(['staff']);
  });

  it('treats a person in no group as a citizen, and ignores unknown groups', () => {
    expect(callerFrom(event({ sub: 'u2', phone_number: '+8613900000001' }))).toEqual({ userId: 'u2', phone: '13900000001', roles: ['citizen'] });
    expect(callerFrom(event({ sub: 'u3', 'cognito:groups': ['superuser'] })).roles).toEqual(['citizen']);
  });

  it('refuses a token without a subject', () => {
    expect(() => callerFrom(event({}))).toThrow();
  });
});
