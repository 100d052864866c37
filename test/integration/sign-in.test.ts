import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Platform } from '../../local/platform.js';
import { latestCode, request, signIn, sinkMessages, startTestPlatform } from '../support/test-platform.js';

let platform: Platform;

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => platform?.stop());

describe('sign-in with an SMS code', () => {
  it('sends the code to the message sink and signs in with claims shaped like Cognito’s', async () => {
    const client = await signIn(platform, '13900000081');
    const [, payload] = client.token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    expect(claims).toMatchObject({ phone_number: '+8613900000081', 'cognito:groups': ['citizen'], token_use: 'id' });
    expect(claims.sub).toMatch(/^[0-9A-Z]{26}$/);
    expect(claims.exp - claims.iat).toBe(30 * 60);
    const me = await client.call('GET', '/me');
    expect(me.body.profile).toMatchObject({ phoneMasked: '139****0081', roles: ['citizen'] });
  });

  it('gives staff their role and district in the token', async () => {
    const staff = await signIn(platform, '13800000101');
    const claims = JSON.parse(Buffer.from(staff.token.split('.')[1]!, 'base64url').toString());
    expect(claims).toMatchObject({ 'cognito:groups': ['staff'], 'custom:district': '430105' });
  });

  it('answers the same for a registered and an unregistered number', async () => {
    const registered = await request(platform, 'POST', '/auth/code', { phone: '13900000001' });
    const unknown = await request(platform, 'POST', '/auth/code', { phone: '13700000999' });
    expect(registered.status).toBe(unknown.status);
    expect(registered.body).toEqual(unknown.body);
  });

  it('kills a code after 5 wrong tries, even if the right code comes next', async () => {
    const phone = '13900000082';
    await request(platform, 'POST', '/auth/code', { phone });
    const code = latestCode(platform, phone);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      const attempt = await request(platform, 'POST', '/auth/session', { phone, code: wrong });
      expect(attempt.status).toBe(400);
      expect(attempt.body.errors[0].code).toBe('error.code.wrong');
    }
    expect((await request(platform, 'POST', '/auth/session', { phone, code })).status).toBe(400);
  });

  it('accepts a code only once', async () => {
    const phone = '13900000083';
    await request(platform, 'POST', '/auth/code', { phone });
    const code = latestCode(platform, phone);
    expect((await request(platform, 'POST', '/auth/session', { phone, code })).status).toBe(201);
    expect((await request(platform, 'POST', '/auth/session', { phone, code })).status).toBe(400);
  });

  it('sends at most 5 codes per number per hour, then answers 429 with Retry-After', async () => {
    const phone = '13900000084';
    for (let i = 0; i < 5; i++) expect((await request(platform, 'POST', '/auth/code', { phone })).status).toBe(202);
    const limited = await request(platform, 'POST', '/auth/code', { phone });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(sinkMessages(platform).filter((m) => m.to === phone)).toHaveLength(5);
  });

  it('refuses a malformed phone number with a field error and no SMS', async () => {
    const before = sinkMessages(platform).length;
    const response = await request(platform, 'POST', '/auth/code', { phone: '12345' }, { 'accept-language': 'en' });
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'phone', code: 'error.phone.invalid', detail: expect.stringContaining('11-digit') });
    expect(sinkMessages(platform).length).toBe(before);
  });

  it('extends a valid session with a fresh token', async () => {
    const client = await signIn(platform, '13900000085');
    const refreshed = await client.call('POST', '/auth/refresh');
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.token).not.toBe(client.token);
  });
});
