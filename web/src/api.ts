/**
 * The API client: session token, language, idempotency keys, problem+json errors as values, and every
 * answer checked against the schema its feature declares (web/src/features/): parsed, not trusted.
 */
import i18n from './i18n';

/** What an answer must look like: a zod (mini) schema, or anything else that parses. */
export interface AnswerSchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

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

export interface CallOptions<T> {
  method?: string;
  body?: unknown;
  idempotencyKey?: string;
  token?: string;
  /** The answer's shape; an answer that does not have it is refused like a failed call. */
  answer?: AnswerSchema<T>;
}

export async function api<T>(path: string, options: CallOptions<T> = {}): Promise<T> {
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
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    throw new ApiProblem(response.status, '/problems/unreadable-answer', i18n.t('common.networkError'));
  }
  if (!response.ok) {
    if (response.status === 401 && token) onUnauthorized();
    const problem = (data ?? {}) as { type?: string; title?: string; errors?: FieldProblem[]; current?: { status: string; version: number }; detail?: string };
    throw new ApiProblem(response.status, problem.type ?? '', problem.title ?? response.statusText, problem.errors ?? [], problem.current, problem.detail);
  }
  if (!options.answer) return data as T;
  const parsed = options.answer.safeParse(data);
  // An answer of another shape is a fault of ours (or of something between), never shown as if it were right.
  if (!parsed.success) throw new ApiProblem(502, '/problems/unexpected-answer', i18n.t('common.networkError'));
  return parsed.data;
}

/**
 * An answer schema that checks what the page relies on and types the answer as the server declares it
 * (the handlers' own types): the checked essentials are the contract, the rest passes through.
 */
export function answerOf<T>(schema: { safeParse(data: unknown): { success: boolean } }): AnswerSchema<T> {
  return { safeParse: (data) => (schema.safeParse(data).success ? { success: true, data: data as T } : { success: false }) };
}
