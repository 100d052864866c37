import { describe, expect, it } from 'vitest';
import { SPA_REWRITE } from '../../cdk/web-stack.js';
import { PRERENDERED_PAGES } from '../../config/prerendered-pages.js';

/** CloudFront's viewer-request function, run as CloudFront runs it: the source, then `handler(event)`. */
const rewrite = (uri: string): string => {
  const handler = new Function(`${SPA_REWRITE}; return handler;`)() as (event: { request: { uri: string } }) => { uri: string };
  return handler({ request: { uri } }).uri;
};

describe('the web app’s address rewrite on CloudFront', () => {
  it('sends each pre-rendered page to its drawn file', () => {
    for (const [path, file] of Object.entries(PRERENDERED_PAGES)) expect(rewrite(path)).toBe(file);
  });

  it('sends every other app address to the shell, and leaves files and the API alone', () => {
    expect(rewrite('/applications/01ABC')).toBe('/index.html');
    expect(rewrite('/staff')).toBe('/index.html');
    expect(rewrite('/assets/index-abc.js')).toBe('/assets/index-abc.js');
    expect(rewrite('/api/districts')).toBe('/api/districts');
  });
});
