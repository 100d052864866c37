/**
 * Real-name verification (实名核验). The stand-in used here compares the name with the names on our own
 * records of that ID number (matters and card); a provincial verification service plugs in behind the
 * same port (family/ports.ts RealNameCheck) where a federation has one.
 */
import type { RealNameCheck } from '../family/ports.js';
import { personRecords, type RecordsDeps } from '../family/records.js';
import { normaliseName } from '../domain/person-name.js';

export function recordsRealNameCheck(matters: RecordsDeps['matters'], people: RecordsDeps['people'], certificates: RecordsDeps['certificates']): RealNameCheck {
  return {
    async matches(idNumber, name) {
      const { names } = await personRecords({ matters, people, certificates }, idNumber);
      return names.includes(normaliseName(name));
    },
  };
}
