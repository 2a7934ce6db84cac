import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { CommitResult, Preview } from '../../../shared/contract/imports';
import type { Result } from '../../../shared/contract/result';
import { translate } from '../../../shared/i18n';
import { allProblems } from '../../backend/imports/shape';
import { CliError, describeErrorBody } from '../output';
import { signIn } from '../sign-in';

export interface ImportFlags {
  county?: string;
  sheet?: string;
  dryRun: boolean;
  json: boolean;
  /** The account signing in (`--user`). */
  user?: string;
  /**
   * Demand lines overlapping lines already kept for the same enterprise and post are skipped and
   * reported (`demand_overlap`) unless this says to keep them beside those lines or replace them.
   */
  overlapping: 'skip' | 'keep_both' | 'replace';
}

/** Exit code when the file could not be read (distinct from usage errors, 64). */
const UNREADABLE = 2;

function unwrap<T>(r: Result<unknown>): T {
  if (!r.ok) throw new CliError(describeErrorBody(r.error), UNREADABLE);
  return r.data as T;
}

/**
 * `spring-breeze import <file>`: the Imports page's flow without the page. Exit 0 once the file was
 * read, whatever was rejected; non-zero with a one-line reason when it could not be read.
 */
export async function importCommand(dataDir: string, file: string, flags: ImportFlags): Promise<void> {
  const bytes = await readFile(file).catch((err: NodeJS.ErrnoException) => {
    throw new CliError(`cannot read ${file}: ${err.code ?? err.message}`, UNREADABLE);
  });
  const session = await signIn(dataDir, flags.user);
  const { backend, gate } = session;
  try {
    const staged = await backend.imports.staging.stageBytes(path.basename(file), bytes);
    const preview = unwrap<Preview>(
      await gate.invoke('imports.preview', {
        fileId: staged.fileId,
        sheet: flags.sheet ?? null,
        countyCode: flags.county ?? null,
      }),
    );
    if (preview.missingFields.length > 0) {
      const names = preview.missingFields.map((f) => translate('en', `imports.field.${f}`)).join(', ');
      throw new CliError(
        `no column found for: ${names} (sheet "${preview.sheet}", header row ${preview.headerRow})`,
        UNREADABLE,
      );
    }
    let result: CommitResult;
    if (flags.dryRun) {
      result = {
        batch: null,
        counts: preview.counts,
        problems: allProblems(backend.imports.analysis(preview.previewId)),
      };
    } else {
      const overlaps =
        flags.overlapping === 'skip'
          ? []
          : preview.overlaps.map((o) => ({ row: o.row, choice: flags.overlapping }));
      result = unwrap<CommitResult>(
        await gate.invoke('imports.commit', { previewId: preview.previewId, overlaps }),
      );
    }
    print(result, preview, flags);
  } finally {
    await session.close();
  }
}

function print(result: CommitResult, preview: Preview, flags: ImportFlags): void {
  const c = result.counts;
  if (flags.json) {
    const out = {
      rows: c.rows,
      imported: flags.dryRun ? 0 : c.imported,
      rejected: c.rejected,
      duplicates: c.duplicates,
      conflicts: c.conflicts,
      normalised: c.normalised,
      problems: result.problems.map((p) => ({
        row: p.row,
        column: p.column,
        code: p.code,
        message: p.message,
      })),
      ...(flags.dryRun ? { dryRun: true, wouldImport: c.imported } : {}),
      batchId: result.batch?.id ?? null,
      kind: preview.kind,
      sheet: preview.sheet,
    };
    console.log(JSON.stringify(out));
    return;
  }
  const verb = flags.dryRun ? 'would import' : 'imported';
  console.log(
    `${preview.fileName} / ${preview.sheet} (${preview.kind}, header row ${preview.headerRow}): ${c.rows} rows, ` +
      `${verb} ${c.imported}, rejected ${c.rejected}, duplicates ${c.duplicates}, warnings ${c.warnings}, normalised ${c.normalised}.`,
  );
  if (c.conflicts > 0)
    console.log(
      `Skipped ${c.conflicts} demand lines overlapping lines already kept (demand_overlap); ` +
        `--keep-overlapping keeps them beside those lines, --replace-overlapping replaces those lines.`,
    );
  for (const p of result.problems) console.log(`  row ${p.row}\t${p.column}\t${p.code}\t${p.message}`);
  if (result.batch) console.log(`Batch ${result.batch.id}.`);
}
