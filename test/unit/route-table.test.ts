/**
 * Route details are written once, in the route table: every handler module is made by `routeHandler`
 * for its own route, so roles, schemas, the idempotent flag and needs come from the table and nowhere
 * else; and no handler reaches for adapters the table does not give it.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes, routeTable, type RouteKey } from '../../functions/routes.js';

beforeAll(() => {
  // Configuration is read when a handler first uses an adapter; these make importing them safe.
  Object.assign(process.env, { STAGE: 'local', TABLE_NAME: 'route-table-test', DOCUMENTS_BUCKET: 'route-table-test' });
});

describe('the route table', () => {
  it.each(routes.map((r) => [`${r.method} ${r.path}`, r.handler] as const))('%s is served by a handler made for exactly that route', async (key, handler) => {
    const path = new URL(`../../functions/${handler}.ts`, import.meta.url).href;
    const module = (await import(/* @vite-ignore */ path)) as { handler: { routeKey?: RouteKey } };
    expect(module.handler.routeKey).toBe(key);
  });

  it('gives every route its own handler module', () => {
    const modules = routes.map((r) => r.handler);
    expect(new Set(modules).size).toBe(modules.length);
  });

  it.each(routes.map((r) => [r.handler] as const))('%s declares no roles, schemas or flags of its own and wires no adapters itself', (handler) => {
    const source = readFileSync(`functions/${handler}.ts`, 'utf8');
    expect(source).toMatch(/routeHandler\('/);
    expect(source).not.toMatch(/\bauthedRoute\b|\bpublicRoute\b|idempotent\s*:|access\s*:/);
    expect(source).not.toMatch(/from '\.\.\/adapters\/(?!local-message-sink)/);
    expect(source.split('\n').length).toBeLessThan(60);
  });

  it('keeps a body schema on every route that writes, except those that carry only their path', () => {
    const bodiless = Object.entries(routeTable).filter(([key, spec]) => !key.startsWith('GET') && !('body' in spec)).map(([key]) => key);
    expect(bodiless.sort()).toEqual(
      [
        'DELETE /api/applications/{id}/documents/{documentId}',
        'DELETE /api/applications/{id}/waiting-list/{sessionId}',
        'DELETE /api/session-templates/{institutionId}/{templateId}',
        'POST /api/admin/failed-notices/{id}/replay',
        'POST /api/applications/{id}/documents/{documentId}/confirm',
        'POST /api/auth/refresh',
        'POST /api/delegations/{id}/confirm',
        'POST /api/delegations/{id}/end',
        'POST /api/staff/applications/{id}/delegation-papers/{documentId}/confirm',
      ].sort(),
    );
  });
});
