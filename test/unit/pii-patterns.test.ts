import { describe, expect, it } from 'vitest';
import { findUnmaskedNumbers } from '../support/pii-patterns.js';
import { maskSensitive } from '../../functions/shared/log.js';

describe('the personal-data scan of the logs', () => {
  it('finds ID and mobile numbers in the clear, with or without +86, inside any text', () => {
    const found = findUnmaskedNumbers('{"id":"11010519491231002X","to":"+8613900000001","b":"call 13800000101 now"}');
    expect(found.map((f) => f.kind)).toEqual(['id', 'mobile', 'mobile']);
  });

  it('passes masked numbers, timestamps, ULIDs and certificate numbers masked like ID numbers', () => {
    expect(findUnmaskedNumbers('110105********002X 139****0001 1764655200123 01KBF8Y0ZQ6H3W8H5T2M9N4P7R 110105********002X42')).toEqual([]);
  });

  it('finds nothing in what the log masker lets through', () => {
    const line = maskSensitive('{"phone":"+8613900000001","id":"11010519491231002x","other":"13800000101"}');
    expect(findUnmaskedNumbers(line)).toEqual([]);
    expect(line).toContain('+86139****0001');
  });
});
