/**
 * The request body as the handlers may trust it: JSON only, valid UTF-8 all through (no bytes silently
 * replaced, no lone surrogate escapes), parsed once. Anything else is the caller's mistake, a 4xx.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { UnsupportedMediaTypeError, ValidationError } from '../errors.js';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const malformed = () => new ValidationError([{ field: '', code: 'error.body' }]);

function header(event: APIGatewayProxyEventV2, name: string): string | undefined {
  const headers = event.headers ?? {};
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key ? headers[key] : undefined;
}

function bodyText(event: APIGatewayProxyEventV2): string {
  if (!event.isBase64Encoded) return event.body ?? '';
  try {
    return strictUtf8.decode(Buffer.from(event.body ?? '', 'base64'));
  } catch {
    throw malformed();
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wellFormedText = (text: string) => !LONE_SURROGATE.test(text);

/** Every string in the value (keys included) is well-formed Unicode. */
function wellFormed(value: unknown): boolean {
  if (typeof value === 'string') return wellFormedText(value);
  if (Array.isArray(value)) return value.every(wellFormed);
  if (value && typeof value === 'object') return Object.entries(value).every(([k, v]) => wellFormedText(k) && wellFormed(v));
  return true;
}

/**
 * The parsed body of a route that takes one; `{}` when none was sent, so the schema names what is
 * missing. Routes without a body schema ignore whatever was sent.
 */
export function readJsonBody(event: APIGatewayProxyEventV2, expectsBody: boolean): unknown {
  if (!expectsBody) return undefined;
  const text = bodyText(event);
  if (!text.trim()) return {};
  if (!JSON_TYPE.test(header(event, 'content-type') ?? '')) throw new UnsupportedMediaTypeError();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw malformed();
  }
  if (!wellFormed(value)) throw malformed();
  return value;
}
