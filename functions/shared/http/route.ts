/**
 * The one middy stack every HTTP handler uses: language, problem+json errors, who may call, the
 * Idempotency-Key contract, and zod-validated input. Handlers stay wiring only.
 */
import middy from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import type { z } from 'zod';
import { ForbiddenError, ValidationError } from '../errors.js';
import { pickLanguage, type Language } from '../i18n.js';
import { callerFrom, type Caller, type Role } from './caller.js';
import { errorToProblem, fieldErrorsFromZod } from './problem.js';
import { idempotencyKeyMiddleware } from './idempotency.js';
import { idempotencyStore } from '../../adapters/idempotency-store.js';

type Event = APIGatewayProxyEventV2WithJWTAuthorizer;

export interface RouteInput<B, P, Q> {
  body: B;
  params: P;
  query: Q;
  lang: Language;
  event: Event;
}

export interface AuthedInput<B, P, Q> extends RouteInput<B, P, Q> {
  caller: Caller;
}

export interface JsonResult {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

interface RouteOptions<B extends z.ZodType, P extends z.ZodType, Q extends z.ZodType> {
  body?: B;
  params?: P;
  query?: Q;
  /** Creates or submits: requires an Idempotency-Key and replays the first answer. */
  idempotent?: boolean;
}

function parseOr400<T extends z.ZodType>(schema: T | undefined, value: unknown): z.infer<T> {
  if (!schema) return undefined as z.infer<T>;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(fieldErrorsFromZod(result.error));
}

function readJsonBody(event: Event): unknown {
  if (!event.body) return {};
  const text = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError([{ field: '', code: 'error.body' }]);
  }
}

function json(result: JsonResult, lang: Language): APIGatewayProxyResultV2 {
  return {
    statusCode: result.status ?? 200,
    headers: { 'content-type': 'application/json', 'content-language': lang, 'cache-control': 'no-store', ...result.headers },
    body: JSON.stringify(result.body),
  };
}

function build<B extends z.ZodType, P extends z.ZodType, Q extends z.ZodType>(
  roles: Role[] | 'public',
  options: RouteOptions<B, P, Q>,
  run: (input: AuthedInput<z.infer<B>, z.infer<P>, z.infer<Q>> & { caller: Caller | undefined }) => Promise<JsonResult>,
) {
  const handler = middy<Event, APIGatewayProxyResultV2, Error, Context>(async (event: Event) => {
    const lang = pickLanguage(event.headers?.['accept-language']);
    const caller = roles === 'public' ? undefined : callerFrom(event);
    const body = parseOr400(options.body, readJsonBody(event));
    const params = parseOr400(options.params, event.pathParameters ?? {});
    const query = parseOr400(options.query, event.queryStringParameters ?? {});
    const result = await run({ body, params, query, lang, event, caller: caller as Caller });
    return json(result, lang);
  });

  handler.use({
    before: (request) => {
      if (roles === 'public') return undefined;
      const caller = callerFrom(request.event);
      if (!caller.roles.some((r) => roles.includes(r))) throw new ForbiddenError();
      return undefined;
    },
    // onError runs in reverse order: idempotency first releases the key of a failed request, then
    // this turns the error into problem+json.
    onError: (request) => {
      request.response = errorToProblem(request.error, pickLanguage(request.event.headers?.['accept-language']));
    },
  });
  if (options.idempotent) handler.use(idempotencyKeyMiddleware(idempotencyStore()));
  return handler;
}

/** A route anyone may call (sign-in, public configuration). */
export function publicRoute<B extends z.ZodType, P extends z.ZodType, Q extends z.ZodType>(
  options: RouteOptions<B, P, Q>,
  run: (input: RouteInput<z.infer<B>, z.infer<P>, z.infer<Q>>) => Promise<JsonResult>,
) {
  return build('public', options, run);
}

/** A route for signed-in callers holding one of `roles`. */
export function authedRoute<B extends z.ZodType, P extends z.ZodType, Q extends z.ZodType>(
  roles: Role[],
  options: RouteOptions<B, P, Q>,
  run: (input: AuthedInput<z.infer<B>, z.infer<P>, z.infer<Q>>) => Promise<JsonResult>,
) {
  return build(roles, options, run);
}
