import { z } from 'zod';
import { isoDate, optionalText } from './fields';
import { DEFAULT_STABLE_DAYS } from './pipeline';
import { DEFAULT_VISIT_DAYS, DEFAULT_WAITING_VISIT_DAYS } from './return-visits';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_SETTINGS = ['system', ...LANGUAGES] as const;

const stableDays = z
  .number({ error: 'v.number' })
  .int({ error: 'v.integer' })
  .min(1, { error: 'v.stable_days' })
  .max(365, { error: 'v.stable_days' });

/** Return visits: days after entry, each a whole number of days within a year, at most six of them. */
const visitDays = z
  .array(
    z
      .number({ error: 'v.number' })
      .int({ error: 'v.integer' })
      .min(1, { error: 'v.visit_days' })
      .max(365, { error: 'v.visit_days' }),
  )
  .min(1, { error: 'v.visit_days' })
  .max(6, { error: 'v.visit_days' })
  .transform((days) => [...new Set(days)].sort((a, b) => a - b));
const waitingVisitDays = z
  .number({ error: 'v.number' })
  .int({ error: 'v.integer' })
  .min(1, { error: 'v.visit_days' })
  .max(60, { error: 'v.visit_days' });

export const Settings = z.object({
  /** Written into the audit log as the person who made each change. */
  operatorName: optionalText(40),
  /** `system` follows the OS language. */
  language: z.enum(LANGUAGE_SETTINGS, { error: 'v.choose' }).default('system'),
  /** A person employed this many days, and not left, counts as stable on the post. */
  stableDays: stableDays.default(DEFAULT_STABLE_DAYS),
  /** Figures are counted as of this date; null means today. The demo sets the article's date. */
  asOfDate: isoDate.nullable().default(null),
  /** Return visits fall due this many days after a person's entry date (回访). */
  visitDays: visitDays.default([...DEFAULT_VISIT_DAYS]),
  /** People waiting for a post are visited every this many days. */
  waitingVisitDays: waitingVisitDays.default(DEFAULT_WAITING_VISIT_DAYS),
});
export type Settings = z.infer<typeof Settings>;

/** Only the fields given change; no defaults here, or a patch would reset what it does not name. */
export const SettingsPatch = z.object({
  operatorName: z.string({ error: 'v.text' }).trim().max(40, { error: 'v.too_long' }).optional(),
  language: z.enum(LANGUAGE_SETTINGS, { error: 'v.choose' }).optional(),
  stableDays: stableDays.optional(),
  asOfDate: isoDate.nullable().optional(),
  visitDays: visitDays.optional(),
  waitingVisitDays: waitingVisitDays.optional(),
});
export type SettingsPatch = z.input<typeof SettingsPatch>;

export const DEFAULT_SETTINGS: Settings = {
  operatorName: '',
  language: 'system',
  stableDays: DEFAULT_STABLE_DAYS,
  asOfDate: null,
  visitDays: [...DEFAULT_VISIT_DAYS],
  waitingVisitDays: DEFAULT_WAITING_VISIT_DAYS,
};

/** The date figures are counted as of: the setting, else today (local date). */
export function effectiveAsOf(settings: Pick<Settings, 'asOfDate'>, now: Date): string {
  if (settings.asOfDate) return settings.asOfDate;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

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
