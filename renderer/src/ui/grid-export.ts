import type { Column, GridApi } from 'ag-grid-community';
import type { TableExportInput } from '../../../shared/contract/import-channels';
import type { FileDownload } from '../../../shared/contract/imports';
import { call } from '../api';
import type { ExportChoice } from './ExportButton';

type ColumnKind = NonNullable<TableExportInput['columns'][number]['kind']>;

/**
 * A client-side grid as the user sees it, for `exports.table`: the displayed columns (minus
 * action columns), and the rows its filters and sort give, with values as the grid formats them.
 */
interface GridExportOptions {
  /** Columns that are not data (buttons, links to open a row). */
  exclude?: readonly string[];
  kinds?: Readonly<Record<string, ColumnKind>>;
}

export function tableFromGrid<T>(
  api: GridApi<T>,
  options: GridExportOptions = {},
): Pick<TableExportInput, 'columns' | 'rows'> {
  const exclude = new Set(options.exclude ?? []);
  const columns: Column[] = api.getAllDisplayedColumns().filter((c) => !exclude.has(c.getColId()));
  const rows: (string | number | null)[][] = [];
  api.forEachNodeAfterFilterAndSort((node) => {
    if (node.group) return;
    rows.push(
      columns.map((column) => {
        const kind = options.kinds?.[column.getColId()];
        const value: unknown = api.getCellValue({
          rowNode: node,
          colKey: column,
          useFormatter: kind !== 'number',
        });
        if (value === null || value === undefined) return null;
        if (typeof value === 'number') return value;
        return String(value);
      }),
    );
  });
  return {
    columns: columns.map((c) => ({
      header: api.getDisplayNameForColumn(c, 'header') ?? c.getColId(),
      kind: options.kinds?.[c.getColId()] ?? 'text',
    })),
    rows,
  };
}

/** What an Export button of a client-side grid asks for: `exports.table` with the grid as shown. */
export function exportGridTable<T>(
  api: GridApi<T> | null,
  choice: ExportChoice,
  options: GridExportOptions = {},
): Promise<FileDownload> {
  if (!api) return Promise.reject(new Error('e.internal'));
  const { format, encoding, fileBase } = choice;
  return call('exports.table', { format, encoding, fileBase, ...tableFromGrid(api, options) });
}
