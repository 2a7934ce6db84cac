import type { CommitResult, ImportCounts } from '../../../shared/contract/imports';
import { lineInputOf, type EnterpriseInputParsed } from '../../../shared/domain/enterprise';
import type { Database } from '../db/database';
import { getEnterprise, saveEnterprise } from '../enterprises/repos/enterprises';
import { addBatchItem, batchSource, getBatch, insertBatch, type BatchItemKind } from './repos/import-batches';
import { registerImportedSeekers } from './repos/import-seekers';
import type { WriteContext } from '../write-context';
import type { Analysis } from './analyse';
import type { AnalysedRow } from './analysed-row';
import { part, said } from '../audit/repos/audit';
import { statusOf } from './analyse';
import { isImported, type OverlapChoices } from './demand-overlaps';
import { allProblems, problemFileOf } from './shape';

type BatchItem = [entity: BatchItemKind, id: string];

/** The rows a commit writes. */
export const importableRows = (a: Analysis, choices: OverlapChoices = new Map()): AnalysedRow[] =>
  a.rows.filter((r) => isImported(r, choices));

function recount(a: Analysis, choices: OverlapChoices): ImportCounts {
  const counts = { ...a.counts, imported: 0, rejected: 0, duplicates: 0, conflicts: 0, warnings: 0 };
  for (const r of a.rows) {
    if (r.status === 'error') counts.rejected++;
    else if (r.status === 'duplicate') counts.duplicates++;
    else if (!isImported(r, choices)) counts.conflicts++;
    else {
      counts.imported++;
      if (r.problems.some((p) => p.code !== 'demand_overlap')) counts.warnings++;
    }
  }
  return counts;
}

/**
 * Writes an analysed sheet as one batch, inside the caller's transaction: every importable row or,
 * if anything throws, none. People registered since the preview are turned into duplicates here.
 * A conflicting demand row is written only as the user chose (`choices`), else skipped.
 */
export function commitAnalysis(
  db: Database,
  a: Analysis,
  ctx: WriteContext,
  batchId: string,
  progress: (done: number, total: number) => void = () => undefined,
  choices: OverlapChoices = new Map(),
): CommitResult {
  const rows = importableRows(a, choices);
  const items: BatchItem[] = [];
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
    items.push(...commitDemand(db, rows, ctx, choices));
  }
  progress(rows.length, rows.length);
  const counts = recount(a, choices);
  insertBatch(db, {
    id: batchId,
    kind: a.kind,
    fileName: a.fileName,
    sheet: a.sheet,
    countyCode: a.countyCode,
    operator: ctx.operator,
    createdAt: ctx.now,
    counts,
    problemFile: problemFileOf(a, 'zh-CN', (r) => isImported(r, choices)),
  });
  for (const [entity, id] of items) addBatchItem(db, batchId, entity, id);
  ctx.audit({
    action: 'imports.commit',
    entity: 'import_batch',
    entityId: batchId,
    summary: said(
      'import_committed',
      {
        file: a.fileName,
        sheet: a.sheet,
        imported: counts.imported,
        rejected: counts.rejected,
        duplicates: counts.duplicates,
      },
      counts.conflicts > 0 ? [part('overlaps_skipped', { count: counts.conflicts })] : [],
    ),
  });
  return { batch: getBatch(db, batchId), counts, problems: allProblems(a) };
}

/**
 * Saves the lines through the enterprises repository; returns what it created and what it archived
 * (the lines a row replaced), for undo. The analysis applied the overlap rule and the user chose,
 * so the repository is not asked to check it again.
 */
function commitDemand(
  db: Database,
  rows: readonly AnalysedRow[],
  ctx: WriteContext,
  choices: OverlapChoices,
): BatchItem[] {
  const created: BatchItem[] = [];
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
    const replaced = new Set(
      group.filter((r) => choices.get(r.row) === 'replace').flatMap((r) => r.overlaps.map((l) => l.id)),
    );
    const archive = (base?.lines ?? [])
      .filter((l) => replaced.has(l.id) && !l.archived)
      .map((l) => ({ ...lineInputOf(l), archived: true }));
    const input: EnterpriseInputParsed = {
      id: existingId,
      name,
      shortName: base?.shortName ?? '',
      contactName: base?.contactName ?? '',
      contactPhone: base?.contactPhone ?? '',
      address: base?.address ?? '',
      notes: base?.notes ?? '',
      lines: [...archive, ...group.map((r) => r.demand!.line)],
      allowOverlap: true,
    };
    const saved = saveEnterprise(db, input, ctx);
    if (!existingId) created.push(['enterprise', saved.id]);
    for (const l of saved.lines) if (!before.has(l.id)) created.push(['demand_line', l.id]);
    for (const l of archive) created.push(['archived_line', l.id]);
  }
  return created;
}
