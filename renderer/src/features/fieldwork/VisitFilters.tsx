import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTIES } from '../../../../shared/domain/counties';
import { VISIT_KINDS, type RecruitmentClass } from '../../../../shared/domain/fieldwork';
import { countyName } from '../../data/labels';
import { EMPTY_VISIT_FILTER, type VisitFilterState } from './fieldwork-store';

interface VisitFiltersProps {
  value: VisitFilterState;
  classes: readonly RecruitmentClass[];
  onChange: (next: VisitFilterState) => void;
}

const orNull = <T extends string>(v: string) => (v === '' ? null : (v as T));

/** Dates, county, class and kind of visit. */
export function VisitFilters({ value, classes, onChange }: VisitFiltersProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const set = (patch: Partial<VisitFilterState>) => onChange({ ...value, ...patch });
  return (
    <div className="toolbar visit-filters">
      <label className="toolbar-field" htmlFor={`${id}-from`}>
        {t('fieldwork.filters.from')}
        <input
          id={`${id}-from`}
          type="date"
          value={value.from ?? ''}
          onChange={(e) => set({ from: orNull(e.target.value) })}
        />
      </label>
      <label className="toolbar-field" htmlFor={`${id}-to`}>
        {t('fieldwork.filters.to')}
        <input
          id={`${id}-to`}
          type="date"
          value={value.to ?? ''}
          onChange={(e) => set({ to: orNull(e.target.value) })}
        />
      </label>
      <select
        aria-label={t('fieldwork.filters.county')}
        value={value.countyCode ?? ''}
        onChange={(e) => set({ countyCode: orNull(e.target.value) })}
      >
        <option value="">
          {t('fieldwork.filters.county')}
          {t('common.colon')}
          {t('fieldwork.filters.all')}
        </option>
        {COUNTIES.map((c) => (
          <option key={c.code} value={c.code}>
            {countyName(c.code, i18n.language)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('fieldwork.filters.class')}
        value={value.classId ?? ''}
        onChange={(e) => set({ classId: orNull(e.target.value) })}
      >
        <option value="">
          {t('fieldwork.filters.class')}
          {t('common.colon')}
          {t('fieldwork.filters.all')}
        </option>
        {classes.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <select
        aria-label={t('fieldwork.filters.kind')}
        value={value.kind ?? ''}
        onChange={(e) => set({ kind: orNull(e.target.value) })}
      >
        <option value="">
          {t('fieldwork.filters.kind')}
          {t('common.colon')}
          {t('fieldwork.filters.all')}
        </option>
        {VISIT_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`fieldwork.kind.${k}`)}
          </option>
        ))}
      </select>
      {JSON.stringify(value) !== JSON.stringify(EMPTY_VISIT_FILTER) ? (
        <button type="button" className="small subtle" onClick={() => onChange(EMPTY_VISIT_FILTER)}>
          {t('fieldwork.filters.clear')}
        </button>
      ) : null}
    </div>
  );
}
