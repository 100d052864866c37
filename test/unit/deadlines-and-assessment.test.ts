import { describe, expect, it } from 'vitest';
import { pauseClock, resumeClock, startClock, workingDaysAfter } from '../../functions/matters/deadlines.js';
import { assessmentResult } from '../../functions/certificates/assessment-steps.js';
import { allDistricts } from '../../functions/districts/district-config.js';
import { ValidationError } from '../../functions/shared/errors.js';

const kaifuRules = allDistricts.find((d) => d.code === '430105')!.rules[0]!;

describe('the clock of a matter (限时办结)', () => {
  it('counts the promised and statutory limits in working days across National Day and its make-up Saturday', () => {
    const clock = startClock(kaifuRules.timeLimits.new, '2026-09-28');
    // From Mon 28 Sep 2026: 29, 30 Sep; holiday 1–7 Oct; 8, 9, Sat 10 (make-up day), 12–16, 19–23 → the 15th is 23 Oct.
    expect(clock.promisedDue).toBe('2026-10-23');
    expect(clock.statutoryDue).toBe('2026-10-30');
    expect(clock.provisional).toBeUndefined();
  });

  it('stands still while waiting for the citizen and moves the deadline by exactly the working days paused', () => {
    const started = startClock(kaifuRules.timeLimits.new, '2026-11-02');
    const paused = pauseClock(started, '2026-11-04');
    const resumed = resumeClock(paused, '2026-11-11');
    expect(resumed.pauses).toEqual([{ from: '2026-11-04', to: '2026-11-11' }]);
    expect(started.promisedDue).toBe('2026-11-23');
    expect(resumed.promisedDue).toBe('2026-11-30');
  });

  it('gives short matters their own shorter limits', () => {
    const renewal = startClock(kaifuRules.timeLimits.renewal, '2026-11-02');
    expect(renewal.promisedDue).toBe('2026-11-03');
  });

  it('marks a deadline provisional, counting weekdays, where the holiday calendar is not published yet', () => {
    const projected = workingDaysAfter('2026-12-28', 5);
    expect(projected.provisional).toBe(true);
    expect(projected.date).toBe('2027-01-04');
  });
});

describe('recording an assessment', () => {
  const at = '2026-11-23T00:00:00Z';
  it('gives a multiple disability category 7 and the most severe grade of its components', () => {
    const result = assessmentResult([{ category: 2, grade: 3, measurement: { averageLossDb: 70 } }, { category: 4, grade: 1 }], 40, at);
    expect(result).toMatchObject({ category: 7, grade: 1, meetsStandard: true });
  });

  it('refuses a grade that does not follow from the measurement, a missing measurement, and speech under age 3', () => {
    expect(() => assessmentResult([{ category: 6, grade: 1, measurement: { whodas: 100 } }], 40, at)).toThrow(ValidationError);
    expect(() => assessmentResult([{ category: 5, grade: 2 }], 40, at)).toThrow(ValidationError);
    expect(() => assessmentResult([{ category: 3, grade: 2 }], 2, at)).toThrow(ValidationError);
    expect(assessmentResult([{ category: 5, grade: 2, measurement: { dq: 30 } }], 4, at).grade).toBe(2);
  });
});
