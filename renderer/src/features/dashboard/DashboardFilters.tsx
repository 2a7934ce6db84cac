import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enterprise } from '../../../../shared/domain/enterprise';
import type { CountyProgress } from '../../../../shared/domain/dashboard';
import type { Period } from '../../../../shared/domain/quotas';
import { ALL_PERIODS, periodChoice } from '../../data/period';
import { PeriodSelect } from '../../ui/PeriodSelect';
import type { DashboardFilter } from './dashboard-store';

interface DashboardFiltersProps {
  filter: DashboardFilter;
  /** The period the figures are for (the default one when none is chosen). */
  period: Period;
  counties: readonly CountyProgress[];
  enterprises: readonly Enterprise[];
  onChange: (patch: Partial<DashboardFilter>) => void;
}

/** Every period any demand line spans, from the first line's start to the last one's end. */
function allPeriods(enterprises: readonly Enterprise[], fallback: Period): Period {
  const lines = enterprises.flatMap((e) => e.lines);
  if (lines.length === 0) return fallback;
  return {
    start: lines.reduce((m, l) => (l.periodStart < m ? l.periodStart : m), lines[0]!.periodStart),
    end: lines.reduce((m, l) => (l.periodEnd > m ? l.periodEnd : m), lines[0]!.periodEnd),
  };
}

export function DashboardFilters({ filter, period, counties, enterprises, onChange }: DashboardFiltersProps) {
  const { t, i18n } = useTranslation();
  const choice = useMemo(() => periodChoice(enterprises), [enterprises]);
  const selectedKey =
    choice.presets.find((p) => p.start === period.start && p.end === period.end)?.key ??
    (filter.period ? ALL_PERIODS : choice.defaultKey);
  const onPeriod = (key: string) => {
    const preset = choice.presets.find((p) => p.key === key);
    onChange({ period: preset ? { start: preset.start, end: preset.end } : allPeriods(enterprises, period) });
  };
  const active = filter.period !== null || filter.countyCode !== null || filter.enterpriseId !== null;
  return (
    <div className="toolbar dash-filters no-print" role="group" aria-label={t('dashboard.filters.label')}>
      <PeriodSelect presets={choice.presets} value={selectedKey} onChange={onPeriod} />
      <label className="toolbar-field">
        <span>{t('dashboard.filters.county')}</span>
        <select
          value={filter.countyCode ?? ''}
          onChange={(e) => onChange({ countyCode: e.target.value === '' ? null : e.target.value })}
        >
          <option value="">{t('dashboard.filters.allCounties')}</option>
          {counties.map((c) => (
            <option key={c.code} value={c.code}>
              {i18n.language === 'en' ? c.nameEn : c.nameZh}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar-field">
        <span>{t('dashboard.filters.enterprise')}</span>
        <select
          value={filter.enterpriseId ?? ''}
          onChange={(e) => onChange({ enterpriseId: e.target.value === '' ? null : e.target.value })}
        >
          <option value="">{t('dashboard.filters.allEnterprises')}</option>
          {enterprises
            .filter((e) => !e.archived || e.id === filter.enterpriseId)
            .map((e) => (
              <option key={e.id} value={e.id}>
                {e.shortName || e.name}
              </option>
            ))}
        </select>
      </label>
      {active ? (
        <button
          type="button"
          onClick={() => onChange({ period: null, countyCode: null, enterpriseId: null })}
        >
          {t('dashboard.filters.reset')}
        </button>
      ) : null}
    </div>
  );
}
