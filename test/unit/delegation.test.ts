/** When a delegation is in force, and what it lets a relative do: pure rules, read on every request. */
import { describe, expect, it } from 'vitest';
import { currentState, partsOfScopes, type Delegation } from '../../functions/family/delegation.js';
import { comingOfAge } from '../../functions/family/grantors.js';
import { inviteBody } from '../../functions/family/schemas.js';

const base: Delegation = {
  id: 'd1',
  personKey: 'k',
  personId: 'p',
  personName: '王建国',
  grantor: { kind: 'person', userId: 'u' },
  source: 'online',
  delegateName: '李娜',
  relationship: 'daughter',
  delegatePhone: '13700000001',
  delegateUserId: 'v',
  scopes: ['follow'],
  status: 'active',
  consentVersion: '2026-01',
  createdAt: '2026-01-01T00:00:00.000Z',
  version: 2,
};
const at = (date: string) => [new Date(`${date}T12:00:00+08:00`), date] as const;

describe('a delegation', () => {
  it('ends on its chosen date: the day before is the last day of access', () => {
    const d = { ...base, endsOn: '2026-06-01' };
    expect(currentState(d, ...at('2026-05-31'))).toEqual({ state: 'active' });
    expect(currentState(d, ...at('2026-06-01'))).toEqual({ state: 'ended', reason: 'expired' });
  });

  it('given by a guardian for a minor, ends on the 18th birthday, before a later chosen date', () => {
    const d = { ...base, grantor: { kind: 'guardian' as const, userId: 'g' }, comesOfAgeOn: '2027-03-03', endsOn: '2030-01-01' };
    expect(currentState(d, ...at('2027-03-02')).state).toBe('active');
    expect(currentState(d, ...at('2027-03-03'))).toEqual({ state: 'ended', reason: 'cameOfAge' });
    expect(comingOfAge('2009-03-03', '2027-03-02')).toBe('2027-03-03');
    expect(comingOfAge('2009-03-03', '2027-03-03')).toBeUndefined();
  });

  it('is an invitation until accepted, and over when the invitation expires', () => {
    const d: Delegation = { ...base, status: 'invited', inviteExpiresAt: '2026-01-08T00:00:00.000Z' };
    expect(currentState(d, new Date('2026-01-07T23:59:59.000Z'), '2026-01-08').state).toBe('invited');
    expect(currentState(d, new Date('2026-01-08T00:00:00.000Z'), '2026-01-08')).toEqual({ state: 'ended', reason: 'expired' });
  });

  it('lets a relative see when they follow, act as the applicant when they act, and nothing for messages alone', () => {
    expect(partsOfScopes(['follow'])).toEqual(['delegate']);
    expect(partsOfScopes(['follow', 'act'])).toEqual(['delegate', 'applicant']);
    expect(partsOfScopes(['receive'])).toEqual([]);
  });

  it('cannot be asked to act without following', () => {
    const body = { delegatePhone: '13700000001', delegateName: '李娜', relationship: 'daughter', agreed: true };
    expect(inviteBody.safeParse({ ...body, scopes: ['act'] }).success).toBe(false);
    expect(inviteBody.safeParse({ ...body, scopes: ['act', 'follow', 'follow'] }).data?.scopes).toEqual(['act', 'follow']);
    expect(inviteBody.safeParse({ ...body, scopes: [] }).success).toBe(false);
    expect(inviteBody.safeParse({ ...body, scopes: ['follow'], agreed: false }).success).toBe(false);
  });
});
