import { useTranslation } from 'react-i18next';
import { DateRangeFields } from '../../ui/DateRangeFields';
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
  const set = (patch: Partial<VisitFilterState>) => onChange({ ...value, ...patch });
  return (
    <div className="toolbar visit-filters">
      <DateRangeFields
        fromLabel={t('fieldwork.filters.from')}
        toLabel={t('fieldwork.filters.to')}
        from={value.from}
        to={value.to}
        onChange={set}
      />
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
