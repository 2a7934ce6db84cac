import type { TFunction } from 'i18next';
import type { Enterprise } from '../../../shared/domain/enterprise';
import { lineInPeriod, periodPresets, type Period, type PeriodPreset } from '../../../shared/domain/quotas';

export const ALL_PERIODS = 'all';

export interface PeriodChoice {
  presets: PeriodPreset[];
  /** What the page shows when the user has not picked a period. */
  defaultKey: string;
}

/**
 * The first half of the newest year whose first half has demand (the drive's main reporting period),
 * else all periods, so a page never opens on an empty period.
 */
export function periodChoice(enterprises: readonly Enterprise[]): PeriodChoice {
  const lines = enterprises.flatMap((e) => e.lines);
  const presets = periodPresets(lines);
  const h1 = presets.find((p) => p.kind === 'h1' && lines.some((l) => lineInPeriod(l, p)));
  return { presets, defaultKey: h1?.key ?? ALL_PERIODS };
}

/** The chosen preset, or null for all periods; a choice that no longer exists falls back to the default. */
export function selectedPreset(key: string | null, choice: PeriodChoice): PeriodPreset | null {
  const find = (k: string) => choice.presets.find((p) => p.key === k) ?? null;
  if (key === ALL_PERIODS) return null;
  return (key !== null ? find(key) : null) ?? find(choice.defaultKey);
}

export function presetLabel(t: TFunction, preset: PeriodPreset | null): string {
  return preset ? t(`period.${preset.kind}`, { year: preset.year }) : t('enterprises.allPeriods');
}

function iso(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The half-year containing `today`, for new demand lines when no period is selected. */
export function currentHalfYear(today: Date): Period {
  const year = today.getFullYear();
  return today.getMonth() < 6
    ? { start: iso(new Date(year, 0, 1)), end: iso(new Date(year, 5, 30)) }
    : { start: iso(new Date(year, 6, 1)), end: iso(new Date(year, 11, 31)) };
}
