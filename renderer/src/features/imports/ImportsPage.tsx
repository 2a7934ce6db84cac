import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { call, onBackendEvent, onDataChanged } from '../../api';
import { translateError } from '../../i18n';
import { flashError, flashSuccess } from '../../shell/flash-store';
import { saveDownload } from '../../ui/download';
import { BatchList } from './BatchList';
import { FilePicker } from './FilePicker';
import { useImportsStore } from './imports-store';
import { MappingPanel } from './MappingPanel';
import { OptionsBar } from './OptionsBar';
import { chosenOverlaps, OverlapPanel } from './OverlapPanel';
import { PreviewGrid } from './PreviewGrid';
import { PreviewSummary } from './PreviewSummary';
import { ProgressBar } from './ProgressBar';
import { UnmaskedProblemsButton } from './UnmaskedProblemsButton';

/** Progress events of this page's running job move its bar; batch changes from anywhere reload the list. */
function useImportEvents(): void {
  useEffect(() => {
    const { loadBatches } = useImportsStore.getState();
    void loadBatches();
    const offProgress = onBackendEvent((event) => {
      if (event.name !== 'import.progress') return;
      const { busy, setProgress } = useImportsStore.getState();
      if (busy?.jobId === event.payload.jobId) setProgress(event.payload);
    });
    const offChanged = onDataChanged((channel) => {
      if (channel.startsWith('imports.')) void loadBatches();
    });
    return () => {
      offProgress();
      offChanged();
    };
  }, []);
}

export function ImportsPage() {
  const { t } = useTranslation();
  useImportEvents();
  const { file, preview, overlapChoices, busy, progress, error } = useImportsStore(
    useShallow((s) => ({
      file: s.file,
      preview: s.preview,
      overlapChoices: s.overlapChoices,
      busy: s.busy,
      progress: s.progress,
      error: s.error,
    })),
  );
  const { commit, cancel, reset } = useImportsStore.getState();
  const [onlyProblems, setOnlyProblems] = useState(false);

  const onCommit = async () => {
    const batch = await commit();
    if (batch) {
      flashSuccess('imports.committed', {
        file: batch.fileName,
        imported: batch.imported,
        rejected: batch.rejected,
        duplicates: batch.duplicates,
      });
    }
  };

  const onDownloadProblems = async () => {
    if (!preview) return;
    try {
      saveDownload(await call('imports.problemRows', { previewId: preview.previewId }));
    } catch (err) {
      flashError(err);
    }
  };

  const problemRows = preview
    ? preview.counts.rejected + preview.counts.duplicates + preview.counts.conflicts
    : 0;
  const toImport = preview ? preview.counts.imported + chosenOverlaps(preview.overlaps, overlapChoices) : 0;
  const busyLabel =
    busy?.kind === 'upload' && file === null ? t('imports.progress.reading') : t('imports.progress.reading');

  return (
    <div className="page imports-page">
      <header className="page-head">
        <h1>{t('imports.title')}</h1>
        <div className="toolbar">
          <FilePicker />
          {file ? (
            <button type="button" disabled={busy !== null} onClick={reset}>
              {t('imports.preview.discard')}
            </button>
          ) : null}
        </div>
      </header>
      {!file && !preview ? <p className="hint">{t('imports.intro')}</p> : null}

      {busy && busy.kind !== 'undo' ? (
        <ProgressBar
          progress={progress}
          label={busyLabel}
          onCancel={busy.kind === 'preview' && busy.jobId ? () => void cancel() : null}
        />
      ) : null}

      {error ? (
        <p className="inline-error" role="alert">
          {translateError(error)}
        </p>
      ) : null}

      <OptionsBar />
      {preview ? (
        <>
          <MappingPanel />
          <PreviewSummary />
          <OverlapPanel />
          <div className="toolbar import-actions">
            <label className="toolbar-field">
              {t('imports.preview.show')}
              <select
                aria-label={t('imports.preview.show')}
                value={onlyProblems ? 'problems' : 'all'}
                onChange={(e) => setOnlyProblems(e.target.value === 'problems')}
              >
                <option value="all">{t('imports.preview.showAll')}</option>
                <option value="problems">{t('imports.preview.showProblems')}</option>
              </select>
            </label>
            {preview.rowsTruncated ? (
              <span className="hint">{t('imports.preview.truncated', { count: preview.rows.length })}</span>
            ) : null}
            <span className="spacer" />
            {problemRows > 0 ? (
              <button type="button" disabled={busy !== null} onClick={() => void onDownloadProblems()}>
                {t('imports.downloadProblems')}
              </button>
            ) : null}
            {problemRows > 0 ? (
              <UnmaskedProblemsButton source={{ previewId: preview.previewId }} disabled={busy !== null} />
            ) : null}
            <button
              type="button"
              className="primary"
              disabled={busy !== null || toImport === 0 || preview.missingFields.length > 0}
              onClick={() => void onCommit()}
            >
              {toImport > 0
                ? t('imports.preview.commit', { count: toImport })
                : t('imports.preview.commitNone')}
            </button>
          </div>
          <PreviewGrid headers={preview.headers} rows={preview.rows} onlyProblems={onlyProblems} />
        </>
      ) : null}

      <BatchList />
    </div>
  );
}
