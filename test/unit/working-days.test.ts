import { describe, expect, it } from 'vitest';
import { CalendarNotPublishedError, chineseCalendar, deadline, workingDaysLeft } from '../../functions/domain/working-days.js';

describe('working-day time limits on the Chinese calendar', () => {
  it('skips the National Day holiday and counts the make-up Saturday (2026-10-10) as a working day', () => {
    // Received Wednesday 30 September 2026; 1–7 October are holidays, Saturday 10 October is worked.
    expect(deadline('2026-09-30', 1, chineseCalendar)).toBe('2026-10-08');
    expect(deadline('2026-09-30', 3, chineseCalendar)).toBe('2026-10-10');
    expect(deadline('2026-09-30', 5, chineseCalendar)).toBe('2026-10-13');
  });

  it('gives a plain five-working-day notice period over an ordinary weekend', () => {
    expect(deadline('2026-11-20', 5, chineseCalendar)).toBe('2026-11-27');
  });

  it('stops the clock while the matter waits for the applicant', () => {
    const withoutPause = deadline('2026-11-02', 10, chineseCalendar);
    const withPause = deadline('2026-11-02', 10, chineseCalendar, [{ from: '2026-11-04', to: '2026-11-11' }]);
    expect(withoutPause).toBe('2026-11-16');
    // Five working days (4, 5, 6, 9, 10 November) were spent waiting: the deadline moves by five working days.
    expect(withPause).toBe('2026-11-23');
  });

  it('counts working days left, and negative once overdue', () => {
    expect(workingDaysLeft('2026-09-30', '2026-10-10', chineseCalendar)).toBe(3);
    // 9, 10 (the make-up Saturday), 12 and 13 October have passed since the deadline.
    expect(workingDaysLeft('2026-10-13', '2026-10-08', chineseCalendar)).toBe(-4);
    expect(workingDaysLeft('2026-10-08', '2026-10-08', chineseCalendar)).toBe(0);
  });

  it('refuses to guess a year whose holidays are not published yet', () => {
    expect(() => deadline('2027-12-20', 30, { ...chineseCalendar, covers: (y) => y <= 2026 })).toThrow(CalendarNotPublishedError);
  });
});
