import type { APIGatewayProxyResultV2 } from 'aws-lambda';
import { ZodError } from 'zod';
import {
  IdempotencyAlreadyInProgressError,
  IdempotencyKeyError,
  IdempotencyValidationError,
} from '@aws-lambda-powertools/idempotency';
import {
  ExplainedRefusalError,
  ForbiddenError,
  IllegalTransitionError,
  IncompleteApplicationError,
  NotFoundError,
  RateLimitedError,
  ServiceUnavailableError,
  StaleVersionError,
  TooLargeError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
  UploadRejectedError,
  ValidationError,
  type FieldError,
} from '../errors.js';
import { splitMessage, translateFieldError, type Language } from '../i18n.js';
import { forbiddenDetails, problemTitles, rateLimitedDetail, uploadProblemDetails } from '../problem-titles.js';
import { logEvent } from '../log.js';
import { SeatTakenError } from '../../booking/booking.js';

/** Every API answer, problems included: personal data is never cached or sniffed into another type. */
export const API_RESPONSE_HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' } as const;

export type ProblemType = keyof (typeof problemTitles)['en'];

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { field: string; pointer: string; code: string; detail: string }[];
  current?: { status: string; version: number };
  /** The next free seats, when the one asked for was just taken. */
  alternatives?: unknown[];
}

/** Each zod issue as a field error: its path, its code, and the question's key when the schema named one. */
export function fieldErrorsFromZod(error: ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    const field = issue.path.map(String).join('.');
    const { code, key } = splitMessage(issue.message.startsWith('error.') ? issue.message : 'error.required');
    // A key the form does not have is named itself, so the message can say which.
    if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => ({ field: field ? `${field}.${k}` : k, code, key: k }));
    if (!field && code !== 'error.body') return [{ field, code: 'error.body' }];
    return [{ field, code, ...(key ? { key } : {}) }];
  });
}

export function problemResponse(
  status: number,
  type: ProblemType,
  lang: Language,
  extra: Partial<Problem> = {},
  headers: Record<string, string> = {},
): APIGatewayProxyResultV2 {
  const body: Problem = { type: `/problems/${type}`, title: problemTitles[lang][type]!, status, ...extra };
  return {
    statusCode: status,
    headers: { 'content-type': 'application/problem+json', 'content-language': lang, ...API_RESPONSE_HEADERS, ...headers },
    body: JSON.stringify(body),
  };
}

function withDetails(errors: FieldError[], lang: Language): NonNullable<Problem['errors']> {
  return errors.map((e) => ({
    field: e.field,
    pointer: `/${e.field.replaceAll('.', '/')}`,
    code: e.code,
    detail: translateFieldError({ code: e.code, field: e.field, ...(e.key ? { key: e.key } : {}), ...(e.params ? { params: e.params } : {}) }, lang),
  }));
}

const TRANSIENT_RETRY_SECONDS = 5;
const TRANSIENT_CANCELLATIONS = new Set(['ThrottlingError', 'TransactionConflict', 'ProvisionedThroughputExceeded', 'RequestLimitExceeded']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN']);
const THROTTLING_NAMES = new Set(['ProvisionedThroughputExceededException', 'ThrottlingException', 'Throttling', 'RequestLimitExceeded', 'SlowDown', 'TooManyRequestsException', 'ServiceUnavailable', 'InternalServerError', 'RequestTimeout']);

/**
 * A fault of our storage that passes (throttling, a transaction conflict, a 5xx, the network), left
 * after the SDK's own retries: the caller can send the same request again, with the same key.
 */
export function isTransientAwsError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { name?: string; code?: string; $fault?: string; $retryable?: unknown; CancellationReasons?: { Code?: string }[] };
  if (e.name === 'TransactionCanceledException') return (e.CancellationReasons ?? []).some((r) => TRANSIENT_CANCELLATIONS.has(r.Code ?? ''));
  return THROTTLING_NAMES.has(e.name ?? '') || e.$retryable !== undefined || e.$fault === 'server' || e.name === 'TimeoutError' || NETWORK_CODES.has(e.code ?? '');
}


/** The single place where errors become HTTP answers. Unknown errors are logged and never described. */
export function errorToProblem(error: unknown, lang: Language): APIGatewayProxyResultV2 {
  if (error instanceof ZodError) return problemResponse(400, 'validation', lang, { errors: withDetails(fieldErrorsFromZod(error), lang) });
  if (error instanceof ValidationError) return problemResponse(400, 'validation', lang, { errors: withDetails(error.fieldErrors, lang) });
  if (error instanceof IncompleteApplicationError)
    return problemResponse(400, 'incomplete-application', lang, { errors: withDetails(error.fieldErrors, lang) });
  if (error instanceof ExplainedRefusalError) {
    const reasons = error.reasons(lang);
    const pointer = `/${error.field.replaceAll('.', '/')}`;
    return problemResponse(400, 'not-entitled', lang, { detail: reasons.join(' '), errors: reasons.map((detail) => ({ field: error.field, pointer, code: 'error.benefit.notEntitled', detail })) });
  }
  if (error instanceof UnauthorizedError) return problemResponse(401, 'unauthorized', lang);
  if (error instanceof ForbiddenError) return problemResponse(403, 'forbidden', lang, error.reason ? { detail: forbiddenDetails[lang][error.reason] } : {});
  if (error instanceof NotFoundError) return problemResponse(404, 'not-found', lang);
  if (error instanceof StaleVersionError) return problemResponse(409, 'stale-version', lang, error.current ? { current: error.current } : {});
  if (error instanceof IllegalTransitionError) return problemResponse(409, 'invalid-transition', lang);
  if (error instanceof SeatTakenError) return problemResponse(409, 'seat-taken', lang, { alternatives: error.alternatives });
  if (error instanceof IdempotencyAlreadyInProgressError) return problemResponse(409, 'request-in-progress', lang, {}, { 'retry-after': '1' });
  if (error instanceof IdempotencyValidationError) return problemResponse(422, 'idempotency-key-reused', lang);
  if (error instanceof IdempotencyKeyError) return problemResponse(400, 'idempotency-key-missing', lang);
  if (error instanceof TooLargeError) return problemResponse(413, 'too-large', lang, { detail: `${error.maxBytes}` });
  if (error instanceof UploadRejectedError)
    return problemResponse(422, 'upload-rejected', lang, { detail: uploadProblemDetails[lang][error.problem]!, errors: [{ field: 'file', pointer: '/file', code: error.problem, detail: uploadProblemDetails[lang][error.problem]! }] });
  if (error instanceof RateLimitedError)
    return problemResponse(429, 'rate-limited', lang, { detail: rateLimitedDetail(lang, error.retryAfterSeconds, error.kind) }, { 'retry-after': String(error.retryAfterSeconds) });
  if (error instanceof UnsupportedMediaTypeError) return problemResponse(415, 'unsupported-media-type', lang);
  const unavailable = error instanceof ServiceUnavailableError ? error.retryAfterSeconds : isTransientAwsError(error) ? TRANSIENT_RETRY_SECONDS : undefined;
  if (unavailable !== undefined) {
    logEvent('warn', 'storage unavailable', { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    return problemResponse(503, 'unavailable', lang, {}, { 'retry-after': String(unavailable) });
  }
  logEvent('error', 'unhandled error', { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error), stack: error instanceof Error ? error.stack : undefined });
  return problemResponse(500, 'internal', lang);
}
