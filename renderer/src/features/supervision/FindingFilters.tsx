import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTIES } from '../../../../shared/domain/counties';
import { FINDING_CATEGORIES, FINDING_STATES } from '../../../../shared/domain/supervision';
import { countyName } from '../../data/labels';
import { useSupervisionStore, type Filter } from './supervision-store';

const orNull = <T extends string>(v: string) => (v === '' ? null : (v as T));

/** County, state (open and overdue too), category, and words; typing asks once it settles. */
export function FindingFilters() {
  const { t, i18n } = useTranslation();
  const filter = useSupervisionStore((s) => s.filter);
  const setFilter = useSupervisionStore((s) => s.setFilter);
  const [search, setSearch] = useState(filter.search);

  useEffect(() => {
    if (search === useSupervisionStore.getState().filter.search) return;
    const timer = setTimeout(() => setFilter({ search }), 250);
    return () => clearTimeout(timer);
  }, [search, setFilter]);

  return (
    <div className="toolbar finding-filters">
      <select
        aria-label={t('supervision.filter.county')}
        value={filter.countyCode ?? ''}
        onChange={(e) => setFilter({ countyCode: orNull(e.target.value) })}
      >
        <option value="">{t('supervision.filter.allCounties')}</option>
        {COUNTIES.map((c) => (
          <option key={c.code} value={c.code}>
            {countyName(c.code, i18n.language)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('supervision.filter.state')}
        value={filter.state ?? ''}
        onChange={(e) => setFilter({ state: orNull<NonNullable<Filter['state']>>(e.target.value) })}
      >
        <option value="">{t('supervision.filter.allStates')}</option>
        <option value="open">{t('supervision.filter.open')}</option>
        <option value="overdue">{t('supervision.filter.overdue')}</option>
        {FINDING_STATES.map((s) => (
          <option key={s} value={s}>
            {t(`supervision.state.${s}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('supervision.filter.category')}
        value={filter.category ?? ''}
        onChange={(e) => setFilter({ category: orNull<NonNullable<Filter['category']>>(e.target.value) })}
      >
        <option value="">{t('supervision.filter.allCategories')}</option>
        {FINDING_CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {t(`supervision.category.${c}`)}
          </option>
        ))}
      </select>
      <input
        type="search"
        className="finding-search"
        aria-label={t('supervision.filter.search')}
        placeholder={t('supervision.filter.searchHint')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
    </div>
  );
}
