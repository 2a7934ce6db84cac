import { z } from 'zod';
import { revealReason } from '../domain/accounts';
import { requiredText, uuid } from '../domain/fields';
import { SeekerFilter, SEEKER_SORT_COLUMNS } from '../domain/seeker';
import {
  CommitResult,
  FileDownload,
  FilePickResult,
  FileUploadInput,
  ImportBatch,
  ImportOptions,
  InspectResult,
  OverlapDecision,
  Preview,
  StagedFile,
} from './imports';

export const ExportFormat = z
  .object({
    format: z.enum(['xlsx', 'csv']),
    /** CSV only: UTF-8 with a BOM (Excel opens it correctly) or GBK for old software. */
    encoding: z.enum(['utf-8', 'gbk']).default('utf-8'),
    /** The file name without extension, e.g. the page's title. */
    fileBase: z.string().trim().min(1).max(80),
  })
  .strict();

export const EXPORT_COLUMN_KINDS = ['text', 'number', 'date', 'id', 'phone'] as const;

/** A client-side grid as shown: visible columns, filtered and sorted rows, values as formatted. */
export const TableExportInput = ExportFormat.extend({
  columns: z
    .array(
      z.object({ header: z.string().max(100), kind: z.enum(EXPORT_COLUMN_KINDS).default('text') }).strict(),
    )
    .min(1)
    .max(100),
  rows: z.array(z.array(z.union([z.string().max(2000), z.number(), z.null()])).max(100)).max(50_000),
}).strict();
export type TableExportInput = z.input<typeof TableExportInput>;

/** Columns of the job-seeker grid that can be exported (its colIds). */
export const SEEKER_EXPORT_COLUMNS = [
  'name',
  'gender',
  'age',
  'idMasked',
  'phoneMasked',
  'countyCode',
  'town',
  'village',
  'stage',
  'stageDate',
  'enterpriseName',
  'trips',
  'preferences',
  'partnerName',
  'channel',
  'signedUpOn',
] as const;

/** The job-seeker grid: the backend reads every row its filter and sort give. */
export const SeekerExportInput = ExportFormat.extend({
  filter: SeekerFilter,
  sort: z
    .array(z.object({ colId: z.enum(SEEKER_SORT_COLUMNS), sort: z.enum(['asc', 'desc']) }).strict())
    .max(3)
    .default([]),
  columns: z
    .array(z.object({ colId: z.enum(SEEKER_EXPORT_COLUMNS), header: z.string().max(100) }).strict())
    .min(1)
    .max(SEEKER_EXPORT_COLUMNS.length),
  /** Full ID numbers and phones instead of masked ones; recorded in the audit log. */
  unmasked: z.boolean().default(false),
  /** Why the export is unmasked: the sign-in gate asks for it and it is audited. */
  reason: revealReason.optional(),
  language: z.enum(['zh-CN', 'en']).default('zh-CN'),
}).strict();
export type SeekerExportInput = z.input<typeof SeekerExportInput>;

/**
 * Import and export channels (spread into the contract). File staging: the renderer holds file ids,
 * never paths. `files.pick` is answered by Electron main (its open dialog); elsewhere it says there
 * is no dialog, and the renderer uploads with `files.upload`.
 */
export const importChannels = {
  'files.pick': {
    input: z.object({ purpose: z.enum(['import']).default('import') }).strict(),
    output: FilePickResult,
    kind: 'read',
  },
  /** Changes no data: appends to a staged file outside the database. */
  'files.upload': {
    input: FileUploadInput,
    output: StagedFile.extend({ complete: z.boolean() }),
    kind: 'read',
  },
  /** Changes no data: deletes a staged file whose import the user gave up (discarded or cancelled). */
  'files.discard': {
    input: z.object({ fileId: uuid }).strict(),
    output: z.object({ discarded: z.boolean() }),
    kind: 'read',
  },
  'imports.inspect': { input: z.object({ fileId: uuid }).strict(), output: InspectResult, kind: 'read' },
  /** Reads and checks every row; sends `import.progress` and can be cancelled. Writes nothing. */
  'imports.preview': { input: ImportOptions, output: Preview, kind: 'read' },
  'imports.cancel': {
    input: z.object({ jobId: uuid }).strict(),
    output: z.object({ cancelled: z.boolean() }),
    kind: 'read',
  },
  /**
   * Imports a preview's good rows as one batch, in one transaction. Admin: a large import first
   * gives the database room to grow, with no other write in progress.
   */
  'imports.commit': {
    input: z
      .object({
        previewId: uuid,
        jobId: uuid.nullable().default(null),
        /** The user's choice for conflicting rows; a row not listed is skipped. */
        overlaps: z.array(OverlapDecision).max(100_000).default([]),
      })
      .strict(),
    output: CommitResult,
    kind: 'admin',
  },
  'imports.batches': {
    input: z.object({ limit: z.number().int().min(1).max(500).default(100) }).strict(),
    output: z.array(ImportBatch),
    kind: 'read',
  },
  'imports.undo': { input: z.object({ batchId: uuid }).strict(), output: ImportBatch, kind: 'write' },
  /** The rows not imported, as .xlsx with the original columns and a problem column; ID numbers and phones masked. */
  'imports.problemRows': {
    input: z.union([z.object({ previewId: uuid }).strict(), z.object({ batchId: uuid }).strict()]),
    output: FileDownload,
    kind: 'read',
  },
  /** The same rows as written in the file, unmasked: audited with the reason the person gives. */
  'imports.problemRowsUnmasked': {
    input: z.union([
      z.object({ previewId: uuid, reason: requiredText(200) }).strict(),
      z.object({ batchId: uuid, reason: requiredText(200) }).strict(),
    ]),
    output: FileDownload,
    kind: 'admin',
  },
  'exports.table': { input: TableExportInput, output: FileDownload, kind: 'admin' },
  'exports.seekers': { input: SeekerExportInput, output: FileDownload, kind: 'admin' },
} as const;
