/**
 * Checks an assessment record against the grading thresholds (domain.md §2), so a grade that does not
 * follow from the measurement is caught before it is stored. Grade 1 is the most severe. Physical,
 * speech and multiple disability are graded from the standard's descriptive tables, not a single
 * number, so only their rules that are numbers are here (speech: not under age 3; multiple: the most
 * severe component).
 */

export type Measurement =
  | { category: 1; bestCorrectedAcuity: number }
  | { category: 2; averageLossDb: number }
  | { category: 5; iq: number; ageYears: number }
  | { category: 5; dq: number; ageYears: number }
  | { category: 6; whodas: number };

/** The grade a measurement implies, or null when it does not meet the standard for any grade. */
export function gradeFor(m: Measurement): 1 | 2 | 3 | 4 | null {
  const band = (value: number, bounds: [number, number, number, number], higherIsWorse: boolean): 1 | 2 | 3 | 4 | null => {
    for (let i = 0; i < 4; i++) {
      const hit = higherIsWorse ? value >= bounds[i]! : value < bounds[i]!;
      if (hit) return (i + 1) as 1 | 2 | 3 | 4;
    }
    return null;
  };
  switch (m.category) {
    case 1:
      return band(m.bestCorrectedAcuity, [0.02, 0.05, 0.1, 0.3], false);
    case 2:
      return band(m.averageLossDb, [91, 81, 61, 41], true);
    case 5:
      if ('iq' in m) return m.ageYears >= 7 ? band(m.iq, [20, 35, 50, 70], false) : null;
      return m.ageYears < 7 ? band(m.dq, [26, 40, 55, 76], false) : null;
    case 6:
      return band(m.whodas, [116, 106, 96, 52], true);
  }
}

/** Speech disability is not graded under age 3. */
export function speechGradable(ageYears: number): boolean {
  return ageYears >= 3;
}

/** For multiple disability the card carries the most severe component grade. */
export function cardGrade(componentGrades: (1 | 2 | 3 | 4)[]): 1 | 2 | 3 | 4 {
  if (componentGrades.length === 0) throw new Error('at least one component');
  return Math.min(...componentGrades) as 1 | 2 | 3 | 4;
}
