import { randomUUID } from 'node:crypto';
import type { ImportOptionsParsed, InspectResult, Preview } from '../../../shared/contract/imports';
import { ApiError } from '../../../shared/contract/result';
import type { DataKey } from '../db/cipher';
import { detectHeader } from '../../../shared/imports/headers';
import { analyseSheet, pickSheet, type Analysis, type AnalysisLookups } from './analyse';
import { JobRegistry, type Job } from './job';
import { readWorkbook, type Workbook } from './read-workbook';
import { toPreview } from './shape';
import { FileStaging } from './staging';

/** Previews kept for commit; an older one must be previewed again. */
const KEEP_PREVIEWS = 4;
const KEEP_WORKBOOKS = 2;

/**
 * The backend's import state between requests: staged files, the last workbooks read (a 100k-row
 * .xlsx takes seconds to parse; choosing a sheet or fixing a mapping should not parse it again),
 * previews awaiting commit, and running jobs.
 */
export class ImportSession {
  readonly staging: FileStaging;
  readonly jobs = new JobRegistry();
  private readonly workbooks = new Map<string, Workbook>();
  private readonly previews = new Map<string, { fileId: string; analysis: Analysis }>();

  constructor(dataDir: string, key?: DataKey) {
    this.staging = new FileStaging(dataDir, key);
  }

  async workbook(fileId: string, job?: Job): Promise<Workbook> {
    const cached = this.workbooks.get(fileId);
    if (cached) return cached;
    const bytes = await this.staging.read(fileId);
    job?.progress('reading', 0, bytes.length);
    await job?.checkpoint();
    let wb: Workbook;
    try {
      wb = readWorkbook(bytes);
    } catch (err) {
      // A file that cannot be read as a workbook ends its import: it is not kept on disk.
      await this.staging.discard(fileId);
      throw err;
    }
    job?.progress('reading', bytes.length, bytes.length);
    this.workbooks.set(fileId, wb);
    while (this.workbooks.size > KEEP_WORKBOOKS) this.workbooks.delete(this.workbooks.keys().next().value!);
    return wb;
  }

  async inspect(fileId: string): Promise<InspectResult> {
    const { name } = this.staging.get(fileId);
    const wb = await this.workbook(fileId);
    return {
      fileId,
      fileName: name,
      format: wb.format,
      encoding: wb.encoding,
      sheets: wb.sheets.map((s) => {
        const h = detectHeader(s.rows);
        return {
          name: s.name,
          rows: s.rows.length,
          kind: h?.kind ?? null,
          headerRow: h ? h.rowIndex + 1 : null,
        };
      }),
    };
  }

  async analyse(
    options: ImportOptionsParsed,
    lookups: AnalysisLookups,
    today: string,
    job: Job,
  ): Promise<{ previewId: string; analysis: Analysis }> {
    const { name } = this.staging.get(options.fileId);
    const wb = await this.workbook(options.fileId, job);
    const sheet = pickSheet(wb.sheets, options.sheet);
    const analysis = await analyseSheet(
      sheet,
      { fileName: name, format: wb.format },
      options,
      lookups,
      today,
      job,
    );
    const previewId = randomUUID();
    this.previews.set(previewId, { fileId: options.fileId, analysis });
    while (this.previews.size > KEEP_PREVIEWS) this.previews.delete(this.previews.keys().next().value!);
    return { previewId, analysis };
  }

  async preview(
    options: ImportOptionsParsed,
    lookups: AnalysisLookups,
    today: string,
    job: Job,
  ): Promise<Preview> {
    const { previewId, analysis } = await this.analyse(options, lookups, today, job);
    return toPreview(previewId, analysis);
  }

  analysis(previewId: string): Analysis {
    const p = this.previews.get(previewId);
    if (!p) throw new ApiError('not_found', 'imports.read.preview_gone');
    return p.analysis;
  }

  /**
   * Forgets a committed preview and the workbook it was read from: the page starts afresh after a
   * commit, and a 100k-row file's rows and checked rows hold hundreds of MB. The staged file is
   * deleted: to import it again, choose it again.
   */
  async forgetCommitted(previewId: string): Promise<void> {
    const p = this.previews.get(previewId);
    if (!p) return;
    this.previews.delete(previewId);
    this.workbooks.delete(p.fileId);
    await this.staging.discard(p.fileId);
  }

  /**
   * An import that was cancelled, or whose commit failed, ends: its staged file is deleted and its
   * workbook forgotten. A preview whose commit failed stays (it holds the rows), to be committed again.
   */
  async endImport(fileId: string): Promise<boolean> {
    this.workbooks.delete(fileId);
    return this.staging.discard(fileId);
  }

  /** The staged file a preview was read from. */
  fileOf(previewId: string): string | null {
    return this.previews.get(previewId)?.fileId ?? null;
  }

  /** Removes the staged files of this session (on close). */
  async close(): Promise<void> {
    this.previews.clear();
    this.workbooks.clear();
    await this.staging.discardAll();
  }
}
