import { randomUUID } from 'node:crypto';
import type { importChannels } from '../../../shared/contract/import-channels';
import { translate } from '../../../shared/i18n';

import type { DomainHandlers, HandlerContext } from '../handler-context';
import { toDownload } from '../exports/download';
import { seekerTable } from '../seekers/seeker-table';
import { batchProblemFile, getBatch, listBatches, undoBatch } from './repos/import-batches';
import { demandLines, enterpriseNames, registeredPeople } from './repos/import-lookups';
import { isBulkImport, roomForImport } from './repos/import-seekers';
import { readSettings } from '../app/repos/settings';
import { rowView } from '../seekers/repos/seeker-rows';
import { part, reasonPart, said } from '../audit/repos/audit';
import type { AnalysisLookups } from './analyse';
import { commitAnalysis, importableRows } from './commit';
import { choicesOf } from './demand-overlaps';
import { isCancelled, NO_JOB } from './job';
import { problemRowsDownload } from './problem-rows';
import { problemFileOf } from './shape';
import type { Database } from '../db/database';
import type { FileDownload } from '../../../shared/contract/imports';

type ImportChannel = keyof typeof importChannels;

function lookupsOf(db: Database): AnalysisLookups {
  return {
    enterprises: enterpriseNames(db),
    registered: (ids) => registeredPeople(db, ids),
    demandLines: () => demandLines(db),
  };
}

function jobOf(ctx: HandlerContext, jobId: string | null) {
  return ctx.imports.jobs.start(jobId, (p) => ctx.emit({ name: 'import.progress', payload: p }));
}

function problemLabels(db: Database) {
  const lang = readSettings(db).language === 'en' ? 'en' : 'zh-CN';
  return { problem: translate(lang, 'imports.problemColumn'), row: translate(lang, 'imports.rowColumn') };
}

/** A preview's or a batch's problem rows as .xlsx, masked unless `unmasked`. */
function problemRowsOf(
  input: { previewId: string } | { batchId: string },
  ctx: HandlerContext,
  unmasked: boolean,
): Promise<FileDownload> {
  if ('previewId' in input) {
    const a = ctx.imports.analysis(input.previewId);
    return problemRowsDownload(problemFileOf(a), a.fileName, problemLabels(ctx.db), unmasked);
  }
  const batch = getBatch(ctx.db, input.batchId);
  const file = batchProblemFile(ctx.db, input.batchId);
  return problemRowsDownload(file, batch.fileName, problemLabels(ctx.db), unmasked);
}

/** Handlers of the import and export channels (spread into the backend's handler map). */
export const importHandlers: DomainHandlers<ImportChannel> = {
  // Only Electron main has a dialog; it answers this channel itself before it reaches here.
  'files.pick': () => ({ dialog: false, file: null }),
  'files.upload': (input, { imports }) => imports.staging.append(input),
  'files.discard': async ({ fileId }, { imports }) => ({ discarded: await imports.endImport(fileId) }),
  'imports.inspect': ({ fileId }, { imports }) => imports.inspect(fileId),
  'imports.preview': async (options, ctx) => {
    const job = jobOf(ctx, options.jobId);
    try {
      return await ctx.imports.preview(options, lookupsOf(ctx.db), ctx.today, job);
    } catch (err) {
      if (isCancelled(err)) await ctx.imports.endImport(options.fileId);
      throw err;
    } finally {
      job.end();
    }
  },
  'imports.cancel': ({ jobId }, { imports }) => ({ cancelled: imports.jobs.cancel(jobId) }),
  'imports.commit': async ({ previewId, jobId, overlaps }, ctx) => {
    const analysis = ctx.imports.analysis(previewId);
    const job = jobId ? jobOf(ctx, jobId) : { ...NO_JOB, end: () => undefined };
    try {
      // Room for a large import's pages first (no write is in progress: this is an admin channel).
      const people = analysis.kind === 'seekers' ? importableRows(analysis).length : 0;
      if (isBulkImport(ctx.db, people)) ctx.store.makeRoom(roomForImport(people));
      const result = await ctx.write(() =>
        commitAnalysis(
          ctx.db,
          analysis,
          ctx,
          randomUUID(),
          (done, total) => job.progress('saving', done, total),
          choicesOf(overlaps),
        ),
      );
      await ctx.imports.forgetCommitted(previewId);
      return result;
    } catch (err) {
      // Cancelled or refused, the import has ended: its staged file goes (the preview stays for a retry).
      const fileId = ctx.imports.fileOf(previewId);
      if (fileId) await ctx.imports.endImport(fileId);
      throw err;
    } finally {
      job.end();
    }
  },
  'imports.batches': ({ limit }, { db }) => listBatches(db, limit),
  'imports.undo': ({ batchId }, ctx) => {
    const { removed } = undoBatch(ctx.db, batchId, ctx);
    const batch = getBatch(ctx.db, batchId);
    ctx.audit({
      action: 'imports.undo',
      entity: 'import_batch',
      entityId: batchId,
      summary: said('import_undone', { file: batch.fileName, sheet: batch.sheet, count: removed }),
    });
    return batch;
  },
  'imports.problemRows': (input, ctx) => problemRowsOf(input, ctx, false),
  'imports.problemRowsUnmasked': async (input, ctx) => {
    const file = await problemRowsOf(input, ctx, true);
    await ctx.write(() =>
      ctx.audit({
        action: 'imports.problemRowsUnmasked',
        entity: 'batchId' in input ? 'import_batch' : 'import_preview',
        entityId: 'batchId' in input ? input.batchId : null,
        summary: said('problem_rows_unmasked', {
          file: file.fileName,
          count: file.rows,
          reason: input.reason,
        }),
      }),
    );
    return file;
  },
  'exports.table': async (input, ctx) => {
    const file = await toDownload(
      { sheetName: input.fileBase, columns: input.columns, rows: input.rows },
      input.format,
      input.encoding,
      input.fileBase,
    );
    await ctx.write(() =>
      ctx.audit({
        action: 'exports.table',
        entity: 'export',
        entityId: null,
        summary: said('exported', { file: file.fileName, count: file.rows }),
      }),
    );
    return file;
  },
  'exports.seekers': async (input, ctx) => {
    const table = seekerTable(ctx.db, input, rowView(ctx.db, ctx.now), () => undefined);
    const file = await toDownload(table, input.format, input.encoding, input.fileBase);
    // Who took personal data out, and whether in full, is on record either way.
    await ctx.write(() =>
      ctx.audit({
        action: input.unmasked ? 'exports.seekersUnmasked' : 'exports.seekers',
        entity: 'export',
        entityId: null,
        summary: said('exported', { file: file.fileName, count: file.rows }, [
          part(input.unmasked ? 'export_unmasked' : 'export_masked'),
          ...reasonPart(input.reason),
        ]),
      }),
    );
    return file;
  },
};
