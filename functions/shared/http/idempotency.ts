/**
 * The IETF Idempotency-Key contract on top of Powertools' idempotency middleware. Two gaps of the
 * middleware are closed here: a request that loses the race for a key waits for the winner's answer
 * and replays it (so twenty concurrent retries all get the same receipt), and a request refused by
 * the middleware itself (in progress, or a different body) must not delete the winner's record.
 */
import type middy from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { IDEMPOTENCY_KEY } from '@aws-lambda-powertools/commons';
import { IdempotencyAlreadyInProgressError, IdempotencyConfig } from '@aws-lambda-powertools/idempotency';
import { makeHandlerIdempotent } from '@aws-lambda-powertools/idempotency/middleware';
import type { BasePersistenceLayer } from '@aws-lambda-powertools/idempotency/persistence';
import { problemResponse } from './problem.js';
import { pickLanguage } from '../i18n.js';

const KEY_SHAPE = /^[\w\-:.]{8,128}$/;
const WAIT_STEP_MS = 100;
const MAX_WAIT_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function idempotencyKeyMiddleware(persistenceStore: BasePersistenceLayer): middy.MiddlewareObj<APIGatewayProxyEventV2> {
  const inner = makeHandlerIdempotent({
    persistenceStore,
    config: new IdempotencyConfig({
      // Scoped to the route, the object and the caller: one person's key never answers for another.
      eventKeyJmesPath: '[requestContext.routeKey, rawPath, requestContext.authorizer.jwt.claims.sub, headers."idempotency-key"]',
      payloadValidationJmesPath: 'body',
      throwOnNoIdempotencyKey: true,
      expiresAfterSeconds: 24 * 60 * 60,
    }),
  }) as Required<middy.MiddlewareObj<APIGatewayProxyEventV2>>;

  return {
    before: async (request) => {
      const key = request.event.headers?.['idempotency-key'];
      if (!key || !KEY_SHAPE.test(key)) {
        return problemResponse(400, 'idempotency-key-missing', pickLanguage(request.event.headers?.['accept-language']));
      }
      for (let waited = 0; ; waited += WAIT_STEP_MS) {
        try {
          return await inner.before(request);
        } catch (error) {
          if (error instanceof IdempotencyAlreadyInProgressError && waited < MAX_WAIT_MS) {
            await sleep(WAIT_STEP_MS);
            continue;
          }
          (request.internal as Record<string, unknown>)[`${IDEMPOTENCY_KEY}.skip`] = true;
          throw error;
        }
      }
    },
    after: inner.after,
    onError: inner.onError,
  };
}
