/**
 * After the browser build: draws the public pages (home, sign-in, start page) and the shell of every
 * other page into the HTML, so that the first bytes a slow phone receives already show the page; then
 * writes gzip and brotli copies of every text file for servers that send them as they are (the local
 * gateway; CloudFront compresses by itself).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, type Plugin, type ResolvedConfig } from 'vite';

/** Where each pre-rendered address's page is, relative to the web root (served by the gateway; see docs/deploy.md for CloudFront). */
export const PRERENDERED_DIR = 'prerendered';
const fileFor = (path: string) => `${PRERENDERED_DIR}/${path === '/' ? 'index' : path.slice(1)}.html`;

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const COMPRESSIBLE = /\.(js|css|html|svg|json|webmanifest|txt)$/;

function compressTree(dir: string): void {
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) compressTree(file);
    else if (COMPRESSIBLE.test(name) && statSync(file).size >= 1024) {
      const body = readFileSync(file);
      writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
      writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
    }
  }
}

export function prerender(): Plugin {
  let config: ResolvedConfig;
  /** Each module that starts a chunk → that chunk and the chunks it imports, for <link rel="modulepreload">. */
  const chunks = new Map<string, { file: string; imports: string[] }>();
  return {
    name: 'onevisit-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk' && output.facadeModuleId) chunks.set(relative(config.root, output.facadeModuleId), { file: output.fileName, imports: output.imports });
      }
    },
    async closeBundle() {
      if (config.build.ssr) return;
      const outDir = resolve(config.root, config.build.outDir);
      const ssrDir = mkdtempSync(join(tmpdir(), 'onevisit-prerender-'));
      try {
        await build({
          configFile: config.configFile,
          mode: config.mode,
          logLevel: 'warn',
          // Run once at build time, never shipped: its size does not matter.
          build: { ssr: 'src/prerender.tsx', outDir: ssrDir, emptyOutDir: true, copyPublicDir: false, minify: false, chunkSizeWarningLimit: 100_000 },
          ssr: { noExternal: true },
        });
        const entry = readdirSync(ssrDir).find((f) => /^prerender\.m?js$/.test(f))!;
        const { renderPage, PRERENDERED } = (await import(pathToFileURL(join(ssrDir, entry)).href)) as typeof import('./src/prerender');
        const template = readFileSync(join(outDir, 'index.html'), 'utf8');
        const page = async (path: string | null) => {
          const { html, title } = await renderPage(path);
          // The page's own code, fetched alongside the entry instead of after it.
          const own = path ? PRERENDERED[path] : undefined;
          const preload = own && chunks.has(own) ? [chunks.get(own)!.file, ...chunks.get(own)!.imports] : [];
          const links = [...new Set(preload)].filter((f) => !template.includes(f)).map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`).join('');
          return template
            .replace('<div id="root"></div>', `<div id="root"${path ? ` data-prerendered="${path}"` : ''}>${html}</div>`)
            .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
            .replace('</head>', `${links}</head>`);
        };
        mkdirSync(join(outDir, PRERENDERED_DIR), { recursive: true });
        const routes: Record<string, string> = {};
        for (const path of Object.keys(PRERENDERED)) {
          writeFileSync(join(outDir, fileFor(path)), await page(path));
          routes[path] = `/${fileFor(path)}`;
        }
        writeFileSync(join(outDir, PRERENDERED_DIR, 'routes.json'), `${JSON.stringify(routes, null, 2)}\n`);
        // Every other address gets the shell: the header, the footer and "loading" where the page will be.
        writeFileSync(join(outDir, 'index.html'), await page(null));
      } finally {
        rmSync(ssrDir, { recursive: true, force: true });
      }
      compressTree(outDir);
    },
  };
}
