/**
 * The one middy stack every HTTP handler uses, configured by the handler's entry in the route table
 * (functions/routes.ts) and by nothing else: language, problem+json errors, safe response headers,
 * strict input (JSON only, valid UTF-8, the route's zod schemas), who may call — checked against the
 * stored profile, so a role taken away stops working on the next request — the Idempotency-Key contract
 * when the route is idempotent, and the adapters its `needs` declare. Handlers stay wiring only.
 */
import middy from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import type { z } from 'zod';
import { ForbiddenError, ValidationError } from '../errors.js';
import { pickLanguage, type Language } from '../i18n.js';
import { callerFrom, type Caller } from './caller.js';
import { API_RESPONSE_HEADERS, errorToProblem, fieldErrorsFromZod } from './problem.js';
import { idempotencyKeyMiddleware } from './idempotency.js';
import { readJsonBody } from './request-body.js';
import { withCallerFromProfile } from './stored-roles.js';
import { routeTable, type RouteKey, type RouteSpec } from '../../routes.js';
import { wire, type Deps } from '../../adapters/wire.js';
import { idempotencyStore } from '../../adapters/idempotency-store.js';
import { storedProfiles } from '../../adapters/stored-profiles.js';

type Event = APIGatewayProxyEventV2WithJWTAuthorizer;
type Spec<K extends RouteKey> = (typeof routeTable)[K];
type Parsed<S, F extends string> = S extends { [P in F]: infer Z extends z.ZodType } ? z.output<Z> : undefined;

/** What a handler is given: its route's input, parsed; who calls (for a signed-in route); its adapters. */
export interface HandlerInput<K extends RouteKey> {
  body: Parsed<Spec<K>, 'body'>;
  params: Parsed<Spec<K>, 'params'>;
  query: Parsed<Spec<K>, 'query'>;
  caller: Spec<K>['access'] extends 'public' ? undefined : Caller;
  deps: Deps;
  lang: Language;
  event: Event;
}

export interface JsonResult {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** A handler made by `routeHandler`, carrying the key of the route it was made for. */
export type RouteHandler = ReturnType<typeof middy<Event, APIGatewayProxyResultV2, Error, Context>> & { routeKey: RouteKey };

function parseOr400(schema: z.ZodType | undefined, value: unknown): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(fieldErrorsFromZod(result.error));
}

export function routeHandler<K extends RouteKey>(key: K, run: (input: HandlerInput<K>) => Promise<JsonResult>): RouteHandler {
  const spec: RouteSpec = routeTable[key];
  const deps = wire(spec.needs, key);
  const parsed = new WeakMap<Event, Omit<HandlerInput<K>, 'deps' | 'event'>>();

  const handler = middy<Event, APIGatewayProxyResultV2, Error, Context>(async (event: Event) => {
    const input = parsed.get(event)!;
    const result = await run({ ...input, deps, event });
    return {
      statusCode: result.status ?? 200,
      headers: { 'content-type': 'application/json', 'content-language': input.lang, ...API_RESPONSE_HEADERS, ...result.headers },
      body: JSON.stringify(result.body),
    };
  });

  handler.use({
    // Input is checked before the idempotency key is taken, so a malformed request never holds a key.
    before: async (request) => {
      const event = request.event;
      let caller: Caller | undefined;
      if (spec.access !== 'public') {
        caller = await withCallerFromProfile(callerFrom(event), storedProfiles());
        const allowed = spec.access;
        if (!caller.roles.some((r) => allowed.includes(r))) throw new ForbiddenError();
      }
      parsed.set(event, {
        lang: pickLanguage(event.headers?.['accept-language']),
        caller: caller as HandlerInput<K>['caller'],
        body: parseOr400(spec.body, readJsonBody(event, spec.body !== undefined)) as HandlerInput<K>['body'],
        params: parseOr400(spec.params, event.pathParameters ?? {}) as HandlerInput<K>['params'],
        query: parseOr400(spec.query, event.queryStringParameters ?? {}) as HandlerInput<K>['query'],
      });
      return undefined;
    },
    // onError runs in reverse order: idempotency first releases the key of a failed request, then
    // this turns the error into problem+json.
    onError: (request) => {
      request.response = errorToProblem(request.error, pickLanguage(request.event.headers?.['accept-language']));
    },
  });
  if (spec.idempotent) handler.use(idempotencyKeyMiddleware(idempotencyStore()));
  return Object.assign(handler, { routeKey: key });
}
