import type { TFunction } from 'i18next';
import type { Enterprise } from '../../../../shared/domain/enterprise';
import { periodPresets, type Period, type PeriodPreset } from '../../../../shared/domain/quotas';

export const ALL_PERIODS = 'all';

export function presetsFor(enterprises: readonly Enterprise[]): PeriodPreset[] {
  return periodPresets(enterprises.flatMap((e) => e.lines));
}

/** The first half of the newest year with data: the drive's main reporting period. */
export function defaultPeriodKey(presets: readonly PeriodPreset[]): string {
  return presets.find((p) => p.kind === 'h1')?.key ?? ALL_PERIODS;
}

/** The chosen preset, or null for all periods; a choice that no longer exists falls back to the default. */
export function selectedPreset(key: string | null, presets: readonly PeriodPreset[]): PeriodPreset | null {
  const effective = key ?? defaultPeriodKey(presets);
  if (effective === ALL_PERIODS) return null;
  const found = presets.find((p) => p.key === effective);
  if (found) return found;
  const fallback = defaultPeriodKey(presets);
  return presets.find((p) => p.key === fallback) ?? null;
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
