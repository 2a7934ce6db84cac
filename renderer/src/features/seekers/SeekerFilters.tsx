import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTIES } from '../../../../shared/domain/counties';
import { PREFERENCES, STAGE_FILTERS, type StageFilter } from '../../../../shared/domain/seeker';
import { stageKeyLabel } from '../../data/labels';
import { townsOf, useReferenceStore } from '../../data/reference-store';
import { useSeekersStore, type FilterState } from './seekers-store';

const SEARCH_DEBOUNCE_MS = 300;

function isStage(value: string): value is StageFilter {
  return (STAGE_FILTERS as readonly string[]).includes(value);
}
function isPreference(value: string): value is NonNullable<FilterState['preference']> {
  return (PREFERENCES as readonly string[]).includes(value);
}

/** Typing waits for a pause before the backend is asked: one query per word, not per key. */
function SearchBox() {
  const { t } = useTranslation();
  const search = useSeekersStore((s) => s.filter.search);
  const setFilter = useSeekersStore((s) => s.setFilter);
  const [text, setText] = useState(search);
  useEffect(() => setText(search), [search]);
  useEffect(() => {
    if (text.trim() === search) return;
    const timer = setTimeout(() => setFilter({ search: text.trim() }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, search, setFilter]);
  return (
    <input
      type="search"
      className="quick-search"
      aria-label={t('seekers.search')}
      placeholder={t('seekers.searchPlaceholder')}
      value={text}
      maxLength={40}
      onChange={(e) => setText(e.target.value)}
    />
  );
}

export function SeekerFilters() {
  const { t, i18n } = useTranslation();
  const filter = useSeekersStore((s) => s.filter);
  const setFilter = useSeekersStore((s) => s.setFilter);
  const resetFilter = useSeekersStore((s) => s.resetFilter);
  const counties = useReferenceStore((s) => s.counties);
  const enterprises = useReferenceStore((s) => s.enterprises);
  const towns = townsOf(counties, filter.countyCode);
  const en = i18n.language === 'en';
  const active =
    filter.search !== '' ||
    filter.countyCode !== null ||
    filter.town !== null ||
    filter.stage !== null ||
    filter.enterpriseId !== null ||
    filter.preference !== null;

  return (
    <div className="toolbar seekers-filters" role="search" aria-label={t('seekers.filters')}>
      <SearchBox />
      <select
        aria-label={t('seekers.filter.county')}
        title={t('seekers.filter.county')}
        value={filter.countyCode ?? ''}
        onChange={(e) => setFilter({ countyCode: e.target.value || null })}
      >
        <option value="">{t('seekers.filter.allCounties')}</option>
        {COUNTIES.map((c) => (
          <option key={c.code} value={c.code}>
            {en ? c.nameEn : c.nameZh}
          </option>
        ))}
      </select>
      <select
        aria-label={t('seekers.filter.town')}
        title={t('seekers.filter.town')}
        value={filter.town ?? ''}
        disabled={towns.length === 0}
        onChange={(e) => setFilter({ town: e.target.value || null })}
      >
        <option value="">{t('seekers.filter.allTowns')}</option>
        {towns.map((town) => (
          <option key={town} value={town}>
            {town}
          </option>
        ))}
      </select>
      <select
        aria-label={t('seekers.filter.stage')}
        title={t('seekers.filter.stage')}
        value={filter.stage ?? ''}
        onChange={(e) => setFilter({ stage: isStage(e.target.value) ? e.target.value : null })}
      >
        <option value="">{t('seekers.filter.allStages')}</option>
        {STAGE_FILTERS.map((s) => (
          <option key={s} value={s}>
            {stageKeyLabel(t, s)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('seekers.filter.enterprise')}
        title={t('seekers.filter.enterprise')}
        value={filter.enterpriseId ?? ''}
        onChange={(e) => setFilter({ enterpriseId: e.target.value || null })}
      >
        <option value="">{t('seekers.filter.allEnterprises')}</option>
        <option value="any">{t('seekers.anyEnterprise')}</option>
        {enterprises.map((e) => (
          <option key={e.id} value={e.id}>
            {e.shortName || e.name}
          </option>
        ))}
      </select>
      <select
        aria-label={t('seekers.filter.preference')}
        title={t('seekers.filter.preference')}
        value={filter.preference ?? ''}
        onChange={(e) => setFilter({ preference: isPreference(e.target.value) ? e.target.value : null })}
      >
        <option value="">{t('seekers.filter.allPreferences')}</option>
        {PREFERENCES.map((p) => (
          <option key={p} value={p}>
            {t(`seekers.pref.${p}`)}
          </option>
        ))}
      </select>
      {active ? (
        <button type="button" className="subtle" onClick={resetFilter}>
          {t('seekers.clearFilters')}
        </button>
      ) : null}
    </div>
  );
}
