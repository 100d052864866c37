import * as z from 'zod';
import type { Route } from '../routes.js';

const problem = {
  description: 'RFC 9457 problem details, title in the language of Accept-Language (zh-CN default, en)',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

/** OpenAPI 3.1 generated from the route table and the same zod schemas the handlers validate with. */
export function openApiDocument(routes: Route[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const pathParams = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    const operation = {
      summary: route.summary,
      operationId: route.handler.split('/').pop()!.replace(/-handler$/, ''),
      ...(route.access === 'public' ? { security: [] } : { 'x-roles': route.access }),
      parameters: [
        ...pathParams.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
        ...(route.idempotent ? [{ name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', minLength: 8, maxLength: 128 } }] : []),
        { name: 'Accept-Language', in: 'header', required: false, schema: { type: 'string', enum: ['zh-CN', 'en'] } },
      ],
      ...(route.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(route.body, { io: 'input', unrepresentable: 'any' }) } } } }
        : {}),
      responses: {
        '200': { description: 'OK' },
        '400': problem,
        ...(route.access === 'public' ? {} : { '401': problem, '403': problem, '404': problem }),
        ...(route.idempotent ? { '409': problem, '422': problem } : {}),
      },
    };
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'OneVisit (一次办) API', version: '0.1.0' },
    components: {
      securitySchemes: { jwt: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            errors: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, pointer: { type: 'string' }, code: { type: 'string' }, detail: { type: 'string' } } } },
          },
        },
      },
    },
    security: [{ jwt: [] }],
    paths,
  };
}
