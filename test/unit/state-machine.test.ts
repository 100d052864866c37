import { describe, expect, it } from 'vitest';
import {
  APPLICATION_STATUSES,
  IllegalTransitionError,
  MACHINES,
  TRANSITIONS,
  availableActions,
  nextStatus,
  type ApplicationAction,
  type ApplicationStatus,
  type Matter,
} from '../support/certificate-transitions.js';

const legal: [ApplicationStatus, ApplicationAction, 'citizen' | 'staff', ApplicationStatus][] = [
  ['draft', 'submit', 'citizen', 'submitted'],
  ['submitted', 'requestCorrection', 'staff', 'awaiting_correction'],
  ['awaiting_correction', 'resubmit', 'citizen', 'submitted'],
  ['submitted', 'accept', 'staff', 'accepted'],
  ['accepted', 'scheduleAssessment', 'staff', 'assessment_scheduled'],
  ['assessment_scheduled', 'recordAssessment', 'staff', 'assessed'],
  ['assessment_scheduled', 'recordNotMeetingStandard', 'staff', 'rejected'],
  ['assessed', 'startNotice', 'staff', 'public_notice'],
  ['assessed', 'skipNoticeForMinor', 'staff', 'under_review'],
  ['public_notice', 'endNotice', 'staff', 'under_review'],
  ['under_review', 'approve', 'staff', 'approved'],
  ['under_review', 'reject', 'staff', 'rejected'],
  ['approved', 'produceCard', 'staff', 'card_produced'],
  ['card_produced', 'ship', 'staff', 'shipped'],
  ['card_produced', 'readyForPickup', 'staff', 'ready_for_pickup'],
  ['shipped', 'confirmDelivery', 'staff', 'completed'],
  ['ready_for_pickup', 'confirmPickup', 'staff', 'completed'],
  ['completed', 'rate', 'citizen', 'rated'],
  ['under_review', 'withdraw', 'citizen', 'withdrawn'],
];

describe('new-certificate state machine', () => {
  it.each(legal)('from %s, %s by %s leads to %s', (from, action, actor, to) => {
    expect(nextStatus(from, action, actor)).toBe(to);
  });

  it('refuses every action from a status the table does not list, for every status', () => {
    let refused = 0;
    for (const status of APPLICATION_STATUSES) {
      for (const action of Object.keys(TRANSITIONS) as ApplicationAction[]) {
        const t = TRANSITIONS[action];
        if ((t.from as readonly string[]).includes(status)) continue;
        expect(() => nextStatus(status, action, t.by)).toThrow(IllegalTransitionError);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(200);
  });

  it('refuses a staff action taken by a citizen and a citizen action taken by staff', () => {
    expect(() => nextStatus('under_review', 'approve', 'citizen')).toThrow(IllegalTransitionError);
    expect(() => nextStatus('draft', 'submit', 'staff')).toThrow(IllegalTransitionError);
  });

  it('lets the applicant withdraw before approval but not after', () => {
    expect(availableActions('public_notice', 'citizen')).toContain('withdraw');
    for (const late of ['approved', 'card_produced', 'shipped', 'completed', 'rejected', 'withdrawn'] as const) {
      expect(availableActions(late, 'citizen')).not.toContain('withdraw');
    }
  });

  it('offers a draft only "submit" to the citizen', () => {
    expect(availableActions('draft', 'citizen')).toEqual(['submit']);
  });
});

const cardOnly: [ApplicationStatus, ApplicationAction, 'citizen' | 'staff', ApplicationStatus][] = [
  ['draft', 'submit', 'citizen', 'submitted'],
  ['submitted', 'requestCorrection', 'staff', 'awaiting_correction'],
  ['awaiting_correction', 'resubmit', 'citizen', 'submitted'],
  ['submitted', 'accept', 'staff', 'accepted'],
  ['accepted', 'approve', 'staff', 'approved'],
  ['accepted', 'reject', 'staff', 'rejected'],
  ['approved', 'produceCard', 'staff', 'card_produced'],
  ['card_produced', 'ship', 'staff', 'shipped'],
  ['card_produced', 'readyForPickup', 'staff', 'ready_for_pickup'],
  ['shipped', 'confirmDelivery', 'staff', 'completed'],
  ['ready_for_pickup', 'confirmPickup', 'staff', 'completed'],
  ['completed', 'rate', 'citizen', 'rated'],
  ['accepted', 'withdraw', 'citizen', 'withdrawn'],
];

const cancellation: [ApplicationStatus, ApplicationAction, 'citizen' | 'staff', ApplicationStatus][] = [
  ['draft', 'submit', 'citizen', 'submitted'],
  ['submitted', 'requestCorrection', 'staff', 'awaiting_correction'],
  ['awaiting_correction', 'resubmit', 'citizen', 'submitted'],
  ['submitted', 'accept', 'staff', 'accepted'],
  ['accepted', 'approve', 'staff', 'completed'],
  ['accepted', 'reject', 'staff', 'rejected'],
  ['completed', 'rate', 'citizen', 'rated'],
  ['submitted', 'withdraw', 'citizen', 'withdrawn'],
];

const tables: [Matter, typeof legal][] = [
  ['new', legal],
  ['change', legal],
  ['renewal', cardOnly],
  ['damaged', cardOnly],
  ['reissue', cardOnly],
  ['cancellation', cancellation],
];

describe.each(tables)('the %s matter', (matter, table) => {
  it.each(table)('from %s, %s by %s leads to %s', (from, action, actor, to) => {
    expect(nextStatus(from, action, actor, matter)).toBe(to);
  });

  it('refuses every other (status, action, actor) combination', () => {
    const allowed = new Set(Object.entries(MACHINES[matter]).flatMap(([action, t]) => t!.from.map((from) => `${from}/${action}/${t!.by}`)));
    let refused = 0;
    for (const status of APPLICATION_STATUSES) {
      for (const action of Object.keys(TRANSITIONS) as ApplicationAction[]) {
        for (const actor of ['citizen', 'staff'] as const) {
          if (allowed.has(`${status}/${action}/${actor}`)) continue;
          expect(() => nextStatus(status, action, actor, matter), `${status}/${action}/${actor}`).toThrow(IllegalTransitionError);
          refused++;
        }
      }
    }
    expect(refused).toBeGreaterThan(500);
  });
});

describe('the short matters', () => {
  it('never assess or publicly notice a renewal, a damaged-card renewal, a reissue or a cancellation', () => {
    for (const matter of ['renewal', 'damaged', 'reissue', 'cancellation'] as const) {
      for (const status of APPLICATION_STATUSES) {
        expect(availableActions(status, 'staff', matter)).not.toContain('scheduleAssessment');
        expect(availableActions(status, 'staff', matter)).not.toContain('startNotice');
      }
    }
  });

  it('produces no card when a cancellation is approved', () => {
    expect(nextStatus('accepted', 'approve', 'staff', 'cancellation')).toBe('completed');
    expect(() => nextStatus('approved', 'produceCard', 'staff', 'cancellation')).toThrow(IllegalTransitionError);
  });
});
