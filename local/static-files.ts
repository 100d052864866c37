/** The built web app as the local gateway serves it: pre-rendered pages, the shell, compressed text files. */
import type http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { extname, join, normalize } from 'node:path';
import { decodePathPart, problem } from './api-gateway-event.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/** Text worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json)|image\/svg\+xml)/;

/** The encoding to answer with, as a browser asks: brotli first, then gzip. */
function encodingFor(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  const accepted = (acceptEncoding ?? '').split(',').map((part) => part.trim().split(';')[0]);
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return undefined;
}

const compressors = { br: promisify(brotliCompress), gzip: promisify(gzip) };

/**
 * The file's bytes in `encoding`: the build's own .br/.gz copy when there is one (written at maximum
 * compression), otherwise compressed now and kept for the next request.
 */
async function encodedFile(file: string, body: Buffer, encoding: 'br' | 'gzip', cache: Map<string, Buffer>): Promise<Buffer> {
  const prebuilt = await readFile(`${file}.${encoding === 'br' ? 'br' : 'gz'}`).catch(() => undefined);
  if (prebuilt) return prebuilt;
  const key = `${encoding}:${file}:${body.length}`;
  let encoded = cache.get(key);
  if (!encoded) {
    encoded = encoding === 'br' ? await compressors.br(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : await compressors.gzip(body, { level: 6 });
    cache.set(key, encoded);
  }
  return encoded;
}

/** Serves `webRoot` (web/dist) and the web app's configuration; answers a request it cannot with a problem. */
export async function staticFiles(webRoot: string | undefined, webConfig: unknown) {
  const compressed = new Map<string, Buffer>();
  // The pages drawn at build time (web/prerender-plugin.ts): address → file.
  const prerendered: Record<string, string> = webRoot
    ? JSON.parse(await readFile(join(webRoot, 'prerendered', 'routes.json'), 'utf8').catch(() => '{}'))
    : {};

  async function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    if (url.pathname === '/config.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' });
      return void res.end(JSON.stringify(webConfig));
    }
    if (!webRoot) return problem(res, 404, 'not-found', 'Not Found');
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/$/, '') : url.pathname;
    const relative = normalize(decodePathPart(prerendered[path] ?? url.pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(webRoot, relative);
    const isFile = await stat(file).then((s) => s.isFile()).catch(() => false);
    // Single-page app: every other path that is not a file gets index.html, the shell.
    if (!isFile) file = join(webRoot, 'index.html');
    const body = await readFile(file).catch(() => undefined);
    if (!body) return problem(res, 404, 'not-found', 'Not Found');
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    const encoding = COMPRESSIBLE.test(type) ? encodingFor(req.headers['accept-encoding']) : undefined;
    const sent = encoding ? await encodedFile(file, body, encoding, compressed) : body;
    res.writeHead(200, {
      'content-type': type,
      ...(encoding ? { 'content-encoding': encoding } : {}),
      ...(COMPRESSIBLE.test(type) ? { vary: 'accept-encoding' } : {}),
      'content-length': String(sent.length),
      'cache-control': file.includes(`${join(webRoot, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    res.end(sent);
  }
  return serveStatic;
}
