import type {
  ColDef,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
  RowClassRules,
  RowDoubleClickedEvent,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../format';
import { gridLocaleText, gridTheme } from '../../ui/grid';
import { enterpriseColumns } from './columns';
import type { EnterpriseGridContext } from './RowActions';
import type { EnterpriseRow } from './rows';

interface EnterpriseGridProps extends EnterpriseGridContext {
  rows: EnterpriseRow[];
  quickFilter: string;
  /** Set once the grid is ready: the export reads the rows and columns it shows. */
  apiRef?: RefObject<GridApi<EnterpriseRow> | null>;
}

const getRowId = (p: GetRowIdParams<EnterpriseRow>) => p.data.id;
// Floating filters keep the filter buttons out of the header labels, which then fit in both languages.
const defaultColDef: ColDef<EnterpriseRow> = {
  sortable: true,
  resizable: true,
  floatingFilter: true,
  wrapHeaderText: true,
  autoHeaderHeight: true,
};
const rowClassRules: RowClassRules<EnterpriseRow> = { 'row-archived': (p) => p.data?.archived === true };

export function EnterpriseGrid({ rows, quickFilter, onEdit, onToggleArchived, apiRef }: EnterpriseGridProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const columnDefs = useMemo(() => enterpriseColumns(t, fmt), [t, fmt]);
  const localeText = useMemo(
    () => gridLocaleText(i18n.language, t('enterprises.noData')),
    [i18n.language, t],
  );

  // The grid keeps its context object; route calls through a ref so it always reaches the latest handlers.
  const handlers = useRef<EnterpriseGridContext>({ onEdit, onToggleArchived });
  useEffect(() => {
    handlers.current = { onEdit, onToggleArchived };
  });
  const context = useMemo<EnterpriseGridContext>(
    () => ({
      onEdit: (id) => handlers.current.onEdit(id),
      onToggleArchived: (row) => handlers.current.onToggleArchived(row),
    }),
    [],
  );
  const onGridReady = useCallback(
    (e: GridReadyEvent<EnterpriseRow>) => {
      if (apiRef) apiRef.current = e.api;
    },
    [apiRef],
  );
  const onRowDoubleClicked = useCallback((e: RowDoubleClickedEvent<EnterpriseRow>) => {
    if (e.data) handlers.current.onEdit(e.data.id);
  }, []);

  return (
    <div className="grid-wrap">
      <AgGridReact<EnterpriseRow>
        // AG Grid reads its locale text once: a new language needs a new grid.
        key={i18n.language}
        theme={gridTheme}
        localeText={localeText}
        rowData={rows}
        columnDefs={columnDefs}
        defaultColDef={defaultColDef}
        getRowId={getRowId}
        context={context}
        quickFilterText={quickFilter}
        includeHiddenColumnsInQuickFilter
        onRowDoubleClicked={onRowDoubleClicked}
        onGridReady={onGridReady}
        rowClassRules={rowClassRules}
        enableCellTextSelection
        ensureDomOrder
      />
    </div>
  );
}
