/**
 * Signing up and in with Cognito, in Chromium, through the real sign-in page under the production CSP
 * (config/security-headers.ts with Cognito's region). The page calls Cognito's real regional host; the
 * browser's requests to it are answered by the Cognito stand-in (the CSP is enforced before that, so a
 * host the policy does not allow fails here as it would on AWS). The stand-in signs ID tokens the local
 * gateway accepts, so the page goes on to the API as it does after a Cognito sign-in.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SignJWT } from 'jose';
import type { Platform } from '../../local/platform.js';
import { zhCN as T } from '../../web/src/locales/zh-CN.js';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '../../functions/auth/session-tokens.js';
import { cognitoOrigin } from '../../config/security-headers.js';
import { startTestPlatform } from '../support/test-platform.js';
import { cognitoStandIn } from '../support/cognito-stand-in.js';
import { expectNoAxeViolations, launchBrowser } from './browser.js';
import { pointerDriver } from './drivers.js';

const region = 'ap-east-1';
const clientId = 'onevisit-web-client';
const sessionSecret = randomBytes(32).toString('hex');
const cognito = cognitoStandIn({
  clientId,
  signIdToken: (claims, seconds) =>
    new SignJWT({ ...claims, token_use: 'id' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_AUDIENCE)
      .setSubject(claims.sub)
      .setIssuedAt()
      .setExpirationTime(`${seconds}s`)
      .sign(new TextEncoder().encode(sessionSecret)),
});

let platform: Platform;
let browser: Browser;

beforeAll(async () => {
  platform = await startTestPlatform({ web: true, auth: { kind: 'cognito', region, clientId }, sessionSecret });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/** Cognito's answers for the page: CORS as Cognito sends them, the body from the stand-in. */
async function routeCognito(page: Page): Promise<void> {
  await page.route(`${cognitoOrigin(region)}/**`, async (route) => {
    const origin = (await route.request().headerValue('origin')) ?? '*';
    const cors = { 'access-control-allow-origin': origin, 'access-control-allow-headers': 'content-type,x-amz-target,x-amz-user-agent', 'access-control-allow-methods': 'POST' };
    if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 200, headers: cors });
    const answer = await cognito.handle(await route.request().allHeaders(), route.request().postData() ?? '');
    return route.fulfill({ status: answer.status, headers: { ...cors, 'content-type': 'application/x-amz-json-1.1' }, body: JSON.stringify(answer.body) });
  });
}

describe('Cognito sign-in in the browser', () => {
  it('signs a first-time number up with one SMS code, reaches the applications, and signs out at Cognito', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await routeCognito(page);
    const act = pointerDriver(page);

    const response = await page.goto(`${platform.webUrl}/sign-in`);
    expect(response?.headers()['content-security-policy']).toContain(cognitoOrigin(region));
    await act.fill(T.signIn.phone, '13900000061');
    await act.press(T.signIn.sendCode);
    await page.getByLabel(T.signIn.code, { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'Cognito code step');
    await act.fill(T.signIn.code, cognito.latestCode('+8613900000061'));
    await act.press(T.signIn.submit);
    await page.getByRole('heading', { level: 1, name: T.mine.title }).waitFor();

    expect(cognito.sent).toHaveLength(1);
    expect(cognito.calls.map((c) => c.operation)).toEqual(['SignUp', 'ConfirmSignUp', 'InitiateAuth']);

    // On a phone the navigation, sign-out included, is folded behind the menu button.
    await page.getByRole('button', { name: T.nav.menu, exact: true }).click();
    await page.getByRole('button', { name: new RegExp(T.nav.signOut) }).click();
    await expect.poll(() => cognito.calls.at(-1)?.operation).toBe('RevokeToken');
    await context.close();
  });
});
