import { randomUUID } from 'node:crypto';
import type { importChannels } from '../../../shared/contract/import-channels';
import { translate } from '../../../shared/i18n';
import { withReason } from '../../../shared/domain/accounts';
import type { DomainHandlers, HandlerContext } from '../handler-context';
import { toDownload } from '../exports/download';
import { seekerTable } from '../seekers/seeker-table';
import { batchProblemFile, getBatch, listBatches, undoBatch } from './repos/import-batches';
import { demandLines, enterpriseNames, registeredPeople } from './repos/import-lookups';
import { isBulkImport, roomForImport } from './repos/import-seekers';
import { readSettings } from '../app/repos/settings';
import { rowView } from '../seekers/repos/seeker-rows';
import type { AnalysisLookups } from './analyse';
import { commitAnalysis, importableRows } from './commit';
import { choicesOf } from './demand-overlaps';
import { NO_JOB } from './job';
import { problemRowsDownload } from './problem-rows';
import { problemFileOf } from './shape';
import type { Database } from '../db/database';

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

/** Handlers of the import and export channels (spread into the backend's handler map). */
export const importHandlers: DomainHandlers<ImportChannel> = {
  // Only Electron main has a dialog; it answers this channel itself before it reaches here.
  'files.pick': () => ({ dialog: false, file: null }),
  'files.upload': (input, { imports }) => imports.staging.append(input),
  'imports.inspect': ({ fileId }, { imports }) => imports.inspect(fileId),
  'imports.preview': async (options, ctx) => {
    const job = jobOf(ctx, options.jobId);
    try {
      return await ctx.imports.preview(options, lookupsOf(ctx.db), ctx.today, job);
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
      ctx.imports.forgetCommitted(previewId);
      return result;
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
      summary: `${batch.fileName} / ${batch.sheet}: ${removed} removed`,
    });
    return batch;
  },
  'imports.problemRows': async (input, ctx) => {
    if ('previewId' in input) {
      const a = ctx.imports.analysis(input.previewId);
      return problemRowsDownload(problemFileOf(a), a.fileName, problemLabels(ctx.db));
    }
    const batch = getBatch(ctx.db, input.batchId);
    return problemRowsDownload(
      batchProblemFile(ctx.db, input.batchId),
      batch.fileName,
      problemLabels(ctx.db),
    );
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
        summary: `${file.fileName}: ${file.rows} rows`,
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
        summary: withReason(
          `${file.fileName}: ${file.rows} rows${input.unmasked ? ', full ID numbers and phones' : ', masked'}`,
          input.reason,
        ),
      }),
    );
    return file;
  },
};
