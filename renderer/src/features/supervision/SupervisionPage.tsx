import '../../styles/supervision.css';
import type { GetRowIdParams, RowDoubleClickedEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/contract/supervision';
import { call, onDataChanged } from '../../api';
import { useReferenceStore } from '../../data/reference-store';
import { useFormatters } from '../../format';
import { currentLanguage, translateError } from '../../i18n';
import { flashError, flashSuccess } from '../../shell/flash-store';
import { saveDownload } from '../../ui/download';
import { gridLocaleText, gridTheme } from '../../ui/grid';
import { CountySummary } from './CountySummary';
import { findingColumns, findingRowClassRules } from './finding-columns';
import { FindingFilters } from './FindingFilters';
import { rectificationHref } from './print/print-href';
import { SupervisionDialogs } from './SupervisionDialogs';
import { useSupervisionStore } from './supervision-store';

const getRowId = (p: GetRowIdParams<Finding>) => p.data.id;
const defaultColDef = { sortable: true, resizable: true, filter: true };

/** Loads the list and the summary, and again whenever any window changes data. */
function useSupervisionData(): void {
  const load = useSupervisionStore((s) => s.load);
  const loadReference = useReferenceStore((s) => s.load);
  useEffect(() => {
    void load();
    void loadReference();
    return onDataChanged((channel) => {
      if (channel.startsWith('enterprises.') || channel === 'demo.load' || channel === 'backups.restore')
        void loadReference();
      void load();
    });
  }, [load, loadReference]);
}

/** Print and export act on one county's rectification list (整改清单): the county chosen above. */
function CountyListActions({ countyCode }: { countyCode: string | null }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  if (!countyCode) return <span className="muted county-hint">{t('supervision.actions.chooseCounty')}</span>;
  const exportList = async () => {
    setBusy(true);
    try {
      const file = await call('findings.export', { countyCode, language: currentLanguage() });
      saveDownload(file);
      flashSuccess('supervision.actions.exported', { file: file.fileName });
    } catch (err) {
      flashError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <a className="button-link" href={rectificationHref(countyCode)}>
        {t('supervision.actions.print')}
      </a>
      <button type="button" disabled={busy} onClick={() => void exportList()}>
        {t('supervision.actions.export')}
      </button>
    </>
  );
}

/** 督导问题清单: findings by county and state, overdue first, with the per-county summary above. */
export function SupervisionPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  useSupervisionData();
  const { list, summary, error, filter, open } = useSupervisionStore();
  const columnDefs = useMemo(() => findingColumns(t, fmt, i18n.language), [t, fmt, i18n.language]);
  const localeText = useMemo(() => gridLocaleText(i18n.language, t('supervision.none')), [i18n.language, t]);
  const rows = useMemo(() => list?.rows ?? [], [list]);
  const onRowDoubleClicked = useCallback(
    (e: RowDoubleClickedEvent<Finding>) => {
      if (e.data) open({ kind: 'finding', id: e.data.id });
    },
    [open],
  );

  return (
    <div className="page supervision-page">
      <header className="page-head">
        <h1>{t('supervision.title')}</h1>
        <div className="toolbar">
          <CountyListActions countyCode={filter.countyCode} />
          <button type="button" className="primary" onClick={() => open({ kind: 'new' })}>
            + {t('supervision.actions.record')}
          </button>
        </div>
      </header>
      {error ? (
        <p className="inline-error" role="alert">
          {translateError(error)}
        </p>
      ) : null}
      {summary ? <CountySummary summary={summary} /> : null}
      <div className="tab-toolbar">
        <FindingFilters />
        <span className="muted" role="status">
          {list ? t('supervision.count', { count: list.rows.length, n: fmt.number(list.rows.length) }) : ''}
        </span>
      </div>
      <div className="grid-wrap findings-grid">
        <AgGridReact<Finding>
          key={i18n.language}
          theme={gridTheme}
          localeText={localeText}
          rowData={rows}
          columnDefs={columnDefs}
          defaultColDef={defaultColDef}
          getRowId={getRowId}
          rowClassRules={findingRowClassRules}
          suppressColumnVirtualisation
          onRowDoubleClicked={onRowDoubleClicked}
          tooltipShowDelay={400}
        />
      </div>
      <SupervisionDialogs />
    </div>
  );
}
