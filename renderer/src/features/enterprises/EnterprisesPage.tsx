import type { GridApi } from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { EnterpriseInput } from '../../../../shared/domain/enterprise';
import { demandByEnterprise } from '../../../../shared/domain/quotas';
import { onDataChanged } from '../../api';
import { translateError } from '../../i18n';
import { useAppStore } from '../../shell/app-store';
import { useSlots } from '../../shell/slots';
import { flashError, flashSuccess } from '../../shell/flash-store';
import { routeHref } from '../../shell/hash-route';
import { confirmAction } from '../../ui/confirm-store';
import { ExportButton, type ExportChoice } from '../../ui/ExportButton';
import { exportGridTable } from '../../ui/grid-export';
import { DemandChart } from './DemandChart';
import { EnterpriseForm } from './EnterpriseForm';
import { EnterpriseGrid } from './EnterpriseGrid';
import { useEnterprisesStore } from './enterprises-store';
import { emptyEnterprise, toFormValues } from './form-values';
import { ALL_PERIODS, currentHalfYear, periodChoice, presetLabel, selectedPreset } from '../../data/period';
import { PeriodSelect } from '../../ui/PeriodSelect';
import { toRows, type EnterpriseRow } from './rows';

/** Keeps the list current: loads on entry and again whenever any window changes data. */
function useEnterprisesData(): void {
  const load = useEnterprisesStore((s) => s.load);
  useEffect(() => {
    void load();
    return onDataChanged((channel) => {
      if (channel !== 'settings.update') void load();
    });
  }, [load]);
}

export function EnterprisesPage() {
  const { t } = useTranslation();
  useEnterprisesData();
  const { items, status, error, periodKey, showArchived, setPeriodKey, setShowArchived, setArchived } =
    useEnterprisesStore(useShallow((s) => s));
  const dbEmpty = useAppStore((s) => s.info?.empty ?? false);
  const { enterpriseSections } = useSlots();
  const [quickFilter, setQuickFilter] = useState('');
  const [editing, setEditing] = useState<EnterpriseInput | null>(null);
  const gridApi = useRef<GridApi<EnterpriseRow> | null>(null);
  const exportGrid = useCallback(
    (choice: ExportChoice) =>
      exportGridTable(gridApi.current, choice, {
        exclude: ['actions'],
        kinds: { demand: 'number', mothersLineDemand: 'number', lineCount: 'number', contactPhone: 'phone' },
      }),
    [],
  );

  const choice = useMemo(() => periodChoice(items), [items]);
  const preset = selectedPreset(periodKey, choice);
  const demand = useMemo(() => demandByEnterprise(items, preset), [items, preset]);
  const rows = useMemo(() => toRows(items, preset, showArchived), [items, preset, showArchived]);
  const linePeriod = preset ?? currentHalfYear(new Date());

  const onEdit = useCallback(
    (id: string) => {
      const found = useEnterprisesStore.getState().items.find((e) => e.id === id);
      if (found) setEditing(toFormValues(found));
    },
    [setEditing],
  );

  const onToggleArchived = useCallback(
    async (row: EnterpriseRow) => {
      const archive = !row.archived;
      const ok = await confirmAction({
        message: t(archive ? 'enterprises.archiveConfirm' : 'enterprises.unarchiveConfirm', {
          name: row.name,
        }),
        confirmLabel: archive ? t('common.archive') : t('common.unarchive'),
        danger: archive,
      });
      if (!ok) return;
      try {
        await setArchived(row.id, archive);
        flashSuccess(archive ? 'enterprises.archivedMessage' : 'enterprises.restoredMessage', {
          name: row.name,
        });
      } catch (err) {
        flashError(err);
      }
    },
    [t, setArchived],
  );

  return (
    <div className={`page enterprises-page${enterpriseSections.length > 0 ? ' with-sections' : ''}`}>
      <header className="page-head">
        <h1>{t('enterprises.title')}</h1>
        <div className="toolbar">
          <PeriodSelect presets={choice.presets} value={preset?.key ?? ALL_PERIODS} onChange={setPeriodKey} />
          <input
            type="search"
            className="quick-search"
            aria-label={t('common.search')}
            placeholder={t('enterprises.quickSearch')}
            value={quickFilter}
            onChange={(e) => setQuickFilter(e.target.value)}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={showArchived}
              onChange={(e) => setShowArchived(e.target.checked)}
            />
            {t('enterprises.showArchived')}
          </label>
          <ExportButton fileBase={t('enterprises.title')} request={exportGrid} />
          <button type="button" className="primary" onClick={() => setEditing(emptyEnterprise())}>
            + {t('enterprises.new')}
          </button>
        </div>
      </header>

      {status === 'failed' ? (
        <p className="inline-error" role="alert">
          {translateError(error)}
        </p>
      ) : null}
      {status === 'ready' && items.length === 0 && dbEmpty ? (
        <p className="empty-hint">
          {t('enterprises.noData')} <a href={routeHref('welcome')}>{t('welcome.loadDemo')}</a>
        </p>
      ) : null}

      <DemandChart demand={demand} periodLabel={presetLabel(t, preset)} />
      <EnterpriseGrid
        rows={rows}
        quickFilter={quickFilter}
        onEdit={onEdit}
        onToggleArchived={(row) => void onToggleArchived(row)}
        apiRef={gridApi}
      />
      {enterpriseSections.map((Section, i) => (
        <Section key={i} />
      ))}

      {editing ? (
        <EnterpriseForm
          initial={editing}
          linePeriod={linePeriod}
          onClose={() => setEditing(null)}
          // Keep showing the period the user saved in, even if the new data moves the default.
          onSaved={() => periodKey ?? setPeriodKey(preset?.key ?? ALL_PERIODS)}
        />
      ) : null}
    </div>
  );
}
