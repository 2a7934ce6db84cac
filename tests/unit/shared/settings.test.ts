import { describe, expect, it } from 'vitest';
import { resolveLanguage, Settings, SettingsPatch } from '../../../shared/domain/settings';

describe('resolveLanguage', () => {
  it('follows an explicit choice', () => {
    expect(resolveLanguage('en', ['zh-CN'])).toBe('en');
    expect(resolveLanguage('zh-CN', ['en-US'])).toBe('zh-CN');
  });

  it('follows the system languages in order when set to system', () => {
    expect(resolveLanguage('system', ['en-GB', 'zh-CN'])).toBe('en');
    expect(resolveLanguage('system', ['zh-TW', 'en'])).toBe('zh-CN');
    expect(resolveLanguage('system', ['fr-FR', 'EN-us'])).toBe('en');
  });

  it('falls back to Chinese', () => {
    expect(resolveLanguage('system', [])).toBe('zh-CN');
    expect(resolveLanguage('system', ['fr-FR', 'de'])).toBe('zh-CN');
  });
});

describe('settings schemas', () => {
  it('fills defaults for stored settings', () => {
    expect(Settings.parse({})).toEqual({
      operatorName: '',
      language: 'system',
      stableDays: 30,
      asOfDate: null,
      visitDays: [7, 30, 90],
      waitingVisitDays: 7,
    });
  });

  it('keeps return-visit days as a sorted schedule without repeats, within a year', () => {
    expect(SettingsPatch.parse({ visitDays: [30, 7, 7, 90] })).toEqual({ visitDays: [7, 30, 90] });
    expect(SettingsPatch.safeParse({ visitDays: [] }).success).toBe(false);
    expect(SettingsPatch.safeParse({ visitDays: [0, 7] }).success).toBe(false);
    expect(SettingsPatch.safeParse({ visitDays: [7, 400] }).success).toBe(false);
    expect(SettingsPatch.safeParse({ waitingVisitDays: 0 }).success).toBe(false);
  });

  it('changes only what a patch names', () => {
    expect(SettingsPatch.parse({ language: 'en' })).toEqual({ language: 'en' });
    expect(SettingsPatch.parse({ operatorName: '  张三 ' })).toEqual({ operatorName: '张三' });
  });
});
