import type { Banner, ImportCounts, ImportOptionsParsed, RowStatus } from '../../../shared/contract/imports';
import { ApiError } from '../../../shared/contract/result';
import {
  cellText,
  isBlank,
  NORMALISATIONS,
  type CellValue,
  type Normalisation,
} from '../../../shared/imports/cells';
import { checkDemandRow } from '../../../shared/imports/demand-row';
import type { DemandField, ImportField, ImportKind, SeekerField } from '../../../shared/imports/fields';
import {
  cleanMapping,
  detectHeader,
  missingFields,
  suggestMapping,
  type ColumnMapping,
} from '../../../shared/imports/headers';
import { severityOf, type ProblemCode, type RowProblem } from '../../../shared/imports/problems';
import { checkSeekerRow } from '../../../shared/imports/seeker-row';
import { guessCounty, guessYear, titleText } from './context-guess';
import { markOverlaps } from './demand-overlaps';
import { enterpriseMatcher } from './enterprise-match';
import type { AnalysedRow } from './analysed-row';
import type { EnterpriseName, ExistingDemandLine, Registered } from './repos/import-lookups';
import type { Job } from './job';
import type { FileFormat, Sheet } from './read-workbook';

/** What the analysis reads from the database (never writes). */
export interface AnalysisLookups {
  enterprises: readonly EnterpriseName[];
  /** The people among these normalised ID numbers who are registered already. */
  registered(idNumbers: readonly string[]): Map<string, Registered>;
  /** Every demand line already recorded, archived ones included. */
  demandLines(): ExistingDemandLine[];
}

export interface Analysis {
  fileName: string;
  format: FileFormat;
  sheet: string;
  kind: ImportKind;
  headerRow: number;
  headers: string[];
  mapping: ColumnMapping;
  missingFields: ImportField[];
  countyCode: string | null;
  year: number;
  channel: ImportOptionsParsed['channel'];
  rows: AnalysedRow[];
  counts: ImportCounts;
  normalisations: Record<Normalisation, number>;
  banners: Banner[];
}

const TOTALS = /^(合计|总计|小计|共计|total)/i;
const CHUNK = 2000;

export function demandLineKey(enterpriseName: string, post: string, start: string, end: string): string {
  return `${enterpriseName}|${post}|${start}|${end}`;
}

/** Picks the sheet: the named one, else the first with a recognisable header. */
export function pickSheet(sheets: readonly Sheet[], name: string | null): Sheet {
  if (name !== null) {
    const s = sheets.find((x) => x.name === name);
    if (!s) throw new ApiError('not_found', 'imports.read.no_sheet', { params: { sheet: name } });
    return s;
  }
  const withHeader = sheets.find((s) => detectHeader(s.rows) !== null);
  const first = withHeader ?? sheets.find((s) => s.rows.some((r) => r.some((c) => !isBlank(c))));
  if (!first)
    throw new ApiError('invalid_input', 'imports.read.empty_sheet', {
      params: { sheet: sheets[0]?.name ?? '' },
    });
  return first;
}

/**
 * Reads a sheet's rows against the header and mapping, checks every row with the shared rules,
 * and finds duplicates within the file and against the database. Yields between chunks so that
 * progress events go out and a cancel can land; writes nothing.
 */
export async function analyseSheet(
  sheet: Sheet,
  meta: { fileName: string; format: FileFormat },
  options: ImportOptionsParsed,
  lookups: AnalysisLookups,
  today: string,
  job: Job,
): Promise<Analysis> {
  const rows = sheet.rows;
  if (!rows.some((r) => r.some((c) => !isBlank(c)))) {
    throw new ApiError('invalid_input', 'imports.read.empty_sheet', { params: { sheet: sheet.name } });
  }
  const guess = detectHeader(rows, options.kind ?? undefined);
  const headerIndex = options.headerRow !== null ? options.headerRow - 1 : (guess?.rowIndex ?? -1);
  if (headerIndex < 0 || headerIndex >= rows.length) {
    throw new ApiError('invalid_input', 'imports.read.no_header', { params: { sheet: sheet.name } });
  }
  const kind: ImportKind = options.kind ?? guess?.kind ?? 'seekers';
  const headers = (rows[headerIndex] ?? []).map((c) => cellText(c).trim());
  const width = Math.max(headers.length, options.mapping?.length ?? 0);
  while (headers.length < width) headers.push('');
  const mapping = options.mapping
    ? cleanMapping(kind, [
        ...options.mapping,
        ...new Array<null>(Math.max(0, width - options.mapping.length)).fill(null),
      ])
    : suggestMapping(kind, headers);
  const missing = missingFields(kind, mapping);
  const title = titleText(rows, headerIndex);
  const year = options.year ?? guessYear(title, today);
  const banners: Banner[] = [];
  const normalisations = Object.fromEntries(NORMALISATIONS.map((n) => [n, 0])) as Record<
    Normalisation,
    number
  >;
  const counts: ImportCounts = {
    rows: 0,
    imported: 0,
    rejected: 0,
    duplicates: 0,
    conflicts: 0,
    warnings: 0,
    normalised: 0,
    skippedBlank: 0,
    skippedTotals: 0,
  };
  const columnOf = new Map<ImportField, number>();
  mapping.forEach((f, i) => f && columnOf.set(f, i));
  const headerOf = (f: ImportField | null) => (f === null ? '' : (headers[columnOf.get(f) ?? -1] ?? ''));

  const dataRows: { index: number; cells: CellValue[] }[] = [];
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    const firstText =
      cells
        .slice(0, 3)
        .map((c) => cellText(c).replace(/\s/g, ''))
        .find((t) => t !== '') ?? '';
    if (TOTALS.test(firstText)) {
      counts.skippedTotals++;
      continue;
    }
    // A row with only its serial number filled in is a blank line of a pre-numbered form.
    const mappedBlank = [...columnOf].every(([f, c]) => f === 'seq' || isBlank(cells[c]));
    if (mappedBlank) {
      counts.skippedBlank++;
      continue;
    }
    dataRows.push({ index: r, cells });
  }
  counts.rows = dataRows.length;

  const base = {
    fileName: meta.fileName,
    format: meta.format,
    sheet: sheet.name,
    kind,
    headerRow: headerIndex + 1,
    headers,
    mapping,
    missingFields: missing,
    year,
    channel: options.channel,
    counts,
    normalisations,
    banners,
  };
  if (sheet.formulas > 0) banners.push({ code: 'formulas', params: { count: sheet.formulas } });
  if (sheet.mergedFilled > 0 && dataRows.length > 0)
    banners.push({ code: 'merged_cells', params: { count: sheet.mergedFilled } });
  if (missing.length > 0) return { ...base, countyCode: null, rows: [] };

  const pick = <F extends ImportField>(cells: CellValue[], fields: readonly F[]) => {
    const out: Partial<Record<F, CellValue>> = {};
    for (const f of fields) {
      const c = columnOf.get(f);
      if (c !== undefined) out[f] = cells[c] ?? null;
    }
    return out;
  };
  const problem = (
    row: number,
    field: ImportField | null,
    code: ProblemCode,
    params: Record<string, string | number>,
  ): RowProblem => ({
    row,
    column: headerOf(field),
    code,
    params,
  });

  const analysed: AnalysedRow[] = [];
  let countyCode: string | null = options.countyCode;
  if (kind === 'seekers') {
    if (countyCode === null) {
      const idColumn = columnOf.get('idNumber')!;
      countyCode = guessCounty(
        title,
        dataRows.slice(0, 500).map((r) => cellText(r.cells[idColumn]).trim()),
      );
      if (countyCode === null) throw new ApiError('invalid_input', 'imports.read.county_unknown');
      banners.push({ code: 'county_guessed', params: { county: countyCode } });
    }
    const matchEnterprise = enterpriseMatcher(lookups.enterprises);
    const ctx = { countyCode, year, channel: options.channel, today, matchEnterprise };
    const fields = [...columnOf.keys()] as SeekerField[];
    let precisionLost = 0;
    let withId = 0;
    for (let i = 0; i < dataRows.length; i++) {
      if (i % CHUNK === 0) {
        job.progress('checking', i, dataRows.length);
        await job.checkpoint();
      }
      const { index, cells } = dataRows[i]!;
      const row = index + 1;
      const r = checkSeekerRow(pick(cells, fields), ctx);
      const problems = r.problems.map((p) => problem(row, p.field, p.code, p.params));
      if (!isBlank(cells[columnOf.get('idNumber')!])) withId++;
      if (r.problems.some((p) => p.code === 'id_precision_lost')) precisionLost++;
      for (const n of r.normalisations) normalisations[n]++;
      if (r.normalisations.length > 0) counts.normalised++;
      analysed.push({
        row,
        cells,
        status: 'ok',
        problems,
        seeker: r.input,
        demand: null,
        key: r.idNumber,
        overlaps: [],
      });
    }
    if (precisionLost > 0 && precisionLost * 2 > withId) {
      banners.push({
        code: 'id_precision_lost_most',
        params: { count: precisionLost, total: withId, column: headerOf('idNumber') },
      });
    }
    job.progress('duplicates', 0, analysed.length);
    await job.checkpoint();
    markDuplicates(analysed, 'duplicate_in_db', headerOf('idNumber'), (keys) => {
      const found = lookups.registered(keys);
      return new Map([...found].map(([k, v]) => [k, { ...v }]));
    });
  } else {
    const ctx = { year, defaultPeriod: halfYear(today) };
    const fields = [...columnOf.keys()] as DemandField[];
    for (let i = 0; i < dataRows.length; i++) {
      if (i % CHUNK === 0) {
        job.progress('checking', i, dataRows.length);
        await job.checkpoint();
      }
      const { index, cells } = dataRows[i]!;
      const row = index + 1;
      const r = checkDemandRow(pick(cells, fields), ctx);
      for (const n of r.normalisations) normalisations[n]++;
      if (r.normalisations.length > 0) counts.normalised++;
      analysed.push({
        row,
        cells,
        status: 'ok',
        problems: r.problems.map((p) => problem(row, p.field, p.code, p.params)),
        seeker: null,
        demand: r.line ? { enterpriseName: r.enterpriseName, line: r.line } : null,
        key: r.line
          ? demandLineKey(r.enterpriseName, r.line.post, r.line.periodStart, r.line.periodEnd)
          : null,
        overlaps: [],
      });
    }
    const recorded = lookups.demandLines();
    const existing = new Set(
      recorded.map((l) => demandLineKey(l.enterpriseName, l.post, l.periodStart, l.periodEnd)),
    );
    markDuplicates(analysed, 'line_exists', headerOf('post'), (keys) => {
      const m = new Map<string, Record<string, string>>();
      for (const k of keys) if (existing.has(k)) m.set(k, { line: k.split('|').slice(0, 2).join(' ') });
      return m;
    });
    markOverlaps(analysed, recorded, headerOf('post'));
  }
  for (const a of analysed) {
    a.status = statusOf(a.problems);
    if (a.status === 'error') counts.rejected++;
    else if (a.status === 'duplicate') counts.duplicates++;
    else if (a.status === 'conflict') counts.conflicts++;
    else {
      counts.imported++;
      if (a.status === 'warning') counts.warnings++;
    }
  }
  job.progress('checking', analysed.length, analysed.length);
  return { ...base, countyCode, rows: analysed };
}

function markDuplicates(
  rows: AnalysedRow[],
  inDbCode: 'duplicate_in_db' | 'line_exists',
  column: string,
  inDatabase: (keys: string[]) => Map<string, Record<string, string | number>>,
): void {
  const first = new Map<string, number>();
  for (const a of rows) {
    if (a.key === null) continue;
    const seen = first.get(a.key);
    if (seen === undefined) first.set(a.key, a.row);
    else a.problems.push({ row: a.row, column, code: 'duplicate_in_file', params: { firstRow: seen } });
  }
  const found = inDatabase([...first.keys()]);
  for (const a of rows) {
    if (a.key === null) continue;
    const hit = found.get(a.key);
    if (hit && !a.problems.some((p) => p.code === 'duplicate_in_file')) {
      a.problems.push({ row: a.row, column, code: inDbCode, params: hit });
    }
  }
}

/** The most serious problem decides: error, then duplicate, then conflict, then warning. */
const RANK: Record<RowStatus, number> = { ok: 0, warning: 1, conflict: 2, duplicate: 3, error: 4 };

export function statusOf(problems: readonly RowProblem[]): RowStatus {
  let status: RowStatus = 'ok';
  for (const p of problems) {
    const s = severityOf(p.code);
    if (RANK[s] > RANK[status]) status = s;
  }
  return status;
}

function halfYear(today: string): { start: string; end: string } {
  const y = today.slice(0, 4);
  return Number(today.slice(5, 7)) <= 6
    ? { start: `${y}-01-01`, end: `${y}-06-30` }
    : { start: `${y}-07-01`, end: `${y}-12-31` };
}

export function mappedCells(a: Analysis, row: AnalysedRow, field: ImportField): string {
  const i = a.mapping.indexOf(field);
  return i === -1 ? '' : cellText(row.cells[i]);
}
