import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTIES } from '../../../../shared/domain/counties';
import { PREFERENCES, STAGE_FILTERS, type StageFilter } from '../../../../shared/domain/seeker';
import { stageKeyLabel } from './labels';
import { townsOf, useReferenceStore } from './reference-store';
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
      <label className="toolbar-field">
        <span>{t('seekers.filter.county')}</span>
        <select
          value={filter.countyCode ?? ''}
          onChange={(e) => setFilter({ countyCode: e.target.value || null })}
        >
          <option value="">{t('common.all')}</option>
          {COUNTIES.map((c) => (
            <option key={c.code} value={c.code}>
              {en ? c.nameEn : c.nameZh}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar-field">
        <span>{t('seekers.filter.town')}</span>
        <select
          value={filter.town ?? ''}
          disabled={towns.length === 0}
          onChange={(e) => setFilter({ town: e.target.value || null })}
        >
          <option value="">{t('common.all')}</option>
          {towns.map((town) => (
            <option key={town} value={town}>
              {town}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar-field">
        <span>{t('seekers.filter.stage')}</span>
        <select
          value={filter.stage ?? ''}
          onChange={(e) => setFilter({ stage: isStage(e.target.value) ? e.target.value : null })}
        >
          <option value="">{t('common.all')}</option>
          {STAGE_FILTERS.map((s) => (
            <option key={s} value={s}>
              {stageKeyLabel(t, s)}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar-field">
        <span>{t('seekers.filter.enterprise')}</span>
        <select
          value={filter.enterpriseId ?? ''}
          onChange={(e) => setFilter({ enterpriseId: e.target.value || null })}
        >
          <option value="">{t('common.all')}</option>
          <option value="any">{t('seekers.anyEnterprise')}</option>
          {enterprises.map((e) => (
            <option key={e.id} value={e.id}>
              {e.shortName || e.name}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar-field">
        <span>{t('seekers.filter.preference')}</span>
        <select
          value={filter.preference ?? ''}
          onChange={(e) => setFilter({ preference: isPreference(e.target.value) ? e.target.value : null })}
        >
          <option value="">{t('common.all')}</option>
          {PREFERENCES.map((p) => (
            <option key={p} value={p}>
              {t(`seekers.pref.${p}`)}
            </option>
          ))}
        </select>
      </label>
      {active ? (
        <button type="button" className="subtle" onClick={resetFilter}>
          {t('seekers.clearFilters')}
        </button>
      ) : null}
    </div>
  );
}
