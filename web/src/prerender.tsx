/**
 * Build-time only (web/prerender-plugin.ts): the public pages drawn to HTML, so a slow phone shows the
 * header, title and words before any JavaScript arrives; and the frame of every other page, with
 * "loading" where its content will be.
 */
import type { Readable } from 'node:stream';
import { prerenderToNodeStream } from 'react-dom/static';
import i18n, { languageReady } from './i18n';
import { App, newQueryClient, PRERENDERED } from './app';

export { PRERENDERED };

const TITLES: Record<string, string> = { '/': 'home.title', '/sign-in': 'signIn.title', '/apply': 'start.title', '/progress': 'progress.title', '/benefits': 'benefits.check.q.district' };

async function text(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

/** One page (`path`), or the shell (`null`): its markup and its document title. */
export async function renderPage(path: string | null): Promise<{ html: string; title: string }> {
  await languageReady;
  // The shell stands for any address: drawn at one that no navigation link matches, so none is marked current.
  const { prelude } = await prerenderToNodeStream(<App queryClient={newQueryClient()} ssrPath={path ?? '/loading'} shell={path === null} />);
  const key = path === null ? undefined : TITLES[path];
  return { html: await text(prelude as unknown as Readable), title: key ? `${i18n.t(key)} - ${i18n.t('app.name')}` : i18n.t('app.name') };
}
