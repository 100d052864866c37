import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `npm run bench` runs outside vitest: a module it loads that registers a hook or a test when it is loaded
 * (afterEach, describe, …) stops it at once. This follows the benchmarks' own imports, file by file, and
 * names any that does.
 */
function localImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s*'(\.[^']+)'|import\('(\.[^']+)'\)/g)]
    .map((match) => resolve(dirname(file), (match[1] ?? match[2])!).replace(/\.js$/, ''))
    .flatMap((base) => ['.ts', '.tsx', '/index.ts'].map((ending) => base + ending).filter(existsSync).slice(0, 1));
}

function pathsToTestHooks(entry: string): string[][] {
  const found: string[][] = [];
  const seen = new Set<string>();
  const visit = (file: string, path: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const here = [...path, relative(process.cwd(), file)];
    if (/^(?:afterEach|beforeEach|afterAll|beforeAll|describe|it|test)\(/m.test(readFileSync(file, 'utf8'))) found.push(here);
    for (const next of localImports(file)) visit(next, here);
  };
  visit(entry, []);
  return found;
}

describe('the benchmarks run outside vitest', () => {
  const entries = readdirSync('bench').filter((name) => name.endsWith('.ts')).map((name) => join(resolve('bench'), name));

  it('finds the benchmark files', () => {
    expect(entries.length).toBeGreaterThan(2);
  });

  it('load no module that registers a test hook or a test', () => {
    expect(entries.flatMap(pathsToTestHooks).map((path) => path.join(' → '))).toEqual([]);
  });
});
