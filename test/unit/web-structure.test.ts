import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The web app is arranged by feature (docs/architecture.md): a feature's folder holds its requests and
 * their answer schemas; pages and components ask features, never the API directly; no feature reaches into
 * another, and no page into another page. A new matter type's web code then lives in one folder.
 */
const WEB = resolve('web/src');

interface Import {
  from: string;
  to: string;
  names: string[];
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const statements = text.matchAll(/(?:import|export)\s+(type\s+)?(?:\{([^}]*)\}|[\w*\s,]+?)\s*from\s*'(\.[^']+)'/g);
  const dynamic = text.matchAll(/import\('(\.[^']+)'\)/g);
  const from = relative(WEB, file);
  return [
    ...[...statements].map((match) => ({
      from,
      to: relative(WEB, resolve(dirname(file), match[3]!)),
      names: match[1] ? [] : (match[2] ?? '').split(',').map((name) => name.trim()).filter((name) => name && !name.startsWith('type ')),
    })),
    ...[...dynamic].map((match) => ({ from, to: relative(WEB, resolve(dirname(file), match[1]!)), names: ['*'] })),
  ];
}

const imports = sourceFiles(WEB).flatMap(importsOf);
const featureOf = (path: string) => /^features\/([^/]+)\//.exec(path)?.[1];

describe('web app arranged by feature', () => {
  it('finds the imports it checks', () => {
    expect(imports.filter((link) => link.from.startsWith('pages/')).length).toBeGreaterThan(20);
    expect(imports.filter((link) => featureOf(link.from)).length).toBeGreaterThan(10);
  });

  it('only features (and the sign-in client) call the API', () => {
    const callers = imports.filter((link) => link.to === 'api' && (link.names.includes('api') || link.names.includes('*')));
    const outside = callers.filter((link) => !featureOf(link.from) && link.from !== 'sign-in-client.ts');
    expect(outside.map((link) => link.from)).toEqual([]);
  });

  it('no feature reaches into another feature', () => {
    const crossing = imports.filter((link) => featureOf(link.from) && featureOf(link.to) && featureOf(link.from) !== featureOf(link.to));
    expect(crossing.map((link) => `${link.from} → ${link.to}`)).toEqual([]);
  });

  it('features do not depend on pages or components', () => {
    const upward = imports.filter((link) => featureOf(link.from) && /^(pages|components)\//.test(link.to));
    expect(upward.map((link) => `${link.from} → ${link.to}`)).toEqual([]);
  });

  it('no page imports another page, and no component imports a page', () => {
    const pageLinks = imports.filter((link) => link.to.startsWith('pages/') && /^(pages|components)\//.test(link.from));
    expect(pageLinks.map((link) => `${link.from} → ${link.to}`)).toEqual([]);
  });
});
