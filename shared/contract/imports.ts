import { z } from 'zod';
import { COUNTIES } from '../domain/counties';
import { uuid } from '../domain/fields';
import { SIGNUP_CHANNELS } from '../domain/seeker';
import { NORMALISATIONS } from '../imports/cells';
import { IMPORT_FIELDS, IMPORT_KINDS } from '../imports/fields';
import { PROBLEM_CODES } from '../imports/problems';

const COUNTY_CODES = COUNTIES.map((c) => c.code) as [string, ...string[]];

/** A file staged for import: the renderer holds only this id, never a path. */
export const StagedFile = z.object({ fileId: uuid, name: z.string(), size: z.number().int() });
export type StagedFile = z.infer<typeof StagedFile>;

export const FilePickResult = z.object({
  /** False where no native dialog exists (browser mode): upload the file instead. */
  dialog: z.boolean(),
  /** Null when the dialog was cancelled. */
  file: StagedFile.nullable(),
});
export type FilePickResult = z.infer<typeof FilePickResult>;

/** Base64 characters per upload call: 8 MiB of file, well inside the host's 16 MiB body limit. */
export const UPLOAD_CHUNK_BYTES = 8 * 1024 * 1024;

export const FileUploadInput = z
  .object({
    /** Null for the first chunk; then the id it answered. */
    fileId: uuid.nullable(),
    name: z.string().trim().min(1).max(255),
    offset: z.number().int().min(0),
    data: z
      .string()
      .max(Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/),
    done: z.boolean(),
  })
  .strict();

export const ImportKindSchema = z.enum(IMPORT_KINDS);
export const ImportFieldSchema = z.enum(IMPORT_FIELDS as [string, ...string[]]);

export const SheetInfo = z.object({
  name: z.string(),
  rows: z.number().int(),
  kind: ImportKindSchema.nullable(),
  /** 1-based, as the spreadsheet shows it. */
  headerRow: z.number().int().nullable(),
});
export type SheetInfo = z.infer<typeof SheetInfo>;

export const InspectResult = z.object({
  fileId: uuid,
  fileName: z.string(),
  format: z.enum(['xlsx', 'xls', 'ods', 'csv']),
  encoding: z.string().nullable(),
  sheets: z.array(SheetInfo),
});
export type InspectResult = z.infer<typeof InspectResult>;

export const ImportOptions = z
  .object({
    fileId: uuid,
    /** Null: the first sheet with a recognisable header. */
    sheet: z.string().max(100).nullable().default(null),
    kind: ImportKindSchema.nullable().default(null),
    /** 1-based; null: found automatically. */
    headerRow: z.number().int().min(1).max(1000).nullable().default(null),
    /** Per column of the header row: the field it fills or null; null: by synonym. */
    mapping: z.array(ImportFieldSchema.nullable()).max(500).nullable().default(null),
    countyCode: z.enum(COUNTY_CODES, { error: 'v.county' }).nullable().default(null),
    /** For dates written without a year (2月9日); null: from the title, else this year. */
    year: z.number().int().min(2000).max(2100).nullable().default(null),
    channel: z.enum(SIGNUP_CHANNELS).default('point_to_point'),
    /** Names the work for `imports.cancel` and `import.progress`. */
    jobId: uuid.nullable().default(null),
  })
  .strict();
export type ImportOptions = z.input<typeof ImportOptions>;
export type ImportOptionsParsed = z.output<typeof ImportOptions>;

export const ImportProblem = z.object({
  row: z.number().int(),
  column: z.string(),
  code: z.enum(PROBLEM_CODES),
  severity: z.enum(['error', 'duplicate', 'conflict', 'warning']),
  /** English text (the command line prints it); the renderer translates `imports.problem.<code>` with params. */
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

export const RowStatus = z.enum(['ok', 'warning', 'error', 'duplicate', 'conflict']);
export type RowStatus = z.infer<typeof RowStatus>;

export const PreviewRow = z.object({
  row: z.number().int(),
  status: RowStatus,
  /** The file's cells of this row, one per header, as text. */
  cells: z.array(z.string()),
  /** What each cell is stored as (a date as YYYY-MM-DD, an ID tidied): the cell itself where nothing changes. */
  values: z.array(z.string()),
  problems: z.array(ImportProblem),
});
export type PreviewRow = z.infer<typeof PreviewRow>;

export const ImportCounts = z.object({
  rows: z.number().int(),
  imported: z.number().int(),
  rejected: z.number().int(),
  duplicates: z.number().int(),
  /** Demand lines overlapping lines already kept: imported only as the user chooses, row by row. */
  conflicts: z.number().int(),
  warnings: z.number().int(),
  normalised: z.number().int(),
  skippedBlank: z.number().int(),
  skippedTotals: z.number().int(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

export const Banner = z.object({
  code: z.enum(['id_precision_lost_most', 'formulas', 'merged_cells', 'county_guessed', 'no_header']),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type Banner = z.infer<typeof Banner>;

/** A demand line as the overlap rule compares it. */
export const OverlapLine = z.object({
  post: z.string(),
  headcount: z.number().int(),
  periodStart: z.string(),
  periodEnd: z.string(),
});
export type OverlapLine = z.infer<typeof OverlapLine>;

/** A row of a demand sheet whose line overlaps lines already kept for the same enterprise and post. */
export const PreviewOverlap = z.object({
  row: z.number().int(),
  enterpriseName: z.string(),
  line: OverlapLine,
  existing: z.array(OverlapLine),
});
export type PreviewOverlap = z.infer<typeof PreviewOverlap>;

/**
 * What to do with a conflicting row: `replace` archives the lines it overlaps (an undo brings
 * them back), `keep_both` adds it beside them, `skip` (the default) leaves it out.
 */
export const OVERLAP_CHOICES = ['skip', 'keep_both', 'replace'] as const;
export type OverlapChoice = (typeof OVERLAP_CHOICES)[number];
export const OverlapDecision = z
  .object({ row: z.number().int().min(1), choice: z.enum(OVERLAP_CHOICES) })
  .strict();
export type OverlapDecision = z.infer<typeof OverlapDecision>;

export const Preview = z.object({
  previewId: uuid,
  fileName: z.string(),
  sheet: z.string(),
  kind: ImportKindSchema,
  format: z.enum(['xlsx', 'xls', 'ods', 'csv']),
  headerRow: z.number().int(),
  headers: z.array(z.string()),
  mapping: z.array(ImportFieldSchema.nullable()),
  /** Required fields no column is mapped to: nothing can be imported until they are. */
  missingFields: z.array(ImportFieldSchema),
  countyCode: z.string().nullable(),
  year: z.number().int(),
  counts: ImportCounts,
  normalisations: z.record(z.enum(NORMALISATIONS), z.number().int()),
  banners: z.array(Banner),
  /** Rows to show: every row with a problem, then the others, up to a limit. */
  rows: z.array(PreviewRow),
  rowsTruncated: z.boolean(),
  /** Every conflicting row, each beside the lines it overlaps. */
  overlaps: z.array(PreviewOverlap),
});
export type Preview = z.infer<typeof Preview>;

export const ImportBatch = z.object({
  id: uuid,
  kind: ImportKindSchema,
  fileName: z.string(),
  sheet: z.string(),
  operator: z.string(),
  createdAt: z.string(),
  countyCode: z.string().nullable(),
  rows: z.number().int(),
  imported: z.number().int(),
  rejected: z.number().int(),
  duplicates: z.number().int(),
  warnings: z.number().int(),
  normalised: z.number().int(),
  status: z.enum(['active', 'undone']),
  undoneAt: z.string().nullable(),
  undoneBy: z.string().nullable(),
  problemRows: z.number().int(),
});
export type ImportBatch = z.infer<typeof ImportBatch>;

export const CommitResult = z.object({
  batch: ImportBatch.nullable(),
  counts: ImportCounts,
  problems: z.array(ImportProblem),
});
export type CommitResult = z.infer<typeof CommitResult>;

/** A file for the renderer to save (a Blob download). */
export const FileDownload = z.object({
  fileName: z.string(),
  mime: z.string(),
  base64: z.string(),
  rows: z.number().int(),
});
export type FileDownload = z.infer<typeof FileDownload>;

export const ImportProgress = z.object({
  jobId: uuid,
  phase: z.enum(['reading', 'checking', 'duplicates', 'saving', 'writing']),
  done: z.number().int(),
  total: z.number().int(),
});
export type ImportProgress = z.infer<typeof ImportProgress>;
