import type {
  CellClickedEvent,
  CellKeyDownEvent,
  ColDef,
  ColumnState,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
  IDatasource,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeekerRow } from '../../../../shared/domain/seeker';
import { call } from '../../api';
import { useFormatters } from '../../format';
import { flashError } from '../../shell/flash-store';
import { gridLocaleText, gridTheme } from '../../ui/grid';
import { isSortColumn, seekerColumns } from './columns';
import { readLocal, writeLocal } from './local-state';
import { useSeekersStore, type FilterState } from './seekers-store';
import { withSearchResolved } from '../../data/person-lookup';

const COLUMN_STATE_KEY = 'sb.grid.seekers.columns.v1';
/** Rows fetched per request: a screenful or two, so the first rows arrive at once even at 100k. */
const BLOCK_SIZE = 150;

const getRowId = (p: GetRowIdParams<SeekerRow>) => p.data.id;
const defaultColDef: ColDef<SeekerRow> = { resizable: true, wrapHeaderText: true, autoHeaderHeight: true };

function savedColumnState(): ColumnState[] | null {
  const value = readLocal(COLUMN_STATE_KEY);
  return Array.isArray(value) ? (value as ColumnState[]) : null;
}

function makeDatasource(filter: FilterState, onTotal: (n: number | null) => void): IDatasource {
  return {
    getRows: (p) => {
      const sort = p.sortModel.flatMap((s) =>
        isSortColumn(s.colId) ? [{ colId: s.colId, sort: s.sort }] : [],
      );
      withSearchResolved(filter)
        .then((resolved) =>
          call('seekers.query', {
            filter: resolved,
            sort: sort.slice(0, 3),
            offset: p.startRow,
            limit: p.endRow - p.startRow,
          }),
        )
        .then(
          (page) => {
            p.successCallback(page.rows, page.total);
            onTotal(page.total);
          },
          (error: unknown) => {
            p.failCallback();
            flashError(error);
          },
        );
    },
  };
}

interface SeekerGridProps {
  onGridApi: (api: GridApi<SeekerRow> | null) => void;
}

/** Infinite row model: the backend filters, sorts and pages; the page never holds every row. */
export function SeekerGrid({ onGridApi }: SeekerGridProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const filter = useSeekersStore((s) => s.filter);
  const revision = useSeekersStore((s) => s.revision);
  const setTotal = useSeekersStore((s) => s.setTotal);
  const open = useSeekersStore((s) => s.open);
  const apiRef = useRef<GridApi<SeekerRow> | null>(null);

  const columnDefs = useMemo(() => seekerColumns(t, fmt, i18n.language), [t, fmt, i18n.language]);
  const localeText = useMemo(() => gridLocaleText(i18n.language, t('seekers.noRows')), [i18n.language, t]);
  // A new filter is a new datasource: the grid starts again from the top with the new count.
  const datasource = useMemo(() => makeDatasource(filter, setTotal), [filter, setTotal]);

  // Another change (a step recorded, a person registered): reload the loaded pages in place.
  const firstRevision = useRef(revision);
  useEffect(() => {
    if (revision !== firstRevision.current) apiRef.current?.refreshInfiniteCache();
  }, [revision]);

  const onGridReady = useCallback(
    (e: GridReadyEvent<SeekerRow>) => {
      apiRef.current = e.api;
      const state = savedColumnState();
      if (state) e.api.applyColumnState({ state, applyOrder: true });
      onGridApi(e.api);
    },
    [onGridApi],
  );
  useEffect(() => () => onGridApi(null), [onGridApi]);

  const saveColumns = useCallback((e: { api: GridApi<SeekerRow>; finished?: boolean }) => {
    if (e.finished === false) return;
    writeLocal(COLUMN_STATE_KEY, e.api.getColumnState());
  }, []);

  const onCellClicked = useCallback(
    (e: CellClickedEvent<SeekerRow>) => {
      if (e.data && e.column.getColId() !== 'select') open(e.data.id);
    },
    [open],
  );
  const onCellKeyDown = useCallback(
    (e: CellKeyDownEvent<SeekerRow>) => {
      const key = (e.event as KeyboardEvent | null)?.key;
      if (key === 'Enter' && e.data && e.column.getColId() !== 'select') open(e.data.id);
    },
    [open],
  );

  return (
    <div className="grid-wrap seekers-grid">
      <AgGridReact<SeekerRow>
        // AG Grid reads its locale text once: a new language needs a new grid.
        key={i18n.language}
        theme={gridTheme}
        localeText={localeText}
        rowModelType="infinite"
        datasource={datasource}
        cacheBlockSize={BLOCK_SIZE}
        maxBlocksInCache={40}
        infiniteInitialRowCount={1}
        columnDefs={columnDefs}
        defaultColDef={defaultColDef}
        getRowId={getRowId}
        onGridReady={onGridReady}
        onColumnMoved={saveColumns}
        onColumnResized={saveColumns}
        onColumnVisible={saveColumns}
        onColumnPinned={saveColumns}
        onSortChanged={saveColumns}
        onCellClicked={onCellClicked}
        onCellKeyDown={onCellKeyDown}
        tooltipShowDelay={400}
        enableCellTextSelection
        ensureDomOrder
        // Seventeen columns render cheaply; keeping them all in the DOM lets screen readers reach every cell.
        suppressColumnVirtualisation
      />
    </div>
  );
}
