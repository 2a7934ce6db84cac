import type { GridApi } from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { COUNTIES } from '../../../../shared/domain/counties';
import type { TripRow } from '../../../../shared/domain/transport/trip';
import { onDataChanged } from '../../api';
import { ExportButton, type ExportChoice } from '../../ui/ExportButton';
import { exportGridTable } from '../../ui/grid-export';
import { DailyView } from './DailyView';
import { TripForm } from './form/TripForm';
import { emptyTrip } from './form/trip-form-values';
import { countyLabel, transportError } from './labels';
import { SuppliesDialog } from './SuppliesDialog';
import { TripGrid } from './TripGrid';
import { useTransportStore, type TransportView } from './transport-store';
import { useDefaultDate } from '../../data/reference-store';

function useTrips(): void {
  const load = useTransportStore((s) => s.load);
  useEffect(() => {
    void load();
    return onDataChanged((channel) => {
      if (channel !== 'settings.update') void load();
    });
  }, [load]);
}

/** The latest day with a bus up to the figures' date (the demo's busiest recent day), else that date. */
function useDefaultDay(): string {
  const asOf = useDefaultDate();
  const rows = useTransportStore((s) => s.rows);
  return useMemo(() => {
    const upcoming = rows
      .map((r) => r.date)
      .filter((d) => d > asOf)
      .sort()[0];
    return upcoming ?? rows.map((r) => r.date).find((d) => d <= asOf) ?? asOf;
  }, [rows, asOf]);
}

export function TripList() {
  const { t, i18n } = useTranslation();
  useTrips();
  const { rows, status, error, view, filter, day, setView, setFilter, setDay } = useTransportStore(
    useShallow((s) => s),
  );
  const defaultDay = useDefaultDay();
  const [quickFilter, setQuickFilter] = useState('');
  const [creating, setCreating] = useState(false);
  const [editingSupplies, setEditingSupplies] = useState(false);
  const gridApi = useRef<GridApi<TripRow> | null>(null);
  const onGridApi = useCallback((api: GridApi<TripRow> | null) => (gridApi.current = api), []);
  const exportGrid = useCallback(
    (choice: ExportChoice) =>
      exportGridTable(gridApi.current, choice, {
        kinds: { seats: 'number', booked: 'number', boarded: 'number', arrived: 'number', date: 'date' },
      }),
    [],
  );
  const newTrip = useMemo(() => emptyTrip(defaultDay, filter.countyCode), [defaultDay, filter.countyCode]);

  const tab = (v: TransportView) => (
    <button
      type="button"
      role="tab"
      aria-selected={view === v}
      className={view === v ? 'tab active' : 'tab'}
      onClick={() => setView(v)}
    >
      {t(`transport.tabs.${v}`)}
    </button>
  );

  return (
    <div className="page transport-page">
      <header className="page-head">
        <h1>{t('transport.title')}</h1>
        <div className="toolbar">
          <div role="tablist" className="tabs" aria-label={t('transport.title')}>
            {tab('trips')}
            {tab('daily')}
          </div>
          <button type="button" onClick={() => setEditingSupplies(true)}>
            {t('transport.suppliesList')}
          </button>
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            + {t('transport.newTrip')}
          </button>
        </div>
      </header>

      {status === 'failed' ? (
        <p className="inline-error" role="alert">
          {transportError(error, i18n.language)}
        </p>
      ) : null}

      {view === 'trips' ? (
        <>
          <div className="toolbar">
            <label className="toolbar-field">
              {t('transport.filter.county')}
              <select
                value={filter.countyCode ?? ''}
                onChange={(e) => setFilter({ countyCode: e.target.value || null })}
              >
                <option value="">{t('transport.filter.allCounties')}</option>
                {COUNTIES.map((c) => (
                  <option key={c.code} value={c.code}>
                    {countyLabel(c.code, i18n.language)}
                  </option>
                ))}
              </select>
            </label>
            <label className="toolbar-field">
              {t('transport.filter.from')}
              <input
                type="date"
                value={filter.from ?? ''}
                onChange={(e) => setFilter({ from: e.target.value || null })}
              />
            </label>
            <label className="toolbar-field">
              {t('transport.filter.to')}
              <input
                type="date"
                value={filter.to ?? ''}
                onChange={(e) => setFilter({ to: e.target.value || null })}
              />
            </label>
            <input
              type="search"
              className="quick-search"
              aria-label={t('common.search')}
              placeholder={t('transport.quickSearch')}
              value={quickFilter}
              onChange={(e) => setQuickFilter(e.target.value)}
            />
            <ExportButton fileBase={t('transport.title')} request={exportGrid} />
          </div>
          {status === 'ready' && rows.length === 0 && !filter.countyCode && !filter.from && !filter.to ? (
            <p className="empty-hint">{t('transport.noData')}</p>
          ) : null}
          <TripGrid rows={rows} quickFilter={quickFilter} onGridApi={onGridApi} />
        </>
      ) : (
        <DailyView day={day ?? defaultDay} onDay={setDay} />
      )}

      {creating ? <TripForm initial={newTrip} onClose={() => setCreating(false)} openAfterCreate /> : null}
      {editingSupplies ? <SuppliesDialog onClose={() => setEditingSupplies(false)} /> : null}
    </div>
  );
}
