import type { CommitResult, ImportCounts } from '../../../shared/contract/imports';
import type { EnterpriseInputParsed } from '../../../shared/domain/enterprise';
import type { Database } from '../db/database';
import { getEnterprise, saveEnterprise } from '../enterprises/repos/enterprises';
import { addBatchItem, batchSource, getBatch, insertBatch } from './repos/import-batches';
import { registerImportedSeekers } from './repos/import-seekers';
import type { WriteContext } from '../write-context';
import type { Analysis, AnalysedRow } from './analyse';
import { statusOf } from './analyse';
import { allProblems, problemFileOf } from './shape';

const importable = (r: AnalysedRow) => r.status === 'ok' || r.status === 'warning';

/** The rows a commit writes. */
export const importableRows = (a: Analysis): AnalysedRow[] => a.rows.filter(importable);

function recount(a: Analysis): ImportCounts {
  const counts = { ...a.counts, imported: 0, rejected: 0, duplicates: 0, warnings: 0 };
  for (const r of a.rows) {
    if (r.status === 'error') counts.rejected++;
    else if (r.status === 'duplicate') counts.duplicates++;
    else {
      counts.imported++;
      if (r.status === 'warning') counts.warnings++;
    }
  }
  return counts;
}

/**
 * Writes an analysed sheet as one batch, inside the caller's transaction: every importable row or,
 * if anything throws, none. People registered since the preview are turned into duplicates here.
 */
export function commitAnalysis(
  db: Database,
  a: Analysis,
  ctx: WriteContext,
  batchId: string,
  progress: (done: number, total: number) => void = () => undefined,
): CommitResult {
  const rows = importableRows(a);
  const items: [entity: 'enterprise' | 'demand_line', id: string][] = [];
  if (a.kind === 'seekers') {
    const people = rows.map((r) => r.seeker!);
    progress(0, people.length);
    const { alreadyRegistered } = registerImportedSeekers(db, people, ctx, batchSource(batchId), (done) =>
      progress(done, people.length),
    );
    if (alreadyRegistered.size > 0) {
      const column = a.headers[a.mapping.indexOf('idNumber')] ?? '';
      for (const r of rows) {
        if (r.key !== null && alreadyRegistered.has(r.key)) {
          r.problems.push({ row: r.row, column, code: 'duplicate_in_db', params: {} });
          r.status = statusOf(r.problems);
        }
      }
    }
  } else {
    items.push(...commitDemand(db, rows, ctx));
  }
  progress(rows.length, rows.length);
  const counts = recount(a);
  insertBatch(db, {
    id: batchId,
    kind: a.kind,
    fileName: a.fileName,
    sheet: a.sheet,
    countyCode: a.countyCode,
    operator: ctx.operator,
    createdAt: ctx.now,
    counts,
    problemFile: problemFileOf(a),
  });
  for (const [entity, id] of items) addBatchItem(db, batchId, entity, id);
  ctx.audit({
    action: 'imports.commit',
    entity: 'import_batch',
    entityId: batchId,
    summary: `${a.fileName} / ${a.sheet}: ${counts.imported} imported, ${counts.rejected} rejected, ${counts.duplicates} duplicates`,
  });
  return { batch: getBatch(db, batchId), counts, problems: allProblems(a) };
}

/** Saves the lines through the enterprises repository; returns what it created, for undo. */
function commitDemand(
  db: Database,
  rows: readonly AnalysedRow[],
  ctx: WriteContext,
): [entity: 'enterprise' | 'demand_line', id: string][] {
  const created: [entity: 'enterprise' | 'demand_line', id: string][] = [];
  const byEnterprise = new Map<string, AnalysedRow[]>();
  for (const r of rows) {
    const name = r.demand!.enterpriseName;
    byEnterprise.set(name, [...(byEnterprise.get(name) ?? []), r]);
  }
  for (const [name, group] of byEnterprise) {
    const existingId = db.get<{ id: string }>('SELECT id FROM enterprises WHERE name = ?', [name])?.id;
    const before = existingId
      ? new Set(getEnterprise(db, existingId).lines.map((l) => l.id))
      : new Set<string>();
    const base = existingId ? getEnterprise(db, existingId) : null;
    const input: EnterpriseInputParsed = {
      id: existingId,
      name,
      shortName: base?.shortName ?? '',
      contactName: base?.contactName ?? '',
      contactPhone: base?.contactPhone ?? '',
      address: base?.address ?? '',
      notes: base?.notes ?? '',
      lines: group.map((r) => r.demand!.line),
    };
    const saved = saveEnterprise(db, input, ctx);
    if (!existingId) created.push(['enterprise', saved.id]);
    for (const l of saved.lines) if (!before.has(l.id)) created.push(['demand_line', l.id]);
  }
  return created;
}
