import { maskDigitRuns } from '../../../shared/domain/mask-text';
import { toDownload } from '../exports/download';
import type { ColumnKind } from '../exports/table';
import type { ProblemFile } from './repos/import-batches';
import type { FileDownload } from '../../../shared/contract/imports';

/**
 * The rows that were not imported, as an .xlsx with the file's own columns (as text, as written;
 * dates as dates) and a problem column at the end: staff fix the cells and import the file again, and
 * the problem column, which no synonym names, is ignored. ID numbers and phones are masked unless
 * `unmasked` (an audited download); rows stored before masking are masked here.
 */
export function problemRowsDownload(
  file: ProblemFile,
  fileName: string,
  labels: { problem: string; row: string },
  unmasked = false,
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
  const rows = file.rows.map((r) => {
    const text = unmasked
      ? (r.full ?? r)
      : { cells: r.cells.map(maskDigitRuns), problems: maskDigitRuns(r.problems) };
    return [...file.headers.map((_, i) => text.cells[i] ?? ''), text.problems, r.row];
  });
  const suffix = unmasked ? 'problem-rows-unmasked' : 'problem-rows';
  return toDownload({ sheetName: base, columns, rows }, 'xlsx', 'utf-8', `${base}-${suffix}`);
}
