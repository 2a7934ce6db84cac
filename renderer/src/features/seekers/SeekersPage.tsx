import type { GridApi } from 'ag-grid-community';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEEKER_EXPORT_COLUMNS } from '../../../../shared/contract/import-channels';
import {
  type RegisterResult,
  type SEEKER_SORT_COLUMNS,
  type SeekerRow,
} from '../../../../shared/domain/seeker';
import { translateError } from '../../i18n';
import { useAppStore } from '../../shell/app-store';
import { ExportButton, type ExportChoice } from '../../ui/ExportButton';
import { call, onDataChanged } from '../../api';
import { flashSuccess } from '../../shell/flash-store';
import { routeHref } from '../../shell/hash-route';
import { ExamResultsDialog } from './actions/ExamResultsDialog';
import { RecordStepDialog, type RecordStepRequest } from './actions/RecordStepDialog';
import { CountsStrip } from './CountsStrip';
import { SeekerDetailPanel } from './detail/SeekerDetailPanel';
import { RegisterForm } from './form/RegisterForm';
import { useReferenceStore } from '../../data/reference-store';
import { SeekerFilters } from './SeekerFilters';
import { isSortColumn } from './columns';
import { SeekerGrid } from './SeekerGrid';
import { useSeekersStore } from './seekers-store';
import { useFilterLink } from './use-filter-link';
import { SelectionBar } from './SelectionBar';
import { withSearchResolved } from '../../data/person-lookup';

/** Loads the pickers' choices and reloads grid, counts and detail whenever any window changes data. */
function useSeekersData(): void {
  const load = useReferenceStore((s) => s.load);
  const bump = useSeekersStore((s) => s.bump);
  useEffect(() => {
    void load();
    return onDataChanged((channel) => {
      // A reveal is a write only for its audit entry; nothing shown here changes.
      if (channel === 'seekers.reveal' || channel === 'backups.create') return;
      if (channel.startsWith('enterprises.') || channel === 'demo.load' || channel === 'backups.restore') {
        void load();
      }
      // Everything else, settings included (as-of date and stable days move the counts), reloads.
      bump();
    });
  }, [load, bump]);
}

const EXPORT_COLUMNS: ReadonlySet<string> = new Set(SEEKER_EXPORT_COLUMNS);

/** The grid as shown: the store's filter, the grid's sort, and its visible columns in their order. */
async function exportSeekers(api: GridApi<SeekerRow>, choice: ExportChoice, language: string) {
  const columns = api
    .getAllDisplayedColumns()
    .filter((c) => EXPORT_COLUMNS.has(c.getColId()))
    .map((c) => ({
      colId: c.getColId() as (typeof SEEKER_EXPORT_COLUMNS)[number],
      header: api.getDisplayNameForColumn(c, 'header') ?? c.getColId(),
    }));
  const sort = api
    .getColumnState()
    .filter((c) => c.sort && isSortColumn(c.colId))
    .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
    .slice(0, 3)
    .map((c) => ({ colId: c.colId as (typeof SEEKER_SORT_COLUMNS)[number], sort: c.sort! }));
  return call('exports.seekers', {
    ...choice,
    filter: await withSearchResolved(useSeekersStore.getState().filter),
    sort,
    columns,
    language: language === 'en' ? 'en' : 'zh-CN',
  });
}

type Dialog = { kind: 'register' } | { kind: 'bulk'; request: RecordStepRequest } | { kind: 'exam' } | null;

export function SeekersPage() {
  const { t, i18n } = useTranslation();
  useFilterLink();
  useSeekersData();
  const openId = useSeekersStore((s) => s.openId);
  const open = useSeekersStore((s) => s.open);
  const clearSelection = useSeekersStore((s) => s.clearSelection);
  const total = useSeekersStore((s) => s.total);
  const filterActive = useSeekersStore((s) => s.filter.search !== '' || s.filter.countyCode !== null);
  const referenceError = useReferenceStore((s) => s.error);
  const dbEmpty = useAppStore((s) => s.info?.empty ?? false);
  const [api, setApi] = useState<GridApi<SeekerRow> | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const onGridApi = useCallback((next: GridApi<SeekerRow> | null) => setApi(next), []);

  const onRegistered = (result: RegisterResult) => {
    if (result.created) {
      flashSuccess('seekers.registeredMessage', { name: result.seeker.name });
      open(result.seeker.id);
    } else {
      open(result.seeker.id, { kind: 'repeat_registration', first: result.firstRegistration });
    }
  };

  return (
    <div className="page seekers-page">
      <header className="page-head">
        <h1>{t('seekers.title')}</h1>
        <div className="toolbar">
          {api ? (
            <ExportButton
              fileBase={t('seekers.title')}
              personal
              request={(choice) => exportSeekers(api, choice, i18n.language)}
            />
          ) : null}
          <button type="button" className="primary" onClick={() => setDialog({ kind: 'register' })}>
            + {t('seekers.register')}
          </button>
        </div>
      </header>
      <SeekerFilters />
      {referenceError ? (
        <p className="inline-error" role="alert">
          {translateError(referenceError)}
        </p>
      ) : null}
      {total === 0 && dbEmpty && !filterActive ? (
        <p className="empty-hint">
          {t('seekers.noData')} <a href={routeHref('welcome')}>{t('welcome.loadDemo')}</a>
        </p>
      ) : null}
      <CountsStrip />
      <SelectionBar
        api={api}
        onBulk={(request) => setDialog({ kind: 'bulk', request })}
        onExamResults={() => setDialog({ kind: 'exam' })}
      />
      <div className={openId ? 'seekers-body with-detail' : 'seekers-body'}>
        <SeekerGrid onGridApi={onGridApi} />
        {/* Keyed: another person starts at the top, masked, with no dialog of the previous one open. */}
        {openId ? <SeekerDetailPanel key={openId} id={openId} /> : null}
      </div>

      {dialog?.kind === 'register' ? (
        <RegisterForm onClose={() => setDialog(null)} onRegistered={onRegistered} />
      ) : null}
      {dialog?.kind === 'bulk' ? (
        <RecordStepDialog {...dialog.request} onClose={() => setDialog(null)} onDone={clearSelection} />
      ) : null}
      {dialog?.kind === 'exam' ? <ExamResultsDialog onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
