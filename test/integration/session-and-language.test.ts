/**
 * The session's two limits as the API keeps them, the rate-limit answer a person can act on, the
 * sign-in code in the language on the screen, and the web app served pre-rendered and compressed.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Platform } from '../../local/platform.js';
import { request, signIn, sinkMessages, startTestPlatform } from '../support/test-platform.js';

let platform: Platform;

beforeAll(async () => {
  platform = await startTestPlatform({ web: true });
});
afterAll(async () => platform?.stop());

const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { auth_time: number; iat: number; exp: number };

describe('session tokens', () => {
  it('renews the inactivity limit but keeps the sign-in instant, and says when the session ends', async () => {
    const client = await signIn(platform, '13900000071');
    const first = claimsOf(client.token);
    expect(first.exp - first.iat).toBe(30 * 60);
    expect(first.auth_time).toBe(first.iat);
    await new Promise((r) => setTimeout(r, 1100));
    const renewed = await client.call('POST', '/auth/refresh');
    expect(renewed.status).toBe(200);
    const second = claimsOf(renewed.body.token);
    expect(second.auth_time).toBe(first.auth_time);
    expect(second.exp).toBeGreaterThan(first.exp);
    expect(renewed.body.expiresInSeconds).toBe(30 * 60);
    expect(renewed.body.sessionEndsInSeconds).toBeLessThanOrEqual(24 * 3600 - 1);
    expect(renewed.body.sessionEndsInSeconds).toBeGreaterThan(24 * 3600 - 60);
  });
});

describe('rate limit', () => {
  it('says how long to wait and what else the person can do, in their language', async () => {
    const phone = '13900000072';
    for (let i = 0; i < 5; i++) expect((await request(platform, 'POST', '/auth/code', { phone })).status).toBe(202);
    const zh = await request(platform, 'POST', '/auth/code', { phone });
    expect(zh.status).toBe(429);
    const minutes = Math.ceil(Number(zh.headers.get('retry-after')) / 60);
    expect(zh.body.detail).toBe(`请在${minutes}分钟后再试。着急的话，可以请家人用他们的手机号登录代您申请，也可以到区县残联窗口办理。`);
    const en = await request(platform, 'POST', '/auth/code', { phone }, { 'accept-language': 'en' });
    expect(en.body.detail).toMatch(/^Try again in \d+ minutes?\. If it is urgent, a family member can sign in/);
  });
});

describe('the sign-in code', () => {
  it('comes in the language on the screen, not the one the account last stored', async () => {
    const phone = '13900000073';
    const client = await signIn(platform, phone);
    expect((await client.call('PUT', '/me/language', { language: 'zh-CN' })).status).toBe(200);
    expect((await request(platform, 'POST', '/auth/code', { phone }, { 'accept-language': 'en' })).status).toBe(202);
    const text = sinkMessages(platform).filter((m) => m.to === phone).pop()!.text;
    expect(text).toMatch(/Your sign-in code is \d{6}/);
  });
});

describe('the web app', () => {
  const get = (path: string, encoding?: string) => fetch(`${platform.webUrl}${path}`, { headers: encoding ? { 'accept-encoding': encoding } : {} });

  it('sends the public pages already drawn, and the shell with "loading" for any other address', async () => {
    const home = await (await get('/')).text();
    expect(home).toContain('data-prerendered="/"');
    expect(home).toContain('<h1 tabindex="-1">残疾人证，网上申请</h1>');
    const signInPage = await (await get('/sign-in')).text();
    expect(signInPage).toContain('data-prerendered="/sign-in"');
    expect(signInPage).toContain('<title>登录 - 残联一次办</title>');
    expect(signInPage).toContain('获取验证码');
    const shell = await (await get('/applications/01ARZ3NDEKTSV4RRFFQ69G5FAV')).text();
    expect(shell).not.toContain('data-prerendered');
    expect(shell).toContain('正在加载…');
  });

  it('compresses every text file with brotli or gzip as the browser asks, and sends the rest as it is', async () => {
    const html = await get('/', 'br, gzip');
    expect(html.headers.get('content-encoding')).toBe('br');
    expect(html.headers.get('vary')).toBe('accept-encoding');
    const entry = (await (await get('/')).text()).match(/src="\/(assets\/index-[^"]+\.js)"/)![1]!;
    const script = readFileSync(`web/dist/${entry}`);
    const viaBrotli = await get(`/${entry}`, 'br');
    expect(viaBrotli.headers.get('content-encoding')).toBe('br');
    // fetch decodes the body itself: the bytes it yields are the file's.
    expect(Buffer.from(await viaBrotli.arrayBuffer()).equals(script)).toBe(true);
    const viaGzip = await get('/sign-in', 'gzip');
    expect(viaGzip.headers.get('content-encoding')).toBe('gzip');
    const plain = await get('/favicon.svg', 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    // The compressed copies are what was asked for, byte for byte.
    expect(brotliDecompressSync(readFileSync('web/dist/prerendered/index.html.br')).equals(readFileSync('web/dist/prerendered/index.html'))).toBe(true);
    expect(gunzipSync(readFileSync('web/dist/prerendered/index.html.gz')).equals(readFileSync('web/dist/prerendered/index.html'))).toBe(true);
  });
});
