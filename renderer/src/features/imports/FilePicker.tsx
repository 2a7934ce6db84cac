import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useImportsStore } from './imports-store';
import { hasNativeDialog, uploadFile } from './upload';

const ACCEPT = '.xlsx,.xls,.ods,.csv,.txt';

/**
 * Chooses the file. In Electron, main shows its open dialog and stages the file (the page never
 * sees a path); in browser mode the page uploads the bytes. Either way it gets a file id.
 */
export function FilePicker() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const busy = useImportsStore((s) => s.busy);
  const { setFile, setBusy, setProgress, setError } = useImportsStore.getState();

  const onPick = async () => {
    if (hasNativeDialog()) {
      try {
        const picked = await call('files.pick', { purpose: 'import' });
        if (picked.dialog) {
          if (picked.file) await setFile(picked.file);
          return;
        }
      } catch (err) {
        setError(err);
        return;
      }
    }
    input.current?.click();
  };

  const onChosen = async (file: File | undefined) => {
    if (!file) return;
    setBusy({ kind: 'upload', jobId: null });
    setProgress({ phase: 'upload', done: 0, total: file.size });
    try {
      const staged = await uploadFile(file, (done, total) => setProgress({ phase: 'upload', done, total }));
      setBusy(null);
      await setFile(staged);
    } catch (err) {
      setError(err);
      setBusy(null);
      setProgress(null);
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  return (
    <>
      <button type="button" className="primary" disabled={busy !== null} onClick={() => void onPick()}>
        {t('imports.pickFile')}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        data-testid="import-file-input"
        onChange={(e) => void onChosen(e.target.files?.[0])}
      />
    </>
  );
}
