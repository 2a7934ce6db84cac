import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { catalogs, translate } from '../../../shared/i18n/index';
import { zhCN } from '../../../shared/i18n/zh-CN';

const ROOT = path.resolve(__dirname, '../../..');

/** Every leaf of a catalogue as `dotted.key → text`. */
function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      for (const [kk, vv] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
    }
  } else {
    out.set(prefix, node);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'i18n') out.push(...sourceFiles(full));
    } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      out.push(full);
    }
  }
  return out;
}

describe('catalogues', () => {
  const enLeaves = leaves(en);
  const zhLeaves = leaves(zhCN);

  it('zh-CN has exactly the keys of en', () => {
    expect([...zhLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it('has a non-empty text for every key in both languages', () => {
    for (const [key, text] of [...enLeaves, ...zhLeaves]) {
      expect(typeof text, key).toBe('string');
      expect((text as string).trim(), key).not.toBe('');
    }
  });

  it('uses the same {{placeholders}} in both languages', () => {
    for (const [key, text] of enLeaves) {
      expect(placeholders(zhLeaves.get(key) as string), key).toEqual(placeholders(text as string));
    }
  });

  it('has actually been translated (most Chinese texts differ from the English)', () => {
    const same = [...enLeaves].filter(([key, text]) => zhLeaves.get(key) === text).map(([key]) => key);
    expect(same.length).toBeLessThan(enLeaves.size / 10);
  });

  it('contains every v.* and e.* message the backend and domain code use', () => {
    const used = new Map<string, string>();
    for (const file of [
      ...sourceFiles(path.join(ROOT, 'shared')),
      ...sourceFiles(path.join(ROOT, 'electron')),
    ]) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/['"`]((?:v|e)\.[a-z_]+)['"`]/g)) {
        used.set(m[1]!, path.relative(ROOT, file));
      }
    }
    // The scan must really find the messages, or this test proves nothing.
    expect(used.get('v.headcount_min')).toBe(path.join('shared', 'domain', 'enterprise.ts'));
    expect(used.get('e.storage')).toBeDefined();
    const missing: string[] = [];
    for (const [key, file] of used) {
      for (const language of ['en', 'zh-CN'] as const) {
        if (!leaves(catalogs[language]).has(key)) missing.push(`${key} (${language}, used in ${file})`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('translate', () => {
  it('looks keys up in the chosen language and fills the placeholders', () => {
    expect(translate('en', 'e.storage', { detail: 'EIO (rename)' })).toBe(
      'The data could not be saved to disk: EIO (rename). Your last saved data is intact.',
    );
    expect(translate('zh-CN', 'v.headcount_min')).toBe(zhCN.v.headcount_min);
    expect(translate('zh-CN', 'e.storage', { detail: 'ENOSPC' })).toContain('ENOSPC');
  });

  it('answers an unknown key with the key itself', () => {
    expect(translate('en', 'v.no_such_message')).toBe('v.no_such_message');
    expect(translate('en', 'v')).toBe('v');
  });
});
