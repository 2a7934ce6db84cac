import { useTranslation } from 'react-i18next';
import { DateRangeFields } from '../../../ui/DateRangeFields';
import { CASE_STATUS_FILTERS, CASE_TYPES } from '../../../../../shared/domain/service-cases';
import { useReferenceStore } from '../../../data/reference-store';
import type { DiaryFilterState } from './DiaryTab';

export const EMPTY_DIARY_FILTER: DiaryFilterState = {
  from: null,
  to: null,
  enterpriseId: null,
  type: null,
  status: null,
  search: '',
};

interface DiaryFiltersProps {
  value: DiaryFilterState;
  onChange: (next: DiaryFilterState) => void;
}

const orNull = <T extends string>(v: string) => (v === '' ? null : (v as T));

/** Dates, enterprise, type, status and a search over the worker and the words of the case. */
export function DiaryFilters({ value, onChange }: DiaryFiltersProps) {
  const { t } = useTranslation();
  const enterprises = useReferenceStore((s) => s.enterprises);
  const set = (patch: Partial<DiaryFilterState>) => onChange({ ...value, ...patch });
  return (
    <div className="toolbar diary-filters">
      <input
        type="search"
        className="diary-search"
        aria-label={t('stabilisation.diary.search')}
        placeholder={t('stabilisation.diary.search')}
        value={value.search ?? ''}
        onChange={(e) => set({ search: e.target.value })}
      />
      <DateRangeFields
        fromLabel={t('stabilisation.diary.from')}
        toLabel={t('stabilisation.diary.to')}
        from={value.from}
        to={value.to}
        onChange={set}
      />
      <select
        aria-label={t('stabilisation.col.enterprise')}
        value={value.enterpriseId ?? ''}
        onChange={(e) => set({ enterpriseId: orNull(e.target.value) })}
      >
        <option value="">{t('stabilisation.diary.allEnterprises')}</option>
        {enterprises.map((e) => (
          <option key={e.id} value={e.id}>
            {e.shortName || e.name}
          </option>
        ))}
      </select>
      <select
        aria-label={t('stabilisation.col.type')}
        value={value.type ?? ''}
        onChange={(e) => set({ type: orNull(e.target.value) })}
      >
        <option value="">{t('stabilisation.diary.allTypes')}</option>
        {CASE_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`stabilisation.caseType.${type}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('stabilisation.col.status')}
        value={value.status ?? ''}
        onChange={(e) => set({ status: orNull(e.target.value) })}
      >
        <option value="">{t('stabilisation.diary.allStatuses')}</option>
        {CASE_STATUS_FILTERS.map((s) => (
          <option key={s} value={s}>
            {t(`stabilisation.statusFilter.${s}`)}
          </option>
        ))}
      </select>
      {JSON.stringify(value) !== JSON.stringify(EMPTY_DIARY_FILTER) ? (
        <button type="button" className="small subtle" onClick={() => onChange(EMPTY_DIARY_FILTER)}>
          {t('stabilisation.diary.clear')}
        </button>
      ) : null}
    </div>
  );
}
