// @vitest-environment happy-dom
/**
 * The web app's Cognito sign-in, against a stand-in that answers as Cognito's documented JSON API does
 * (the real service is not reachable from here; the AWS deployment is where it is proven).
 */
import { describe, expect, it } from 'vitest';
import { cognitoSignIn } from '../../web/src/sign-in-client.js';
import { ApiProblem } from '../../web/src/api.js';

interface Call {
  target: string;
  body: Record<string, any>;
  headers: Record<string, string>;
  url: string;
}

function fakeCognito(existing: string[]) {
  const users = new Set(existing);
  const calls: Call[] = [];
  const code = '246810';
  const fail = (type: string) => new Response(JSON.stringify({ __type: type, message: type }), { status: 400 });
  const ok = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });
  const tokens = (n: number) => ({ AuthenticationResult: { IdToken: `id-token-${n}`, ExpiresIn: 1800, RefreshToken: 'refresh-1' } });
  const fetchImpl = (async (url: string, init: RequestInit) => {
    const headers = init.headers as Record<string, string>;
    const target = headers['x-amz-target']!.split('.').pop()!;
    const body = JSON.parse(String(init.body));
    calls.push({ target, body, headers, url });
    switch (target) {
      case 'SignUp':
        if (users.has(body.Username)) return fail('UsernameExistsException');
        users.add(body.Username);
        return ok({ UserConfirmed: false });
      case 'ConfirmSignUp':
        return body.ConfirmationCode === code ? ok({ Session: 'after-sign-up' }) : fail('CodeMismatchException');
      case 'InitiateAuth':
        if (body.AuthFlow === 'REFRESH_TOKEN_AUTH') return ok({ AuthenticationResult: { IdToken: 'id-token-refreshed', ExpiresIn: 1800 } });
        return body.Session === 'after-sign-up' ? ok(tokens(1)) : ok({ ChallengeName: 'SMS_OTP', Session: 'challenge-session' });
      case 'RespondToAuthChallenge':
        return body.ChallengeResponses.SMS_OTP_CODE === code && body.Session === 'challenge-session' ? ok(tokens(2)) : fail('CodeMismatchException');
      default:
        return fail('UnknownOperationException');
    }
  }) as unknown as typeof fetch;
  return { fetchImpl, calls, code };
}

const config = { region: 'ap-east-1', clientId: 'client-123' };

describe('Cognito sign-in from the web app', () => {
  it('signs up a first-time number and signs it in with the one confirmation code', async () => {
    const cognito = fakeCognito([]);
    const client = cognitoSignIn(config, cognito.fetchImpl);
    const request = await client.requestCode('13900000001');
    const tokens = await client.verify('13900000001', cognito.code, request);
    expect(tokens).toEqual({ token: 'id-token-1', expiresInSeconds: 1800, refreshToken: 'refresh-1' });
    expect(cognito.calls.map((c) => c.target)).toEqual(['SignUp', 'ConfirmSignUp', 'InitiateAuth']);
    expect(cognito.calls[0]).toMatchObject({
      url: 'https://cognito-idp.ap-east-1.amazonaws.com/',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.SignUp' },
      body: { ClientId: 'client-123', Username: '+8613900000001' },
    });
    expect(cognito.calls[2]!.body).toMatchObject({ AuthFlow: 'USER_AUTH', Session: 'after-sign-up' });
  });

  it('signs in a known number with the SMS one-time code challenge', async () => {
    const cognito = fakeCognito(['+8613900000002']);
    const client = cognitoSignIn(config, cognito.fetchImpl);
    const request = await client.requestCode('13900000002');
    const tokens = await client.verify('13900000002', cognito.code, request);
    expect(tokens.token).toBe('id-token-2');
    expect(cognito.calls.map((c) => c.target)).toEqual(['SignUp', 'InitiateAuth', 'RespondToAuthChallenge']);
    expect(cognito.calls[1]!.body.AuthParameters).toEqual({ USERNAME: '+8613900000002', PREFERRED_CHALLENGE: 'SMS_OTP' });
  });

  it('turns a wrong code into the same field error the local sign-in gives', async () => {
    const cognito = fakeCognito(['+8613900000003']);
    const client = cognitoSignIn(config, cognito.fetchImpl);
    const request = await client.requestCode('13900000003');
    const error = await client.verify('13900000003', '000000', request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).errors).toEqual([expect.objectContaining({ field: 'code', code: 'error.code.wrong' })]);
  });

  it('extends the session with the refresh token and keeps it', async () => {
    const cognito = fakeCognito([]);
    const client = cognitoSignIn(config, cognito.fetchImpl);
    const refreshed = await client.refresh({ token: 'old', expiresInSeconds: 0, refreshToken: 'refresh-1' });
    expect(refreshed).toEqual({ token: 'id-token-refreshed', expiresInSeconds: 1800, refreshToken: 'refresh-1' });
    expect(cognito.calls[0]!.body).toMatchObject({ AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: 'refresh-1' } });
  });
});
