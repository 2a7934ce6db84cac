import type { ImportProblem, Preview, PreviewRow } from '../../../shared/contract/imports';
import { countyByCode } from '../../../shared/domain/counties';
import { translate } from '../../../shared/i18n';
import { maskDigitRuns } from '../../../shared/domain/mask-text';
import { cellText } from '../../../shared/imports/cells';
import { DATE_FIELDS, storedText } from '../../../shared/imports/stored-text';
import { problemKey, severityOf, type RowProblem } from '../../../shared/imports/problems';
import type { ProblemFile } from './repos/import-batches';
import type { Analysis } from './analyse';
import type { AnalysedRow } from './analysed-row';
import { previewOverlaps } from './demand-overlaps';

/** Rows a preview sends to the renderer: every row with a problem first, up to this many in all. */
export const PREVIEW_ROW_LIMIT = 5000;

/** Params as shown: a county code becomes its name. */
function displayParams(p: RowProblem): Record<string, string | number> {
  const params = { ...p.params };
  if (typeof params.countyCode === 'string')
    params.county = countyByCode(params.countyCode)?.nameZh ?? params.countyCode;
  return params;
}

/** A problem as shown: a value quoted from the file (an ID number, a phone) is masked. */
export function toProblem(p: RowProblem): ImportProblem {
  const params = Object.fromEntries(
    Object.entries(displayParams(p)).map(([k, v]) => [k, typeof v === 'string' ? maskDigitRuns(v) : v]),
  );
  return {
    row: p.row,
    column: p.column,
    code: p.code,
    severity: severityOf(p.code),
    message: translate('en', problemKey(p.code), params),
    params,
  };
}

function rowCells(a: Analysis, r: AnalysedRow): string[] {
  return a.headers.map((_, i) => cellText(r.cells[i]));
}

function storedCells(a: Analysis, r: AnalysedRow): string[] {
  return a.headers.map((_, i) => storedText(a.mapping[i] ?? null, r.cells[i], a.year));
}

/** A row of the preview: its cells masked like every other screen (the file itself stays as it was). */
export function toPreviewRow(a: Analysis, r: AnalysedRow): PreviewRow {
  return {
    row: r.row,
    status: r.status,
    cells: rowCells(a, r).map(maskDigitRuns),
    values: storedCells(a, r).map(maskDigitRuns),
    problems: r.problems.map(toProblem),
  };
}

export function toPreview(previewId: string, a: Analysis): Preview {
  const withProblems = a.rows.filter((r) => r.problems.length > 0);
  const clean = a.rows.filter((r) => r.problems.length === 0);
  const picked = [...withProblems, ...clean].slice(0, PREVIEW_ROW_LIMIT).sort((x, y) => x.row - y.row);
  return {
    previewId,
    fileName: a.fileName,
    sheet: a.sheet,
    kind: a.kind,
    format: a.format,
    headerRow: a.headerRow,
    headers: a.headers,
    mapping: a.mapping,
    missingFields: a.missingFields,
    countyCode: a.countyCode,
    year: a.year,
    counts: a.counts,
    normalisations: a.normalisations,
    banners: a.banners,
    rows: picked.map((r) => toPreviewRow(a, r)),
    rowsTruncated: picked.length < a.rows.length,
    overlaps: previewOverlaps(a.rows),
  };
}

/** Every problem of the analysis, in row order (the command line's `problems`). */
export function allProblems(a: Analysis): ImportProblem[] {
  return a.rows.flatMap((r) => r.problems.map(toProblem));
}

/**
 * The rows not imported (errors, duplicates, overlapping lines not kept), for staff to fix: their
 * cells as written, but dates as dates (2022-02-07, not Excel's 44601 or 2月7日). Before the commit
 * no conflicting row is imported yet.
 */
export function problemFileOf(
  a: Analysis,
  language: 'en' | 'zh-CN' = 'zh-CN',
  imported: (r: AnalysedRow) => boolean = (r) => r.status === 'ok' || r.status === 'warning',
): ProblemFile {
  const dateColumns = a.headers.flatMap((_, i) => (DATE_FIELDS.has(a.mapping[i] ?? 'seq') ? [i] : []));
  return {
    headers: a.headers,
    dateColumns,
    rows: a.rows
      .filter((r) => !imported(r))
      .map((r) => {
        const cells = a.headers.map((_, i) =>
          dateColumns.includes(i) ? storedText(a.mapping[i]!, r.cells[i], a.year) : cellText(r.cells[i]),
        );
        const problems = r.problems
          .map((p) => {
            const text = translate(language, problemKey(p.code), displayParams(p));
            return p.column ? `${p.column}: ${text}` : text;
          })
          .join('；');
        const masked = { row: r.row, cells: cells.map(maskDigitRuns), problems: maskDigitRuns(problems) };
        const same = masked.problems === problems && masked.cells.every((c, i) => c === cells[i]);
        return same ? masked : { ...masked, full: { cells, problems } };
      }),
  };
}
