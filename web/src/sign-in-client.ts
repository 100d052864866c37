/**
 * How a person gets a session: locally through the portal's own sign-in routes (codes in the message
 * sink), on AWS through Cognito's choice-based sign-in with an SMS one-time code. Both end with an ID
 * token carrying the same claims, which the API checks; the rest of the app does not know which is used.
 */
import { api, ApiProblem, NetworkError } from './api';
import i18n from './i18n';
import { fieldMessage } from './field-message';

export interface CodeRequest {
  expiresInSeconds: number;
  /**
   * Cognito's state between asking for a code and answering it: a new number is signed up (and its
   * sign-up session carried to the sign-in), a known one signs in, and a number signed up earlier but
   * never confirmed is confirmed first.
   */
  flow?: { kind: 'signIn' | 'signUp' | 'confirm'; session?: string };
}

export interface Tokens {
  token: string;
  /** Until the token ends unless renewed. */
  expiresInSeconds: number;
  /** Until the session ends whatever happens, when the issuer says (the local sign-in does; Cognito does not). */
  sessionEndsInSeconds?: number;
  refreshToken?: string;
}

export interface SignInClient {
  requestCode(phone: string): Promise<CodeRequest>;
  /** Tokens, or AnotherCodeSent when the number was confirmed but signing in needs a second code. */
  verify(phone: string, code: string, request: CodeRequest): Promise<Tokens>;
  refresh(current: Tokens): Promise<Tokens>;
  /** Ends the session where it was issued (the refresh token stops working); never fails the sign-out. */
  signOut(current: Tokens): Promise<void>;
}

/**
 * A number that was signed up earlier but never confirmed is confirmed with the first code; Cognito then
 * texts a second one to sign in with, which the page asks for.
 */
export class AnotherCodeSent extends Error {
  constructor(readonly request: CodeRequest) {
    super('another code was sent');
  }
}

export type AuthConfig = { kind: 'local' } | { kind: 'cognito'; region: string; clientId: string };

export function localSignIn(): SignInClient {
  return {
    requestCode: (phone) => api<CodeRequest>('/auth/code', { method: 'POST', body: { phone } }),
    verify: (phone, code) => api<Tokens>('/auth/session', { method: 'POST', body: { phone, code, language: i18n.language } }),
    refresh: () => api<Tokens>('/auth/refresh', { method: 'POST' }),
    // Local session tokens are not kept anywhere: they simply expire.
    signOut: async () => undefined,
  };
}

const fieldProblem = (field: string, code: string) => new ApiProblem(400, '/problems/validation', i18n.t('problems.validation'), [{ field, code, detail: fieldMessage(code, field) }]);

class CognitoError extends Error {}

/** Cognito's errors in the portal's own terms, so the form shows them like any other. */
function cognitoProblem(name: string): ApiProblem {
  switch (name) {
    case 'CodeMismatchException':
    case 'ExpiredCodeException':
    case 'NotAuthorizedException':
      return fieldProblem('code', 'error.code.wrong');
    case 'InvalidParameterException':
      return fieldProblem('phone', 'error.phone.invalid');
    case 'LimitExceededException':
    case 'TooManyRequestsException':
    case 'TooManyFailedAttemptsException':
      return new ApiProblem(429, '/problems/rate-limited', i18n.t('session.rateLimited'));
    default:
      return new ApiProblem(500, '/problems/internal', i18n.t('common.networkError'));
  }
}

export function cognitoSignIn(config: { region: string; clientId: string }, fetchImpl: typeof fetch = (...a) => fetch(...a)): SignInClient {
  const endpoint = `https://cognito-idp.${config.region}.amazonaws.com/`;
  const call = async <T>(target: string, body: Record<string, unknown>): Promise<T> => {
    let response: Response;
    try {
      response = await fetchImpl(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${target}` },
        body: JSON.stringify({ ClientId: config.clientId, ...body }),
      });
    } catch {
      throw new NetworkError('network');
    }
    const data = (await response.json().catch(() => ({}))) as Record<string, any>;
    if (!response.ok) throw new CognitoError(String(data.__type ?? '').split('#').pop());
    return data as T;
  };
  const asProblem = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw error instanceof CognitoError ? cognitoProblem(error.message) : error;
    }
  };
  const username = (phone: string) => `+86${phone}`;
  const tokensFrom = (result: { IdToken: string; ExpiresIn: number; RefreshToken?: string }, previousRefresh?: string): Tokens => ({
    token: result.IdToken,
    expiresInSeconds: result.ExpiresIn,
    ...((result.RefreshToken ?? previousRefresh) ? { refreshToken: result.RefreshToken ?? previousRefresh } : {}),
  });
  type Started = { ChallengeName?: string; Session?: string; AuthenticationResult?: { IdToken: string; ExpiresIn: number; RefreshToken?: string } };
  const startSignIn = (phone: string, session?: string) =>
    call<Started>('InitiateAuth', {
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: username(phone), PREFERRED_CHALLENGE: 'SMS_OTP' },
      ...(session ? { Session: session } : {}),
    });
  const challenge = (started: Started): CodeRequest => ({ expiresInSeconds: 180, flow: { kind: 'signIn', ...(started.Session ? { session: started.Session } : {}) } });

  return {
    requestCode: (phone) =>
      asProblem(async () => {
        // A first-time number is signed up (Cognito texts a confirmation code); a known one signs in.
        // The person sees the same "code sent" either way.
        try {
          const signedUp = await call<{ Session?: string }>('SignUp', { Username: username(phone), UserAttributes: [{ Name: 'phone_number', Value: username(phone) }] });
          return { expiresInSeconds: 24 * 3600, flow: { kind: 'signUp' as const, ...(signedUp.Session ? { session: signedUp.Session } : {}) } };
        } catch (error) {
          if (!(error instanceof CognitoError && error.message === 'UsernameExistsException')) throw error;
        }
        try {
          return challenge(await startSignIn(phone));
        } catch (error) {
          if (!(error instanceof CognitoError && error.message === 'UserNotConfirmedException')) throw error;
        }
        await call('ResendConfirmationCode', { Username: username(phone) });
        return { expiresInSeconds: 24 * 3600, flow: { kind: 'confirm' as const } };
      }),

    verify: (phone, code, request) =>
      asProblem(async () => {
        if (request.flow?.kind === 'signUp' || request.flow?.kind === 'confirm') {
          // The sign-up's session makes the confirmation code count as the sign-in factor (no second SMS).
          const confirmed = await call<{ Session?: string }>('ConfirmSignUp', {
            Username: username(phone),
            ConfirmationCode: code,
            ...(request.flow.session ? { Session: request.flow.session } : {}),
          });
          const started = await startSignIn(phone, confirmed.Session);
          if (started.AuthenticationResult) return tokensFrom(started.AuthenticationResult);
          if (started.ChallengeName === 'SMS_OTP') throw new AnotherCodeSent(challenge(started));
          throw cognitoProblem('NotAuthorizedException');
        }
        const answered = await call<{ AuthenticationResult?: { IdToken: string; ExpiresIn: number; RefreshToken?: string } }>('RespondToAuthChallenge', {
          ChallengeName: 'SMS_OTP',
          Session: request.flow?.session,
          ChallengeResponses: { USERNAME: username(phone), SMS_OTP_CODE: code },
        });
        if (!answered.AuthenticationResult) throw cognitoProblem('NotAuthorizedException');
        return tokensFrom(answered.AuthenticationResult);
      }),

    refresh: (current) =>
      asProblem(async () => {
        const result = await call<{ AuthenticationResult: { IdToken: string; ExpiresIn: number } }>('InitiateAuth', {
          AuthFlow: 'REFRESH_TOKEN_AUTH',
          AuthParameters: { REFRESH_TOKEN: current.refreshToken },
        });
        return tokensFrom(result.AuthenticationResult, current.refreshToken);
      }),

    async signOut(current) {
      if (!current.refreshToken) return;
      // Revoking the refresh token also revokes the access tokens issued with it.
      await call('RevokeToken', { Token: current.refreshToken }).catch(() => undefined);
    },
  };
}

let client: Promise<SignInClient> | undefined;

/** The deployment says which sign-in it uses in /config.json (the local gateway and the Web stack write it). */
export function signInClient(): Promise<SignInClient> {
  client ??= fetch('/config.json')
    .then((r) => (r.ok ? (r.json() as Promise<{ auth: AuthConfig }>) : { auth: { kind: 'local' } as AuthConfig }))
    .then(({ auth }) => (auth.kind === 'cognito' ? cognitoSignIn(auth) : localSignIn()))
    .catch(() => localSignIn());
  return client;
}
