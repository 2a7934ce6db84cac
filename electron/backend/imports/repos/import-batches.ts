import { ApiError } from '../../../../shared/contract/result';
import type { ImportBatch, ImportCounts } from '../../../../shared/contract/imports';
import type { ImportKind } from '../../../../shared/imports/fields';
import type { Database } from '../../db/database';
import type { WriteContext } from '../../write-context';

/**
 * Rows a batch did not import, kept so that staff can download them again to fix, for at most
 * PROBLEM_ROWS_KEPT_DAYS. Cells and problems are stored masked; `full` keeps a row's own text
 * (where masking changed it) for the audited unmasked download only.
 */
export interface ProblemFile {
  headers: string[];
  /** Columns whose cells are dates as YYYY-MM-DD (absent in batches imported before dates were). */
  dateColumns?: number[];
  rows: { row: number; cells: string[]; problems: string; full?: { cells: string[]; problems: string } }[];
}

/** Problem rows are kept this long after their import, then removed when the console opens. */
export const PROBLEM_ROWS_KEPT_DAYS = 30;

interface BatchRow {
  id: string;
  kind: ImportKind;
  file_name: string;
  sheet: string;
  county_code: string | null;
  operator: string;
  created_at: string;
  rows: number;
  imported: number;
  rejected: number;
  duplicates: number;
  warnings: number;
  normalised: number;
  status: 'active' | 'undone';
  undone_at: string | null;
  undone_by: string | null;
  problem_rows: number;
}

const COLUMNS = `id, kind, file_name, sheet, county_code, operator, created_at, rows, imported, rejected, duplicates,
  warnings, normalised, status, undone_at, undone_by, problem_rows`;

function toBatch(r: BatchRow): ImportBatch {
  return {
    id: r.id,
    kind: r.kind,
    fileName: r.file_name,
    sheet: r.sheet,
    countyCode: r.county_code,
    operator: r.operator,
    createdAt: r.created_at,
    rows: r.rows,
    imported: r.imported,
    rejected: r.rejected,
    duplicates: r.duplicates,
    warnings: r.warnings,
    normalised: r.normalised,
    status: r.status,
    undoneAt: r.undone_at,
    undoneBy: r.undone_by,
    problemRows: r.problem_rows,
  };
}

export const batchSource = (batchId: string) => `import:${batchId}`;

export interface NewBatch {
  id: string;
  kind: ImportKind;
  fileName: string;
  sheet: string;
  countyCode: string | null;
  operator: string;
  createdAt: string;
  counts: ImportCounts;
  problemFile: ProblemFile;
}

export function insertBatch(db: Database, b: NewBatch): void {
  db.run(
    `INSERT INTO import_batches (id, kind, file_name, sheet, county_code, operator, created_at, rows, imported, rejected,
       duplicates, warnings, normalised, problem_rows, problem_file) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      b.id,
      b.kind,
      b.fileName,
      b.sheet,
      b.countyCode,
      b.operator,
      b.createdAt,
      b.counts.rows,
      b.counts.imported,
      b.counts.rejected,
      b.counts.duplicates,
      b.counts.warnings,
      b.counts.normalised,
      b.problemFile.rows.length,
      JSON.stringify(b.problemFile),
    ],
  );
}

/** What a batch did that its undo reverses: created an enterprise or line, or archived a line it replaced. */
export type BatchItemKind = 'enterprise' | 'demand_line' | 'archived_line';

export function addBatchItem(db: Database, batchId: string, entity: BatchItemKind, entityId: string): void {
  db.run('INSERT OR IGNORE INTO import_batch_items (batch_id, entity, entity_id) VALUES (?, ?, ?)', [
    batchId,
    entity,
    entityId,
  ]);
}

export function listBatches(db: Database, limit: number): ImportBatch[] {
  return db
    .all<BatchRow>(`SELECT ${COLUMNS} FROM import_batches ORDER BY created_at DESC, rowid DESC LIMIT ?`, [
      limit,
    ])
    .map(toBatch);
}

export function getBatch(db: Database, id: string): ImportBatch {
  const r = db.get<BatchRow>(`SELECT ${COLUMNS} FROM import_batches WHERE id = ?`, [id]);
  if (!r) throw new ApiError('not_found', 'e.not_found');
  return toBatch(r);
}

export function batchProblemFile(db: Database, id: string): ProblemFile {
  const r = db.get<{ problem_file: string | null; problem_rows: number }>(
    'SELECT problem_file, problem_rows FROM import_batches WHERE id = ?',
    [id],
  );
  if (!r) throw new ApiError('not_found', 'e.not_found');
  if (r.problem_file) return JSON.parse(r.problem_file) as ProblemFile;
  if (r.problem_rows > 0)
    throw new ApiError('not_found', 'imports.problemRowsGone', { params: { days: PROBLEM_ROWS_KEPT_DAYS } });
  return { headers: [], rows: [] };
}

/** Removes the problem rows of imports older than `cutoff` (an ISO time); true when any were. */
export function sweepProblemRows(db: Database, cutoff: string): boolean {
  const old = 'created_at < ? AND problem_file IS NOT NULL';
  if (!db.get(`SELECT 1 AS one FROM import_batches WHERE ${old} LIMIT 1`, [cutoff])) return false;
  db.run(`UPDATE import_batches SET problem_file = NULL WHERE ${old}`, [cutoff]);
  return true;
}

const count = (db: Database, sql: string, params: (string | number)[]) =>
  Number(db.get<{ n: number }>(sql, params)?.n ?? 0);

function inChunks<T>(items: readonly T[], size: number, fn: (chunk: T[]) => void): void {
  for (let i = 0; i < items.length; i += size) fn(items.slice(i, i + size));
}

/**
 * Other features (buses, service cases, visits) refer to people and enterprises by foreign keys:
 * anything of theirs that points at the batch's rows also keeps the batch.
 */
function referencedElsewhere(fn: () => void): void {
  try {
    fn();
  } catch (err) {
    if (err instanceof Error && /FOREIGN KEY/i.test(err.message))
      throw new ApiError('conflict', 'imports.undo.referenced');
    throw err;
  }
}

/**
 * Removes everything a batch created and brings back the demand lines it replaced, or refuses
 * (saying why) when something later depends on it:
 * a pipeline step after sign-up, a second registration, a partner link; for demand sheets, people
 * pointing at an enterprise it created or lines added to it since.
 */
export function undoBatch(db: Database, id: string, { operator, now }: WriteContext): { removed: number } {
  const batch = getBatch(db, id);
  if (batch.status === 'undone')
    throw new ApiError('conflict', 'imports.undo.already', { params: { file: batch.fileName } });
  let removed = 0;
  if (batch.kind === 'seekers') {
    const source = batchSource(id);
    const mine = `SELECT seeker_seq FROM registrations WHERE source = ?`;
    const steps = count(
      db,
      `SELECT count(*) AS n FROM seeker_events WHERE seeker_seq IN (${mine}) AND type <> 'signed_up'`,
      [source],
    );
    if (steps > 0) throw new ApiError('conflict', 'imports.undo.later_steps', { params: { count: steps } });
    const regs = count(
      db,
      `SELECT count(*) AS n FROM registrations WHERE seeker_seq IN (${mine}) AND source <> ?`,
      [source, source],
    );
    if (regs > 0)
      throw new ApiError('conflict', 'imports.undo.registered_again', { params: { count: regs } });
    const couples = count(
      db,
      `SELECT count(*) AS n FROM seekers WHERE seq IN (${mine}) AND partner_seq IS NOT NULL`,
      [source],
    );
    if (couples > 0) throw new ApiError('conflict', 'imports.undo.partners', { params: { count: couples } });
    const seqs = db
      .all<{ s: number }>(`SELECT seeker_seq AS s FROM registrations WHERE source = ?`, [source])
      .map((r) => r.s);
    referencedElsewhere(() => {
      db.run('DELETE FROM registrations WHERE source = ?', [source]);
      inChunks(seqs, 500, (chunk) => {
        const marks = chunk.map(() => '?').join(',');
        db.run(`DELETE FROM seeker_events WHERE seeker_seq IN (${marks})`, chunk);
        db.run(`DELETE FROM seekers WHERE seq IN (${marks})`, chunk);
      });
    });
    removed = seqs.length;
  } else {
    const items = db.all<{ entity: BatchItemKind; entity_id: string }>(
      'SELECT entity, entity_id FROM import_batch_items WHERE batch_id = ?',
      [id],
    );
    const lines = items.filter((i) => i.entity === 'demand_line').map((i) => i.entity_id);
    const replaced = items.filter((i) => i.entity === 'archived_line').map((i) => i.entity_id);
    const enterprises = items.filter((i) => i.entity === 'enterprise').map((i) => i.entity_id);
    for (const e of enterprises) {
      const people = count(
        db,
        `SELECT count(*) AS n FROM seekers WHERE intended_enterprise_id = ? OR enterprise_id = ? OR employer_id = ?`,
        [e, e, e],
      );
      const events = count(db, 'SELECT count(*) AS n FROM seeker_events WHERE enterprise_id = ?', [e]);
      if (people + events > 0)
        throw new ApiError('conflict', 'imports.undo.enterprise_used', {
          params: { count: people + events },
        });
      const others = count(
        db,
        `SELECT count(*) AS n FROM demand_lines WHERE enterprise_id = ? AND id NOT IN
           (SELECT entity_id FROM import_batch_items WHERE batch_id = ? AND entity = 'demand_line')`,
        [e, id],
      );
      if (others > 0)
        throw new ApiError('conflict', 'imports.undo.lines_added', { params: { count: others } });
    }
    referencedElsewhere(() => {
      inChunks(lines, 500, (chunk) =>
        db.run(`DELETE FROM demand_lines WHERE id IN (${chunk.map(() => '?').join(',')})`, chunk),
      );
      inChunks(enterprises, 500, (chunk) =>
        db.run(`DELETE FROM enterprises WHERE id IN (${chunk.map(() => '?').join(',')})`, chunk),
      );
    });
    // The lines the batch replaced count again.
    inChunks(replaced, 500, (chunk) =>
      db.run(
        `UPDATE demand_lines SET archived = 0, updated_at = ? WHERE id IN (${chunk.map(() => '?').join(',')})`,
        [now, ...chunk],
      ),
    );
    removed = lines.length;
  }
  db.run(`UPDATE import_batches SET status = 'undone', undone_at = ?, undone_by = ? WHERE id = ?`, [
    now,
    operator,
    id,
  ]);
  return { removed };
}
