import type { ColDef, GetRowIdParams, GridApi, RowDoubleClickedEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TripRow } from '../../../../shared/domain/transport/trip';
import { useFormatters } from '../../format';
import { gridLocaleText, gridTheme } from '../../ui/grid';
import { tripHref } from './hash-path';
import { tripColumns } from './trip-columns';

const getRowId = (p: GetRowIdParams<TripRow>) => p.data.id;
const defaultColDef: ColDef<TripRow> = {
  sortable: true,
  resizable: true,
  floatingFilter: true,
  wrapHeaderText: true,
  autoHeaderHeight: true,
};
const open = (row: TripRow | undefined) => {
  if (row) window.location.hash = tripHref(row.id);
};

/** The trip list: newest day first; a double click or Enter opens the trip. */
export function TripGrid({
  rows,
  quickFilter,
  onGridApi,
}: {
  rows: TripRow[];
  quickFilter: string;
  /** The grid's API once ready (null when it goes): the page's Export reads what it shows. */
  onGridApi: (api: GridApi<TripRow> | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const columnDefs = useMemo(() => tripColumns(t, fmt, i18n.language), [t, fmt, i18n.language]);
  const localeText = useMemo(() => gridLocaleText(i18n.language, t('transport.noRows')), [i18n.language, t]);
  const onRowDoubleClicked = useCallback((e: RowDoubleClickedEvent<TripRow>) => open(e.data), []);

  return (
    <div className="grid-wrap">
      <AgGridReact<TripRow>
        key={i18n.language}
        theme={gridTheme}
        localeText={localeText}
        rowData={rows}
        columnDefs={columnDefs}
        defaultColDef={defaultColDef}
        getRowId={getRowId}
        quickFilterText={quickFilter}
        onRowDoubleClicked={onRowDoubleClicked}
        onGridReady={(e) => onGridApi(e.api)}
        onGridPreDestroyed={() => onGridApi(null)}
        onCellKeyDown={(e) => {
          if ((e.event as KeyboardEvent | undefined)?.key === 'Enter') open(e.data);
        }}
        enableCellTextSelection
        ensureDomOrder
      />
    </div>
  );
}
