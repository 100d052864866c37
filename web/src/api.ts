/** The API client: session token, language, idempotency keys, and problem+json errors as values. */
import i18n from './i18n';

export interface FieldProblem {
  field: string;
  code: string;
  detail: string;
}

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    readonly errors: FieldProblem[] = [],
    readonly current?: { status: string; version: number },
    readonly detail?: string,
  ) {
    super(title);
  }
}

export class NetworkError extends Error {}

let tokenSource: () => string | undefined = () => undefined;
let onUnauthorized: () => void = () => undefined;

export function configureApi(options: { token: () => string | undefined; onUnauthorized: () => void }): void {
  tokenSource = options.token;
  onUnauthorized = options.onUnauthorized;
}

/** A key for one logical action: reuse it when retrying the same action, never for another. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function api<T>(path: string, options: { method?: string; body?: unknown; idempotencyKey?: string; token?: string } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': i18n.language };
  const token = options.token ?? tokenSource();
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method: options.method ?? 'GET',
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
  } catch {
    throw new NetworkError('network');
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    if (response.status === 401 && token) onUnauthorized();
    throw new ApiProblem(response.status, data?.type ?? '', data?.title ?? response.statusText, data?.errors ?? [], data?.current, data?.detail);
  }
  return data as T;
}
