/**
 * A stand-in for Amazon Cognito's user pool API, written from the request/response contracts of the
 * Cognito Identity Provider API Reference (SignUp, ConfirmSignUp, ResendConfirmationCode, InitiateAuth
 * with USER_AUTH and REFRESH_TOKEN_AUTH, RespondToAuthChallenge with SMS_OTP, RevokeToken), for a pool like
 * ours: phone number as username, passwordless SMS one-time codes, PreventUserExistenceErrors on.
 *
 * The maintained emulator (cognito-local 5.x) has no USER_AUTH flow and no sign-up session, the very
 * things the web app's sign-up depends on, so this is used instead. It is stricter than Cognito where
 * that finds our bugs: requests with members the API does not define are refused.
 *
 * The contracts that matter for a first sign-up (API Reference, SignUp / ConfirmSignUp / InitiateAuth):
 * - SignUp answers with a `Session` "that you can pass to ConfirmSignUp when you want to immediately sign
 *   in your user with the USER_AUTH flow after they complete sign-up".
 * - ConfirmSignUp answers with a `Session` only when given the one from SignUp; passed to InitiateAuth
 *   (USER_AUTH), Cognito "assumes the SMS ... one-time verification password from ConfirmSignUp as the
 *   primary authentication factor" and returns tokens. Without it, InitiateAuth starts a new SMS_OTP
 *   challenge (a second code).
 */
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import http from 'node:http';
import * as z from 'zod';

export interface IdTokenClaims {
  sub: string;
  phone_number: string;
  'cognito:groups'?: string[];
}

export interface CognitoStandInOptions {
  clientId: string;
  /** Signs an ID token with these claims; tests sign with the local gateway's key so the API accepts it. */
  signIdToken(claims: IdTokenClaims, expiresInSeconds: number): Promise<string>;
  /** AuthSessionValidity of the app client (3 minutes by default). */
  sessionSeconds?: number;
  tokenSeconds?: number;
  now?: () => number;
}

export interface SentCode {
  to: string;
  code: string;
  purpose: 'confirmSignUp' | 'signIn';
}

interface User {
  username: string;
  sub: string;
  status: 'UNCONFIRMED' | 'CONFIRMED';
  phone: string;
  confirmationCode?: { code: string; expiresAt: number };
}

interface Session {
  username: string;
  kind: 'signUp' | 'confirmed' | 'smsOtp';
  expiresAt: number;
  code?: string;
  wrongTries: number;
}

class CognitoError extends Error {
  constructor(readonly type: string, message: string) {
    super(message);
  }
}

const PHONE = /^\+[1-9]\d{6,14}$/;
const clientId = z.string().min(1).max(128);
const username = z.string().min(1).max(128);
const attributes = z.array(z.object({ Name: z.string(), Value: z.string() }).strict());
const metadata = z.record(z.string(), z.string()).optional();
const analytics = z.object({ AnalyticsEndpointId: z.string() }).strict().optional();
const userContext = z.object({ IpAddress: z.string().optional(), EncodedData: z.string().optional() }).strict().optional();

/** The request members each operation defines (API Reference, "Request Syntax"). */
const requests = {
  SignUp: z
    .object({
      ClientId: clientId,
      Username: username,
      Password: z.string().optional(),
      SecretHash: z.string().optional(),
      UserAttributes: attributes.optional(),
      ValidationData: attributes.optional(),
      ClientMetadata: metadata,
      AnalyticsMetadata: analytics,
      UserContextData: userContext,
    })
    .strict(),
  ConfirmSignUp: z
    .object({
      ClientId: clientId,
      Username: username,
      ConfirmationCode: z.string().min(1).max(2048),
      Session: z.string().min(20).max(2048).optional(),
      ForceAliasCreation: z.boolean().optional(),
      SecretHash: z.string().optional(),
      ClientMetadata: metadata,
      AnalyticsMetadata: analytics,
      UserContextData: userContext,
    })
    .strict(),
  ResendConfirmationCode: z
    .object({ ClientId: clientId, Username: username, SecretHash: z.string().optional(), ClientMetadata: metadata, AnalyticsMetadata: analytics, UserContextData: userContext })
    .strict(),
  InitiateAuth: z
    .object({
      AuthFlow: z.enum(['USER_SRP_AUTH', 'REFRESH_TOKEN_AUTH', 'REFRESH_TOKEN', 'CUSTOM_AUTH', 'USER_PASSWORD_AUTH', 'USER_AUTH']),
      AuthParameters: z.record(z.string(), z.string()),
      ClientId: clientId,
      Session: z.string().min(20).max(2048).optional(),
      ClientMetadata: metadata,
      AnalyticsMetadata: analytics,
      UserContextData: userContext,
    })
    .strict(),
  RespondToAuthChallenge: z
    .object({
      ClientId: clientId,
      ChallengeName: z.string(),
      Session: z.string().min(20).max(2048).optional(),
      ChallengeResponses: z.record(z.string(), z.string()),
      ClientMetadata: metadata,
      AnalyticsMetadata: analytics,
      UserContextData: userContext,
    })
    .strict(),
  RevokeToken: z.object({ Token: z.string().min(1), ClientId: clientId, ClientSecret: z.string().optional() }).strict(),
};

type Operation = keyof typeof requests;

export interface CognitoStandIn {
  /** One call as it arrives over HTTP: headers (lower-case names) and the raw body. */
  handle(headers: Record<string, string>, body: string): Promise<{ status: number; body: unknown }>;
  /** Codes "texted" so far, newest last. */
  readonly sent: SentCode[];
  /** Operation names called so far, in order. */
  readonly calls: { operation: string; body: Record<string, unknown> }[];
  latestCode(phone: string): string;
  /** An HTTP server answering at `url` (for code that calls Cognito with fetch). */
  listen(): Promise<{ url: string; close(): Promise<void> }>;
  /** Makes a user as an administrator would (AdminCreateUser + confirmed), for sign-in tests. */
  addConfirmedUser(phone: string): void;
}

export function cognitoStandIn(options: CognitoStandInOptions): CognitoStandIn {
  const now = options.now ?? Date.now;
  const sessionSeconds = options.sessionSeconds ?? 180;
  const tokenSeconds = options.tokenSeconds ?? 1800;
  const users = new Map<string, User>();
  const sessions = new Map<string, Session>();
  const refreshTokens = new Map<string, { username: string; revoked: boolean }>();
  const sent: SentCode[] = [];
  const calls: { operation: string; body: Record<string, unknown> }[] = [];

  const newSession = (username: string, kind: Session['kind'], code?: string) => {
    const id = randomBytes(48).toString('base64url');
    sessions.set(id, { username, kind, expiresAt: now() + sessionSeconds * 1000, wrongTries: 0, ...(code ? { code } : {}) });
    return id;
  };
  const takeSession = (id: string | undefined, username: string, kind: Session['kind']): Session | undefined => {
    const session = id ? sessions.get(id) : undefined;
    if (!session || session.username !== username || session.kind !== kind || session.expiresAt < now()) return undefined;
    return session;
  };
  const text = (to: string, purpose: SentCode['purpose']) => {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    sent.push({ to, code, purpose });
    return code;
  };
  const masked = (phone: string) => `+${'*'.repeat(phone.length - 5)}${phone.slice(-4)}`;
  const delivery = (user: User) => ({ Destination: masked(user.phone), DeliveryMedium: 'SMS', AttributeName: 'phone_number' });
  const checkClient = (id: string) => {
    if (id !== options.clientId) throw new CognitoError('ResourceNotFoundException', `User pool client ${id} does not exist.`);
  };
  const tokens = async (user: User, withRefresh: boolean) => {
    const idToken = await options.signIdToken({ sub: user.sub, phone_number: user.phone }, tokenSeconds);
    const refresh = withRefresh ? randomBytes(48).toString('base64url') : undefined;
    if (refresh) refreshTokens.set(refresh, { username: user.username, revoked: false });
    return { AccessToken: `access.${randomUUID()}`, ExpiresIn: tokenSeconds, IdToken: idToken, TokenType: 'Bearer', ...(refresh ? { RefreshToken: refresh } : {}) };
  };
  const startSmsOtp = (user: User | undefined, name: string) => {
    // PreventUserExistenceErrors: an unknown user gets the same answer, and no SMS.
    const code = user ? text(user.phone, 'signIn') : undefined;
    return {
      ChallengeName: 'SMS_OTP',
      Session: newSession(name, 'smsOtp', code),
      ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: masked(user?.phone ?? '+8600000000000') },
    };
  };

  const operations: { [K in Operation]: (request: z.infer<(typeof requests)[K]>) => Promise<unknown> } = {
    async SignUp(request) {
      checkClient(request.ClientId);
      const phone = request.UserAttributes?.find((a) => a.Name === 'phone_number')?.Value;
      if (!phone || !PHONE.test(phone)) throw new CognitoError('InvalidParameterException', 'Invalid phone number format.');
      if (request.Username !== phone) throw new CognitoError('InvalidParameterException', 'Username should be a phone number.');
      if (users.has(request.Username)) throw new CognitoError('UsernameExistsException', 'An account with the given phone_number already exists.');
      const user: User = { username: request.Username, sub: randomUUID(), status: 'UNCONFIRMED', phone };
      user.confirmationCode = { code: text(phone, 'confirmSignUp'), expiresAt: now() + 24 * 3600 * 1000 };
      users.set(user.username, user);
      return { UserConfirmed: false, UserSub: user.sub, CodeDeliveryDetails: delivery(user), Session: newSession(user.username, 'signUp') };
    },

    async ConfirmSignUp(request) {
      checkClient(request.ClientId);
      const user = users.get(request.Username);
      if (!user) throw new CognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.');
      if (user.status === 'CONFIRMED') throw new CognitoError('NotAuthorizedException', 'User cannot be confirmed. Current status is CONFIRMED');
      if (!user.confirmationCode || user.confirmationCode.code !== request.ConfirmationCode) throw new CognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.');
      if (user.confirmationCode.expiresAt < now()) throw new CognitoError('ExpiredCodeException', 'Invalid code provided, please request a code again.');
      user.status = 'CONFIRMED';
      delete user.confirmationCode;
      const signUpSession = takeSession(request.Session, user.username, 'signUp');
      if (signUpSession) sessions.delete(request.Session!);
      return signUpSession ? { Session: newSession(user.username, 'confirmed') } : {};
    },

    async ResendConfirmationCode(request) {
      checkClient(request.ClientId);
      const user = users.get(request.Username);
      if (user?.status === 'UNCONFIRMED') user.confirmationCode = { code: text(user.phone, 'confirmSignUp'), expiresAt: now() + 24 * 3600 * 1000 };
      return { CodeDeliveryDetails: user ? delivery(user) : { Destination: '+***', DeliveryMedium: 'SMS', AttributeName: 'phone_number' } };
    },

    async InitiateAuth(request) {
      checkClient(request.ClientId);
      if (request.AuthFlow === 'REFRESH_TOKEN_AUTH' || request.AuthFlow === 'REFRESH_TOKEN') {
        const held = refreshTokens.get(request.AuthParameters.REFRESH_TOKEN ?? '');
        if (!held || held.revoked) throw new CognitoError('NotAuthorizedException', 'Refresh Token has been revoked');
        return { AuthenticationResult: await tokens(users.get(held.username)!, false), ChallengeParameters: {} };
      }
      if (request.AuthFlow !== 'USER_AUTH') throw new CognitoError('InvalidParameterException', `${request.AuthFlow} flow not enabled for this client`);
      const name = request.AuthParameters.USERNAME;
      if (!name) throw new CognitoError('InvalidParameterException', 'Missing required parameter USERNAME');
      const user = users.get(name);
      if (request.Session !== undefined) {
        const confirmed = takeSession(request.Session, name, 'confirmed');
        if (!confirmed || !user) throw new CognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.');
        sessions.delete(request.Session);
        return { AuthenticationResult: await tokens(user, true), ChallengeParameters: {} };
      }
      if (user?.status === 'UNCONFIRMED') throw new CognitoError('UserNotConfirmedException', 'User is not confirmed.');
      if (request.AuthParameters.PREFERRED_CHALLENGE !== 'SMS_OTP') {
        return { ChallengeName: 'SELECT_CHALLENGE', Session: newSession(name, 'smsOtp'), AvailableChallenges: ['SMS_OTP'], ChallengeParameters: {} };
      }
      return startSmsOtp(user, name);
    },

    async RespondToAuthChallenge(request) {
      checkClient(request.ClientId);
      if (request.ChallengeName !== 'SMS_OTP') throw new CognitoError('InvalidParameterException', `Unsupported challenge ${request.ChallengeName}`);
      const name = request.ChallengeResponses.USERNAME ?? '';
      const session = takeSession(request.Session, name, 'smsOtp');
      if (!session) throw new CognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.');
      const user = users.get(name);
      if (!session.code || !user || request.ChallengeResponses.SMS_OTP_CODE !== session.code) {
        session.wrongTries += 1;
        if (session.wrongTries >= 3) sessions.delete(request.Session!);
        throw new CognitoError('CodeMismatchException', 'Invalid code or auth state for the user.');
      }
      sessions.delete(request.Session!);
      return { AuthenticationResult: await tokens(user, true), ChallengeParameters: {} };
    },

    async RevokeToken(request) {
      checkClient(request.ClientId);
      const held = refreshTokens.get(request.Token);
      if (!held) throw new CognitoError('UnsupportedTokenTypeException', 'Unsupported token type.');
      held.revoked = true;
      return {};
    },
  };

  async function handle(headers: Record<string, string>, raw: string): Promise<{ status: number; body: unknown }> {
    try {
      if (!/^application\/x-amz-json-1\.1\b/.test(headers['content-type'] ?? '')) throw new CognitoError('UnknownOperationException', 'Unsupported content type');
      const operation = /^AWSCognitoIdentityProviderService\.(\w+)$/.exec(headers['x-amz-target'] ?? '')?.[1];
      if (!operation || !(operation in operations)) throw new CognitoError('UnknownOperationException', `Unknown operation ${operation}`);
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        throw new CognitoError('SerializationException', 'Malformed JSON');
      }
      calls.push({ operation, body: json as Record<string, unknown> });
      const parsed = requests[operation as Operation].safeParse(json);
      if (!parsed.success) throw new CognitoError('InvalidParameterException', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      const run = operations[operation as Operation] as (request: unknown) => Promise<unknown>;
      return { status: 200, body: await run(parsed.data) };
    } catch (error) {
      if (error instanceof CognitoError) return { status: 400, body: { __type: error.type, message: error.message } };
      throw error;
    }
  }

  return {
    handle,
    sent,
    calls,
    latestCode(phone) {
      const code = sent.filter((s) => s.to === phone).pop()?.code;
      if (!code) throw new Error(`no code was sent to ${phone}`);
      return code;
    },
    addConfirmedUser(phone) {
      users.set(phone, { username: phone, sub: randomUUID(), status: 'CONFIRMED', phone });
    },
    async listen() {
      const server = http.createServer(async (req, res) => {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        // Cognito answers browsers' CORS preflights and calls from any origin.
        const cors = { 'access-control-allow-origin': req.headers.origin ?? '*', 'access-control-allow-headers': 'content-type,x-amz-target,x-amz-user-agent', 'access-control-allow-methods': 'POST' };
        if (req.method === 'OPTIONS') return void res.writeHead(200, cors).end();
        const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
        const answer = await handle(headers, Buffer.concat(chunks).toString('utf8'));
        res.writeHead(answer.status, { ...cors, 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(answer.body));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
      const { port } = server.address() as { port: number };
      return {
        url: `http://127.0.0.1:${port}/`,
        close: async () => {
          server.closeAllConnections();
          await new Promise<void>((r) => server.close(() => r()));
        },
      };
    },
  };
}
