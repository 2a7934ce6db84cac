import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PeriodPreset, PeriodPresetKind } from '../../../shared/domain/quotas';
import { ALL_PERIODS, presetLabel } from '../data/period';

interface PeriodSelectProps {
  presets: readonly PeriodPreset[];
  value: string;
  onChange: (key: string) => void;
}

const KIND_ORDER: readonly PeriodPresetKind[] = ['year', 'h1', 'h2', 'q1', 'q2', 'q3', 'q4'];

function optionsForYear(t: TFunction, presets: readonly PeriodPreset[], year: number) {
  return KIND_ORDER.flatMap((kind) => {
    const p = presets.find((x) => x.year === year && x.kind === kind);
    return p ? [{ key: p.key, label: presetLabel(t, p) }] : [];
  });
}

/** All periods, then each year's presets grouped under the year, newest first. */
export function PeriodSelect({ presets, value, onChange }: PeriodSelectProps) {
  const { t } = useTranslation();
  const years = [...new Set(presets.map((p) => p.year))];
  return (
    <label className="toolbar-field">
      <span>{t('enterprises.period')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value={ALL_PERIODS}>{t('enterprises.allPeriods')}</option>
        {years.map((year) => (
          <optgroup key={year} label={String(year)}>
            {optionsForYear(t, presets, year).map((o) => (
              <option key={o.key} value={o.key}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
