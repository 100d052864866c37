/**
 * No validation library's own words ever reach a person. Every schema names its messages as codes
 * (`error.required`, or `error.required@rejectReason` where the path does not say which question it is);
 * whatever a schema leaves unnamed gets a code here, by the kind of problem. Imported by every module
 * that defines shared schemas, so it is in force wherever they are parsed: in the handlers and in the
 * browser's forms alike.
 */
import * as z from 'zod';

type RawIssue = Parameters<z.core.$ZodErrorMap>[0];

export function codeForIssue(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'boolean') return 'error.choose';
      if (issue.expected === 'number' && issue.input !== undefined && issue.input !== null) return 'error.number';
      return 'error.required';
    case 'invalid_value':
    case 'invalid_union':
    case 'invalid_key':
      return 'error.choose';
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set') return 'error.choose';
      if (issue.origin === 'string' && Number(issue.minimum) > 1) return 'error.tooShort';
      return issue.origin === 'string' ? 'error.required' : 'error.number';
    case 'too_big':
      if (issue.origin === 'array' || issue.origin === 'set') return 'error.tooMany';
      return issue.origin === 'string' ? 'error.tooLong' : 'error.number';
    case 'invalid_format':
      return 'error.format';
    case 'not_multiple_of':
      return 'error.number';
    case 'unrecognized_keys':
      return 'error.unknownField';
    default:
      return 'error.required';
  }
}

z.config({ customError: (issue) => codeForIssue(issue) });
