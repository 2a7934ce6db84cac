import type { ColDef, GetRowIdParams, RowClassRules } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewRow } from '../../../../shared/contract/imports';
import { currentLanguage } from '../../i18n';
import { gridLocaleText, gridTheme } from '../../ui/grid';
import { problemText } from './problem-text';

interface Row {
  row: number;
  status: PreviewRow['status'];
  problems: string;
  cells: string[];
  values: string[];
}

interface PreviewGridProps {
  headers: string[];
  rows: PreviewRow[];
  onlyProblems: boolean;
}

const getRowId = (p: GetRowIdParams<Row>) => String(p.data.row);
const rowClassRules: RowClassRules<Row> = {
  'row-error': (p) => p.data?.status === 'error',
  'row-duplicate': (p) => p.data?.status === 'duplicate',
  'row-warning': (p) => p.data?.status === 'warning',
  'row-conflict': (p) => p.data?.status === 'conflict',
};

/** Wide enough for the header and the first rows' values (CJK characters count double). */
function columnWidth(header: string, rows: readonly PreviewRow[], i: number): number {
  const chars = (s: string) => [...s].reduce((n, ch) => n + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0);
  let w = chars(header) + 4;
  for (const r of rows.slice(0, 50)) w = Math.max(w, chars(r.values[i] ?? ''));
  return Math.min(260, Math.max(70, w * 7.5 + 24));
}

/** A cell the import stores otherwise than it is written (a date, an ID number, spaces). */
const tidied = (row: Row | undefined, i: number) => row !== undefined && row.values[i] !== row.cells[i];

/**
 * Every previewed row with its problems, in the file's own columns and row numbers. A cell shows
 * what will be stored; where that differs from the file, a corner mark and, on hover, the original.
 */
export function PreviewGrid({ headers, rows, onlyProblems }: PreviewGridProps) {
  const { t, i18n } = useTranslation();
  const en = currentLanguage() === 'en';
  const data = useMemo<Row[]>(
    () =>
      rows
        .filter((r) => !onlyProblems || r.problems.length > 0)
        .map((r) => ({
          row: r.row,
          status: r.status,
          cells: r.cells,
          values: r.values,
          problems: r.problems.map((p) => problemText(t, p, en)).join('；'),
        })),
    [rows, onlyProblems, t, en],
  );
  const columnDefs = useMemo<ColDef<Row>[]>(
    () => [
      {
        field: 'row',
        headerName: t('imports.preview.row'),
        width: 76,
        pinned: 'left',
        type: 'numericColumn',
      },
      {
        field: 'status',
        headerName: t('imports.preview.status'),
        width: 90,
        pinned: 'left',
        valueFormatter: (p) => (p.value ? t(`imports.status.${p.value as Row['status']}`) : ''),
        cellClass: (p) => `status-${String(p.value)}`,
      },
      {
        field: 'problems',
        headerName: t('imports.preview.problems'),
        width: 380,
        wrapText: true,
        autoHeight: true,
        tooltipField: 'problems',
      },
      ...headers.map<ColDef<Row>>((h, i) => ({
        colId: `c${i}`,
        headerName: h || `#${i + 1}`,
        valueGetter: (p) => p.data?.values[i] ?? '',
        tooltipValueGetter: (p) =>
          tidied(p.data, i) ? t('imports.preview.original', { value: p.data!.cells[i] ?? '' }) : undefined,
        cellClass: (p) => (tidied(p.data, i) ? 'cell-tidied' : ''),
        width: columnWidth(h, rows, i),
      })),
    ],
    [headers, rows, t],
  );
  const localeText = useMemo(
    () => gridLocaleText(i18n.language, t('imports.preview.title')),
    [i18n.language, t],
  );
  return (
    <div className="grid-wrap import-grid">
      <AgGridReact<Row>
        key={i18n.language}
        theme={gridTheme}
        localeText={localeText}
        rowData={data}
        columnDefs={columnDefs}
        defaultColDef={{ sortable: true, resizable: true }}
        getRowId={getRowId}
        rowClassRules={rowClassRules}
        enableCellTextSelection
        ensureDomOrder
        tooltipShowDelay={300}
        // A sheet has a few dozen columns at most: all of them rendered, so each cell can be found and read.
        suppressColumnVirtualisation
      />
    </div>
  );
}
