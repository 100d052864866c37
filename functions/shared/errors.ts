/** Typed domain errors; one middleware maps them to HTTP (functions/shared/http/problem-middleware.ts). */

export interface FieldError {
  field: string;
  code: string;
  /** The question's key in field-names.ts, when the path alone does not say which question it is. */
  key?: string;
  /** Fills `{{name}}` in the message, e.g. a date the person needs to know. */
  params?: Record<string, string>;
}

export class ValidationError extends Error {
  constructor(readonly fieldErrors: FieldError[]) {
    super('validation failed');
    this.name = 'ValidationError';
  }
}

export class UnauthorizedError extends Error {
  override name = 'UnauthorizedError';
}

/** Why a signed-in person may not do this, when telling them helps (shared/i18n.ts `forbiddenDetails`). */
export type ForbiddenReason = 'delegate.followOnly' | 'delegate.cannotInvite' | 'person.notYours';

export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
  constructor(readonly reason?: ForbiddenReason) {
    super(reason ?? 'forbidden');
  }
}

/** Missing, or not the caller's: the two are never told apart. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

export class StaleVersionError extends Error {
  constructor(readonly current: { status: string; version: number } | undefined) {
    super('stale version');
    this.name = 'StaleVersionError';
  }
}

export class RateLimitedError extends Error {
  /** `signIn`: codes ran out, and the answer says what else a person can do; `other`: just how long to wait. */
  constructor(
    readonly retryAfterSeconds: number,
    readonly kind: 'signIn' | 'other' = 'signIn',
  ) {
    super('rate limited');
    this.name = 'RateLimitedError';
  }
}

/** A body that is not JSON (text/plain, XML, a form): refused as 415. */
export class UnsupportedMediaTypeError extends Error {
  override name = 'UnsupportedMediaTypeError';
}

/** Our storage is overloaded or briefly unreachable: the caller may retry the same request later. */
export class ServiceUnavailableError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('service unavailable');
    this.name = 'ServiceUnavailableError';
  }
}

export class TooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super('too large');
    this.name = 'TooLargeError';
  }
}

export type UploadProblem = 'typeMismatch' | 'unsupportedType' | 'tooLarge' | 'notUploaded' | 'sizeMismatch';

export class UploadRejectedError extends Error {
  constructor(readonly problem: UploadProblem) {
    super(`upload rejected: ${problem}`);
    this.name = 'UploadRejectedError';
  }
}

export class IncompleteApplicationError extends Error {
  constructor(readonly fieldErrors: FieldError[]) {
    super('application incomplete');
    this.name = 'IncompleteApplicationError';
  }
}

/**
 * A refusal the domain explains in its own words, for the person's situation (why they are not
 * entitled to a benefit, 择高 included): a 400 whose every reason is a sentence in the caller's language.
 */
export class ExplainedRefusalError extends Error {
  constructor(
    readonly field: string,
    readonly reasons: (lang: 'zh-CN' | 'en') => string[],
  ) {
    super('refused with reasons');
    this.name = 'ExplainedRefusalError';
  }
}

/** The action is not one this matter's status (or the caller's part in it) allows: 409. */
export class IllegalTransitionError extends Error {
  constructor(
    readonly action: string,
    readonly from: string,
  ) {
    super(`${action} is not allowed from ${from}`);
    this.name = 'IllegalTransitionError';
  }
}
