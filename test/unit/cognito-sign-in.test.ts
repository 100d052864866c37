// @vitest-environment happy-dom
/**
 * The web app's Cognito sign-in (web/src/sign-in-client.ts) through the whole flow — sign-up, confirm,
 * sign-in, refresh, sign-out — against a stand-in that speaks Cognito's JSON API by the contracts of
 * the API Reference (test/support/cognito-stand-in.ts). The browser test does the same through the page.
 */
import { describe, expect, it } from 'vitest';
import { decodeJwt, SignJWT } from 'jose';
import { AnotherCodeSent, cognitoSignIn } from '../../web/src/sign-in-client.js';
import { ApiProblem } from '../../web/src/api.js';
import { cognitoStandIn, type CognitoStandIn } from '../support/cognito-stand-in.js';

const config = { region: 'ap-east-1', clientId: 'client-123' };
const key = new TextEncoder().encode('test-signing-key-test-signing-key');

function setUp() {
  const cognito = cognitoStandIn({
    clientId: config.clientId,
    signIdToken: (claims, seconds) => new SignJWT({ ...claims, token_use: 'id' }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime(`${seconds}s`).sign(key),
  });
  const urls: string[] = [];
  // Every call goes through the stand-in's HTTP contract: target header, JSON body, status and __type.
  const fetchImpl = (async (url: string, init: RequestInit) => {
    urls.push(url);
    const answer = await cognito.handle(init.headers as Record<string, string>, String(init.body));
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/x-amz-json-1.1' } });
  }) as unknown as typeof fetch;
  return { cognito, urls, client: cognitoSignIn(config, fetchImpl) };
}

const operations = (cognito: CognitoStandIn) => cognito.calls.map((c) => c.operation);

describe('Cognito sign-in from the web app', () => {
  it('signs a first-time number up and in with the one confirmation code, carrying the sign-up session', async () => {
    const { cognito, client, urls } = setUp();
    const request = await client.requestCode('13900000001');
    const tokens = await client.verify('13900000001', cognito.latestCode('+8613900000001'), request);

    expect(decodeJwt(tokens.token)).toMatchObject({ phone_number: '+8613900000001', token_use: 'id' });
    expect(tokens.refreshToken).toEqual(expect.any(String));
    expect(operations(cognito)).toEqual(['SignUp', 'ConfirmSignUp', 'InitiateAuth']);
    expect(cognito.sent).toHaveLength(1);
    const [, confirm, initiate] = cognito.calls;
    expect(confirm!.body.Session).toEqual(request.flow?.session);
    expect(initiate!.body).toMatchObject({ AuthFlow: 'USER_AUTH', Session: expect.any(String) });
    expect(new Set(urls)).toEqual(new Set(['https://cognito-idp.ap-east-1.amazonaws.com/']));
  });

  it('signs a known number in with the SMS one-time code challenge', async () => {
    const { cognito, client } = setUp();
    cognito.addConfirmedUser('+8613900000002');
    const request = await client.requestCode('13900000002');
    const tokens = await client.verify('13900000002', cognito.latestCode('+8613900000002'), request);
    expect(decodeJwt(tokens.token).phone_number).toBe('+8613900000002');
    expect(operations(cognito)).toEqual(['SignUp', 'InitiateAuth', 'RespondToAuthChallenge']);
    expect(cognito.calls[1]!.body.AuthParameters).toEqual({ USERNAME: '+8613900000002', PREFERRED_CHALLENGE: 'SMS_OTP' });
  });

  it('confirms a number signed up earlier but never confirmed, then asks for the sign-in code Cognito sends', async () => {
    const { cognito, client } = setUp();
    await client.requestCode('13900000005'); // the person never typed that code
    const request = await client.requestCode('13900000005');
    expect(request.flow?.kind).toBe('confirm');
    const again = await client.verify('13900000005', cognito.latestCode('+8613900000005'), request).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(AnotherCodeSent);
    const tokens = await client.verify('13900000005', cognito.latestCode('+8613900000005'), (again as AnotherCodeSent).request);
    expect(decodeJwt(tokens.token).phone_number).toBe('+8613900000005');
    expect(cognito.sent.map((s) => s.purpose)).toEqual(['confirmSignUp', 'confirmSignUp', 'signIn']);
  });

  it('turns a wrong code into the same field error the local sign-in gives', async () => {
    const { cognito, client } = setUp();
    cognito.addConfirmedUser('+8613900000003');
    const request = await client.requestCode('13900000003');
    const error = await client.verify('13900000003', '000000', request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).errors).toEqual([expect.objectContaining({ field: 'code', code: 'error.code.wrong' })]);
  });

  it('extends the session with the refresh token and keeps it, and after sign-out the refresh token no longer works', async () => {
    const { cognito, client } = setUp();
    const request = await client.requestCode('13900000004');
    const signedIn = await client.verify('13900000004', cognito.latestCode('+8613900000004'), request);

    const refreshed = await client.refresh(signedIn);
    expect(refreshed.refreshToken).toBe(signedIn.refreshToken);
    expect(decodeJwt(refreshed.token).phone_number).toBe('+8613900000004');

    await client.signOut(refreshed);
    expect(cognito.calls.at(-1)).toMatchObject({ operation: 'RevokeToken', body: { Token: signedIn.refreshToken, ClientId: 'client-123' } });
    await expect(client.refresh(refreshed)).rejects.toBeInstanceOf(ApiProblem);
  });
});
