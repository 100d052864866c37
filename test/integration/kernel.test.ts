/**
 * The matter kernel runs a type it has never seen (test/support/example-matter/) exactly as it runs the
 * certificate matters: through the real adapters, against DynamoDB Local.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Platform } from '../../local/platform.js';
import { startTestPlatform } from '../support/test-platform.js';
import { itemsOf, outboxOf, tableClient } from '../support/table.js';
import { deviceLoan, type DeviceLoan } from '../support/example-matter/device-loan.js';
import { registerMatterType } from '../../functions/matters/registry.js';
import { runTransition } from '../../functions/matters/run-transition.js';
import { wire, type Deps } from '../../functions/adapters/wire.js';
import { IllegalTransitionError, NotFoundError, StaleVersionError, ValidationError } from '../../functions/shared/errors.js';
import type { Caller } from '../../functions/shared/http/caller.js';

let platform: Platform;
let deps: Deps;
const owner: Caller = { userId: 'loan-owner', phone: '13900000031', roles: ['citizen'] };
const staff: Caller = { userId: 'demo-staff-13800000101', phone: '13800000101', roles: ['staff'], district: '430105' };
const otherDistrict: Caller = { userId: 'demo-staff-13800000102', phone: '13800000102', roles: ['staff'], district: '430103' };

beforeAll(async () => {
  platform = await startTestPlatform();
  registerMatterType(deviceLoan);
  deps = wire({ table: 'readWrite' }, 'kernel test');
});
afterAll(async () => platform?.stop());

let counter = 0;
async function requested(device = 'wheelchair'): Promise<DeviceLoan> {
  const at = new Date().toISOString();
  const loan: DeviceLoan = { id: `LOAN${String(++counter).padStart(22, '0')}`, matter: 'test.deviceLoan', ownerId: owner.userId, status: 'requested', version: 1, answers: { device }, districtCode: '430105', reference: `JB-${counter}`, createdAt: at, updatedAt: at };
  await deps.matters.create(loan);
  return loan;
}

describe('a matter type the kernel has never seen', () => {
  it('lends: the guard passes, the effect sets its date, and state, timeline, audit and notice are written together', async () => {
    const loan = await requested();
    const lent = (await runTransition(deps, { id: loan.id, action: 'lend', caller: staff, expectedVersion: 1 })) as DeviceLoan;
    expect(lent).toMatchObject({ status: 'lent', version: 2 });
    expect(lent.dueBack).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(((await deps.matters.get(loan.id)) as DeviceLoan).dueBack).toBe(lent.dueBack);
    const dynamo = tableClient(platform);
    const [timeline, audit, outbox] = await Promise.all([itemsOf(dynamo, platform, loan.id, 'TL#'), itemsOf(dynamo, platform, loan.id, 'AUDIT#'), outboxOf(dynamo, platform, loan.id)]);
    expect(timeline.map((t) => t.event?.S)).toEqual(['accept']);
    expect(audit.map((a) => [a.action?.S, a.actorName?.S])).toEqual([['accept', '李敏']]);
    expect(outbox.map((o) => o.recipientUserIds?.L?.map((r) => r.S))).toEqual([[owner.userId]]);
    dynamo.destroy();
  });

  it('refuses what the guard refuses, and writes nothing', async () => {
    const loan = await requested('hoverboard');
    await expect(runTransition(deps, { id: loan.id, action: 'lend', caller: staff, expectedVersion: 1 })).rejects.toThrow(ValidationError);
    expect(await deps.matters.get(loan.id)).toMatchObject({ status: 'requested', version: 1 });
    expect(await deps.history.timeline(loan.id)).toEqual([]);
  });

  it('answers those without a part with not-found, and a part that is not the step’s with an illegal transition', async () => {
    const loan = await requested();
    await expect(runTransition(deps, { id: loan.id, action: 'lend', caller: otherDistrict, expectedVersion: 1 })).rejects.toThrow(NotFoundError);
    await expect(runTransition(deps, { id: loan.id, action: 'lend', caller: owner, expectedVersion: 1 })).rejects.toThrow(IllegalTransitionError);
    await expect(runTransition(deps, { id: loan.id, action: 'giveBack', caller: owner, expectedVersion: 1 })).rejects.toThrow(IllegalTransitionError);
  });

  it('lets exactly one of two steps on the same version through', async () => {
    const loan = await requested();
    const results = await Promise.allSettled([1, 2].map(() => runTransition(deps, { id: loan.id, action: 'lend', caller: staff, expectedVersion: 1 })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(StaleVersionError);
    const returned = await runTransition(deps, { id: loan.id, action: 'giveBack', caller: owner, expectedVersion: 2 });
    expect(returned).toMatchObject({ status: 'returned', version: 3 });
  });
});
