import { create } from 'zustand';
import type {
  ImportBatch,
  ImportOptions,
  ImportProgress,
  InspectResult,
  OverlapChoice,
  Preview,
  StagedFile,
} from '../../../../shared/contract/imports';
import type { ImportField } from '../../../../shared/imports/fields';
import { ApiCallError, call } from '../../api';

/** A running step's progress: the backend's `import.progress`, or the upload's own. */
export interface Progress {
  phase: ImportProgress['phase'] | 'upload';
  done: number;
  total: number;
}

export type Busy = null | {
  kind: 'upload' | 'preview' | 'commit' | 'undo' | 'download';
  jobId: string | null;
};

export interface ImportChoices {
  sheet: string | null;
  countyCode: string | null;
  year: number | null;
  channel: NonNullable<ImportOptions['channel']>;
  mapping: (ImportField | null)[] | null;
}

interface ImportsState {
  file: StagedFile | null;
  inspect: InspectResult | null;
  choices: ImportChoices;
  preview: Preview | null;
  /** The user's choice for each conflicting row of the preview (by row number); skipped when absent. */
  overlapChoices: Record<number, OverlapChoice>;
  busy: Busy;
  progress: Progress | null;
  error: unknown;
  batches: ImportBatch[];
  setFile: (file: StagedFile) => Promise<void>;
  choose: (patch: Partial<ImportChoices>) => Promise<void>;
  runPreview: () => Promise<void>;
  cancel: () => Promise<void>;
  commit: () => Promise<ImportBatch | null>;
  chooseOverlap: (row: number, choice: OverlapChoice) => void;
  reset: () => void;
  loadBatches: () => Promise<void>;
  setBusy: (busy: Busy) => void;
  setProgress: (p: ImportsState['progress']) => void;
  setError: (error: unknown) => void;
}

const NO_CHOICES: ImportChoices = {
  sheet: null,
  countyCode: null,
  year: null,
  channel: 'point_to_point',
  mapping: null,
};

export const useImportsStore = create<ImportsState>()((set, get) => ({
  file: null,
  inspect: null,
  choices: NO_CHOICES,
  preview: null,
  overlapChoices: {},
  busy: null,
  progress: null,
  error: null,
  batches: [],

  setFile: async (file) => {
    set({ file, inspect: null, preview: null, choices: NO_CHOICES, error: null });
    try {
      set({ busy: { kind: 'preview', jobId: null }, progress: { phase: 'reading', done: 0, total: 0 } });
      const inspect = await call('imports.inspect', { fileId: file.fileId });
      const first = inspect.sheets.find((s) => s.kind !== null) ?? inspect.sheets[0];
      set({ inspect, choices: { ...NO_CHOICES, sheet: first?.name ?? null } });
    } catch (error) {
      set({ error, busy: null, progress: null });
      return;
    }
    await get().runPreview();
  },

  choose: async (patch) => {
    const choices = { ...get().choices, ...patch };
    // Another sheet has other columns: its mapping is found afresh.
    if (patch.sheet !== undefined && patch.sheet !== get().choices.sheet) choices.mapping = null;
    set({ choices });
    await get().runPreview();
  },

  runPreview: async () => {
    const { file, choices } = get();
    if (!file) return;
    const jobId = crypto.randomUUID();
    set({ busy: { kind: 'preview', jobId }, progress: null, error: null });
    try {
      const preview = await call('imports.preview', { fileId: file.fileId, jobId, ...choices });
      set((s) => ({
        preview,
        overlapChoices: {},
        // Keep what the backend found, so the selects show it and the next check starts from it.
        choices: {
          ...s.choices,
          countyCode: preview.countyCode ?? s.choices.countyCode,
          year: s.choices.year,
        },
      }));
    } catch (error) {
      // A cancelled check ends the import: the backend has deleted the staged file.
      const ended = error instanceof ApiCallError && error.message === 'imports.read.cancelled';
      set(ended ? { error, preview: null, file: null, inspect: null } : { error, preview: null });
    } finally {
      set({ busy: null, progress: null });
    }
  },

  cancel: async () => {
    const jobId = get().busy?.jobId;
    if (jobId) await call('imports.cancel', { jobId });
  },

  commit: async () => {
    const preview = get().preview;
    if (!preview) return null;
    const jobId = crypto.randomUUID();
    set({ busy: { kind: 'commit', jobId }, progress: null, error: null });
    try {
      const overlaps = Object.entries(get().overlapChoices).map(([row, choice]) => ({
        row: Number(row),
        choice,
      }));
      const result = await call('imports.commit', { previewId: preview.previewId, jobId, overlaps });
      set({ preview: null, overlapChoices: {}, file: null, inspect: null, choices: NO_CHOICES });
      await get().loadBatches();
      return result.batch;
    } catch (error) {
      set({ error });
      return null;
    } finally {
      set({ busy: null, progress: null });
    }
  },

  chooseOverlap: (row, choice) => set((s) => ({ overlapChoices: { ...s.overlapChoices, [row]: choice } })),

  reset: () => {
    // The staged copy of the file is deleted: the import was given up.
    const file = get().file;
    if (file) void call('files.discard', { fileId: file.fileId }).catch(() => undefined);
    set({
      file: null,
      inspect: null,
      preview: null,
      overlapChoices: {},
      choices: NO_CHOICES,
      error: null,
      progress: null,
    });
  },

  loadBatches: async () => {
    try {
      set({ batches: await call('imports.batches', { limit: 100 }) });
    } catch (error) {
      set({ error });
    }
  },

  setBusy: (busy) => set({ busy }),
  setProgress: (progress) => set({ progress }),
  setError: (error) => set({ error }),
}));
