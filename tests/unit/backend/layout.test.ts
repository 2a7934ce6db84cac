import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The backend's import graph runs one way: handlers → services → repos → db. Checked on the
 * sources (type imports included), so a new file that breaks the arrows fails here, not in review.
 */
const ROOT = path.resolve(__dirname, '../../../electron/backend');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

/** Each backend file and the backend files it imports (relative specifiers resolved to files). */
function graph(): Map<string, string[]> {
  const files = sources(ROOT);
  const known = new Set(files);
  const out = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const deps = importedFiles
      .map((i) => i.fileName)
      .filter((s) => s.startsWith('.'))
      .map((s) => path.resolve(path.dirname(file), s))
      .flatMap((p) => [`${p}.ts`, path.join(p, 'index.ts')].filter((c) => known.has(c)).slice(0, 1));
    out.set(rel(file), deps.map(rel));
  }
  return out;
}

function cycles(g: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (v: string) => {
    state.set(v, 'open');
    stack.push(v);
    for (const w of g.get(v) ?? []) {
      if (state.get(w) === 'open') found.push([...stack.slice(stack.indexOf(w)), w]);
      else if (!state.has(w)) visit(w);
    }
    stack.pop();
    state.set(v, 'done');
  };
  for (const v of g.keys()) if (!state.has(v)) visit(v);
  return found;
}

const isHandlers = (f: string) => /(^|\/)handlers\.ts$/.test(f);
const isRepo = (f: string) => /^[a-z-]+\/repos\//.test(f);
const isCommon = (f: string) => f.startsWith('db/') || f === 'write-context.ts';

describe('backend layout', () => {
  const g = graph();

  it('has no import circle', () => {
    expect(cycles(g)).toEqual([]);
  });

  it('keeps every domain in its own folder with its handler map, and the root map only spreads them', () => {
    const domains = [...new Set([...g.keys()].filter(isHandlers).map((f) => f.split('/')[0]!))];
    expect(domains.sort()).toEqual(
      [
        'app',
        'audit',
        'counts',
        'dashboard',
        'enterprises',
        'fieldwork',
        'handlers.ts',
        'imports',
        'policies',
        'seekers',
        'stabilisation',
        'supervision',
        'transport',
      ].sort(),
    );
    const rootImports = g.get('handlers.ts')!;
    expect(rootImports.every((f) => isHandlers(f) || f === 'handler-context.ts')).toBe(true);
  });

  it('lets only the root map import a domain handler map, and only handlers see the handler context', () => {
    for (const [file, deps] of g) {
      for (const dep of deps) {
        if (isHandlers(dep) && dep !== 'handlers.ts') expect(file, `${file} → ${dep}`).toBe('handlers.ts');
        if (dep === 'handlers.ts') expect(file, `${file} → ${dep}`).toBe('backend.ts');
        if (dep === 'handler-context.ts') {
          expect(isHandlers(file) || file === 'backend.ts', `${file} → ${dep}`).toBe(true);
        }
      }
    }
  });

  it('lets repos import only the database, the write context and other repos', () => {
    for (const [file, deps] of g) {
      if (!isRepo(file)) continue;
      for (const dep of deps) expect(isRepo(dep) || isCommon(dep), `${file} → ${dep}`).toBe(true);
    }
  });

  it('keeps the database layer below everything else', () => {
    for (const [file, deps] of g) {
      if (!isCommon(file)) continue;
      for (const dep of deps) expect(isCommon(dep), `${file} → ${dep}`).toBe(true);
    }
  });
});
