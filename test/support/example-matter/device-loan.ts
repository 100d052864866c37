/**
 * A matter type that exists only for the tests: lending an assistive device (辅具借用). Three statuses,
 * one guard, one effect, and nothing else — to show that a type is one folder on the kernel and touches
 * no certificate file. See docs/architecture.md, "Adding a matter type".
 */
import type { MatterRecord } from '../../../functions/matters/matter.js';
import type { MatterType } from '../../../functions/matters/matter-type.js';
import { workingDaysAfter } from '../../../functions/matters/deadlines.js';
import { ValidationError } from '../../../functions/shared/errors.js';

export const LOAN_STATUSES = ['requested', 'lent', 'returned'] as const;
type LoanStatus = (typeof LOAN_STATUSES)[number];

export interface DeviceLoan extends MatterRecord<LoanStatus> {
  matter: 'test.deviceLoan';
  answers: { device: string };
  /** Set by the effect of lending. */
  dueBack?: string;
}

/** What the district has on its shelf. */
export const IN_STOCK = ['wheelchair', 'walkingFrame'];

export const deviceLoan: MatterType<DeviceLoan, unknown> = {
  name: 'test.deviceLoan',
  statuses: LOAN_STATUSES,
  openStatuses: ['requested', 'lent'],
  transitions: {
    lend: {
      from: ['requested'],
      to: 'lent',
      by: 'staff',
      event: 'accept',
      guard({ matter }) {
        if (!IN_STOCK.includes(matter.answers.device)) throw new ValidationError([{ field: 'device', code: 'error.choose' }]);
      },
      effect: ({ today }) => {
        const dueBack = workingDaysAfter(today, 20).date;
        return { set: { dueBack }, params: { dueBack } };
      },
    },
    giveBack: { from: ['lent'], to: 'returned', by: 'owner', event: 'withdrawn' },
  },
};
