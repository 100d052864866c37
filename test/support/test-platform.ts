import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { startPlatform, type Platform, type PlatformOptions } from '../../local/platform.js';
import { smsProblems } from './sms-conformance.js';

/**
 * A platform of its own for one test file: its own table, bucket folder and message sink. When it
 * stops, every SMS the test made it send must have come from a registered template.
 */
export async function startTestPlatform(
  options: { web?: boolean; sessionMinutes?: number; sessionMaxHours?: number; limits?: PlatformOptions['limits']; faultInjection?: boolean } & Pick<PlatformOptions, 'auth' | 'sessionSecret'> = {},
): Promise<Platform> {
  const dataDir = mkdtempSync(join(tmpdir(), 'onevisit-test-'));
  const platform = await startPlatform({
    dataDir,
    webPort: 0,
    s3Port: 0,
    dynamoEndpoint: inject('dynamoEndpoint'),
    tableName: `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`,
    bucketName: 'onevisit-documents',
    ...(options.web ? { webRoot: resolve('web/dist') } : {}),
    ...(options.sessionMinutes ? { sessionMinutes: options.sessionMinutes } : {}),
    // Every test signs its people in (and looks up progress) from one address; the limits have tests of their own.
    limits: { otpPerAddressPerHour: 500, progressPerAddressPerHour: 500, progressPerReferencePerHour: 100, ...options.limits },
    ...(options.faultInjection ? { faultInjection: true } : {}),
    ...(options.auth ? { auth: options.auth } : {}),
    ...(options.sessionSecret ? { sessionSecret: options.sessionSecret } : {}),
    ...(options.sessionMaxHours ? { sessionMaxHours: options.sessionMaxHours } : {}),
    // Tests do not depend on the hour they run at: quiet hours have tests of their own, with their own clock.
    quietHours: 'off',
    seed: true,
    quiet: true,
  });
  return {
    ...platform,
    async stop() {
      const problems = smsProblems(sinkMessages(platform));
      await platform.stop();
      if (problems.length) throw new Error(`SMS outside the registered templates (docs/deploy.md):\n${problems.join('\n')}`);
    },
  };
}

export interface SinkMessage {
  to: string;
  text: string;
  dedupeKey: string;
  template: string;
  params: Record<string, string>;
  language: string;
}

export function sinkMessages(platform: Platform): SinkMessage[] {
  try {
    return readFileSync(platform.messageSinkFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  } catch {
    return [];
  }
}

export function latestCode(platform: Platform, phone: string): string {
  const message = sinkMessages(platform).filter((m) => m.to === phone && m.dedupeKey.startsWith('otp:')).pop();
  const code = message?.text.match(/(\d{6})/)?.[1];
  if (!code) throw new Error(`no sign-in code for ${phone}`);
  return code;
}

export interface Client {
  token: string;
  call<T = any>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: T; headers: Headers }>;
}

export async function request<T = any>(platform: Platform, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${platform.webUrl}/api${path}`, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
}

/** Signs in the way a person does: asks for a code, reads it from the message sink, sends it back. */
export async function signIn(platform: Platform, phone: string): Promise<Client> {
  const asked = await request(platform, 'POST', '/auth/code', { phone });
  if (asked.status !== 202) throw new Error(`code request failed: ${asked.status} ${JSON.stringify(asked.body)}`);
  const session = await request(platform, 'POST', '/auth/session', { phone, code: latestCode(platform, phone) });
  if (session.status !== 201) throw new Error(`sign-in failed: ${session.status} ${JSON.stringify(session.body)}`);
  const token = session.body.token as string;
  return {
    token,
    call: (method, path, body, headers = {}) => request(platform, method, path, body, { authorization: `Bearer ${token}`, ...headers }),
  };
}
