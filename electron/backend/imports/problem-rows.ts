import { toDownload } from '../exports/download';
import type { ColumnKind } from '../exports/table';
import type { ProblemFile } from './repos/import-batches';
import type { FileDownload } from '../../../shared/contract/imports';

/**
 * The rows that were not imported, as an .xlsx with the file's own columns (as text, as written;
 * dates as dates) and a problem column at the end: staff fix the cells and import the file again, and
 * the problem column, which no synonym names, is ignored.
 */
export function problemRowsDownload(
  file: ProblemFile,
  fileName: string,
  labels: { problem: string; row: string },
): Promise<FileDownload> {
  const base = fileName.replace(/\.[^.]+$/, '');
  const columns = [
    ...file.headers.map((h, i) => ({
      header: h || `#${i + 1}`,
      kind: (file.dateColumns?.includes(i) ? 'date' : 'text') as ColumnKind,
    })),
    { header: labels.problem, kind: 'text' as ColumnKind },
    { header: labels.row, kind: 'number' as ColumnKind },
  ];
  const rows = file.rows.map((r) => [...file.headers.map((_, i) => r.cells[i] ?? ''), r.problems, r.row]);
  return toDownload({ sheetName: base, columns, rows }, 'xlsx', 'utf-8', `${base}-problem-rows`);
}
