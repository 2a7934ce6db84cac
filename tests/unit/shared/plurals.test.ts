import { describe, expect, it } from 'vitest';
import {
  supplyQuantityText,
  supplyUnitText,
  type MaybeTranslate,
} from '../../../shared/domain/transport/supply-text';
import { en } from '../../../shared/i18n/en';
import { translate } from '../../../shared/i18n/index';
import { translator } from '../support/audit-text';

/** Every leaf of a catalogue as `dotted.key → text`. */
function leaves(node: unknown, prefix = ''): [string, string][] {
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [[prefix, String(node)]];
}

/** The renderer's `translateKey`: null for a key the catalogue lacks. */
function maybe(language: 'en' | 'zh-CN'): MaybeTranslate {
  const { t, exists } = translator(language);
  return (key, params) => (exists(key) ? t(key, params) : null);
}

describe('English plurals', () => {
  it('never puts a plural noun after a bare count (“1 people”): such texts have a singular form', () => {
    const bare = leaves(en).filter(
      ([key, text]) => !key.endsWith('_other') && /\{\{(?:count|n)\}\}(?: more)? [a-z-]+s\b/.test(text),
    );
    expect(bare).toEqual([]);
  });

  it('gives every plural text both forms', () => {
    const keys = new Set(leaves(en).map(([k]) => k));
    const lonely = [...keys].filter(
      (k) =>
        (k.endsWith('_one') && !keys.has(k.replace(/_one$/, '_other'))) ||
        (k.endsWith('_other') && !keys.has(k.replace(/_other$/, '_one'))),
    );
    expect(lonely).toEqual([]);
  });

  it('says “1 person arrived” and “45 people arrived” when closing a trip', () => {
    const { t } = translator('en');
    const close = (count: number) =>
      t('transport.action.closeConfirm', { trip: '20220310-01', count, date: '2022-03-10' });
    expect(close(1)).toContain('1 person arrived');
    expect(close(45)).toContain('45 people arrived');
    expect(t('transport.action.closedMessage', { trip: 'x', count: 1 })).toBe(
      'Trip x closed: 1 person-trip recorded.',
    );
    expect(t('transport.manifest.seats', { count: 1 })).toBe('1 seat');
    expect(t('imports.preview.commit', { count: 1 })).toBe('Import 1 row');
    expect(t('dashboard.headline.people', { count: 1, n: '1' })).toBe('1 person transported');
    expect(t('dashboard.headline.people', { count: 6913, n: '6,913' })).toBe('6,913 people transported');
  });

  it('reads the same in Chinese whatever the count', () => {
    const { t } = translator('zh-CN');
    expect(t('transport.manifest.seats', { count: 1 })).toBe('1 座');
    expect(t('common.people', { count: 1 })).toBe(t('common.people', { count: 2 }).replace('2', '1'));
  });

  it('picks the plural form outside i18next too (the command line)', () => {
    expect(translate('en', 'imports.undo.later_steps', { count: 1 })).toBe(
      'Cannot undo: 1 later pipeline step was recorded for a person of this import.',
    );
    expect(translate('en', 'imports.undo.later_steps', { count: 3 })).toContain(
      '3 later pipeline steps were',
    );
    expect(translate('zh-CN', 'imports.undo.later_steps', { count: 3 })).toContain('3');
  });
});

describe('supply units', () => {
  it('translates the units of the default supplies into English, singular and plural', () => {
    const tr = maybe('en');
    // The units the supplies list starts with (migration 4): 人次, 份, 桶, 根, 瓶.
    expect(supplyQuantityText(tr, '人次', 38, '38')).toBe('38 people');
    expect(supplyQuantityText(tr, '份', 38, '38')).toBe('38 packs');
    expect(supplyQuantityText(tr, '桶', 1, '1')).toBe('1 cup');
    expect(supplyQuantityText(tr, '根', 76, '76')).toBe('76 sticks');
    expect(supplyQuantityText(tr, '瓶', 76, '76')).toBe('76 bottles');
    expect(supplyQuantityText(tr, '瓶', 1, '1')).toBe('1 bottle');
    expect(supplyUnitText(tr, '箱', 2)).toBe('boxes');
  });

  it('keeps Chinese as written, and shows a unit no catalogue knows as typed', () => {
    expect(supplyQuantityText(maybe('zh-CN'), '瓶', 76, '76')).toBe('76瓶');
    expect(supplyQuantityText(maybe('zh-CN'), '人次', 38, '38')).toBe('38人次');
    expect(supplyQuantityText(maybe('en'), '枚', 3, '3')).toBe('3 枚');
    expect(supplyQuantityText(maybe('en'), '', 3, '3')).toBe('3');
  });
});
