import { z } from 'zod';
import { optionalText } from './fields';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_SETTINGS = ['system', ...LANGUAGES] as const;

export const Settings = z.object({
  /** Written into the audit log as the person who made each change. */
  operatorName: optionalText(40),
  /** `system` follows the OS language. */
  language: z.enum(LANGUAGE_SETTINGS, { error: 'v.choose' }).default('system'),
});
export type Settings = z.infer<typeof Settings>;

/** Only the fields given change; no defaults here, or a patch would reset what it does not name. */
export const SettingsPatch = z.object({
  operatorName: z.string({ error: 'v.text' }).trim().max(40, { error: 'v.too_long' }).optional(),
  language: z.enum(LANGUAGE_SETTINGS, { error: 'v.choose' }).optional(),
});
export type SettingsPatch = z.input<typeof SettingsPatch>;

export const DEFAULT_SETTINGS: Settings = { operatorName: '', language: 'system' };

/** Picks the UI language from the setting and the OS/browser languages. */
export function resolveLanguage(setting: Settings['language'], systemLanguages: readonly string[]): Language {
  if (setting !== 'system') return setting;
  for (const tag of systemLanguages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}
