import type { GetRowIdParams, GridApi, GridReadyEvent, RowDoubleClickedEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { CaseFilter, ServiceCase } from '../../../../../shared/domain/service-cases';
import { useFormatters } from '../../../format';
import { translateError } from '../../../i18n';
import { ExportButton, type ExportChoice } from '../../../ui/ExportButton';
import { gridLocaleText, gridTheme } from '../../../ui/grid';
import { exportGridTable } from '../../../ui/grid-export';
import { openDialog } from '../dialogs/dialog-store';
import { useShortNames } from '../short-names';
import { useChannel, useDebounced } from '../use-channel';
import { diaryColumns } from './diary-columns';
import { DiaryFilters, EMPTY_DIARY_FILTER } from './DiaryFilters';

export type DiaryFilterState = Omit<z.input<typeof CaseFilter>, 'limit' | 'seekerId'>;

const getRowId = (p: GetRowIdParams<ServiceCase>) => p.data.id;
const defaultColDef = { sortable: true, resizable: true, filter: true };

/** The factory diary (工厂日记): every case, newest first, filtered; exports what it shows to .xlsx. */
export function DiaryTab() {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const [filter, setFilter] = useState<DiaryFilterState>(EMPTY_DIARY_FILTER);
  const { data, error } = useChannel('cases.list', useDebounced(filter, 250));
  const api = useRef<GridApi<ServiceCase> | null>(null);
  const names = useShortNames();
  const columnDefs = useMemo(
    () => diaryColumns(t, fmt, i18n.language, names),
    [t, fmt, i18n.language, names],
  );
  const localeText = useMemo(
    () => gridLocaleText(i18n.language, t('stabilisation.diary.none')),
    [i18n.language, t],
  );
  const rows = useMemo(() => data?.rows ?? [], [data]);
  const onGridReady = useCallback((e: GridReadyEvent<ServiceCase>) => {
    api.current = e.api;
  }, []);
  const onRowDoubleClicked = useCallback((e: RowDoubleClickedEvent<ServiceCase>) => {
    if (e.data) openDialog({ kind: 'case', id: e.data.id });
  }, []);

  const exportDiary = (choice: ExportChoice) =>
    exportGridTable(api.current, choice, { exclude: ['open'], kinds: { idMasked: 'id' } });

  return (
    <div className="diary-tab">
      <div className="tab-toolbar">
        <DiaryFilters value={filter} onChange={setFilter} />
        <span className="muted diary-count" role="status">
          {data
            ? t('stabilisation.diary.count', {
                shown: fmt.number(data.rows.length),
                total: fmt.number(data.total),
              })
            : ''}
        </span>
        <ExportButton
          fileBase={`${t('stabilisation.diary.fileName')}-${new Date().toISOString().slice(0, 10)}`}
          request={exportDiary}
        />
      </div>
      {error ? (
        <p className="inline-error" role="alert">
          {translateError(error)}
        </p>
      ) : null}
      <div className="grid-wrap diary-grid">
        <AgGridReact<ServiceCase>
          // AG Grid reads locale text once, and keeps cell values until told: a new language or the
          // enterprises' short names arriving make a new grid.
          key={`${i18n.language}-${names.size}`}
          theme={gridTheme}
          localeText={localeText}
          rowData={rows}
          columnDefs={columnDefs}
          defaultColDef={defaultColDef}
          getRowId={getRowId}
          // Every column in the DOM: screen readers and tests find cells scrolled out of view.
          suppressColumnVirtualisation
          onGridReady={onGridReady}
          onRowDoubleClicked={onRowDoubleClicked}
          tooltipShowDelay={400}
        />
      </div>
    </div>
  );
}
