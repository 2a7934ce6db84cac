import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileDownload } from '../../../shared/contract/imports';
import { useCan } from '../shell/auth-store';
import { flashError, flashSuccess } from '../shell/flash-store';
import { askRevealReason } from '../shell/reason-store';
import { saveDownload } from './download';
import { Modal } from './Modal';

export interface ExportChoice {
  format: 'xlsx' | 'csv';
  encoding: 'utf-8' | 'gbk';
  /** Only offered when `personal`; the backend records it in the audit log. */
  unmasked: boolean;
  /** Why the export is unmasked: asked for and audited. */
  reason?: string;
  fileBase: string;
}

interface ExportButtonProps {
  /** The file name without extension, e.g. the page title and the date. */
  fileBase: string;
  /** The grid holds ID numbers and phones: offer full values (masked by default). */
  personal?: boolean;
  /** Asks the backend for the file: `exports.table` with the grid's rows, or `exports.seekers` with its query. */
  request: (choice: ExportChoice) => Promise<FileDownload>;
}

const FORMATS = [
  { key: 'xlsx', format: 'xlsx', encoding: 'utf-8', label: 'imports.exports.xlsx' },
  { key: 'csv', format: 'csv', encoding: 'utf-8', label: 'imports.exports.csv' },
  { key: 'csv-gbk', format: 'csv', encoding: 'gbk', label: 'imports.exports.csvGbk' },
] as const;

/** "Export": what the grid shows, to .xlsx or .csv, saved as a download. Shared by every page with a grid. */
export function ExportButton({ fileBase, personal = false, request }: ExportButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [formatKey, setFormatKey] = useState<(typeof FORMATS)[number]['key']>('xlsx');
  const [unmasked, setUnmasked] = useState(false);
  const [busy, setBusy] = useState(false);
  const offerUnmasked = useCan('reveal') && personal;

  const run = async () => {
    const f = FORMATS.find((x) => x.key === formatKey)!;
    const full = offerUnmasked && unmasked;
    const reason = full ? await askRevealReason() : undefined;
    if (reason === null) return;
    setBusy(true);
    try {
      const file = await request({
        format: f.format,
        encoding: f.encoding,
        unmasked: full,
        ...(reason ? { reason } : {}),
        fileBase,
      });
      saveDownload(file);
      flashSuccess('imports.exports.done', { rows: file.rows, file: file.fileName });
      setOpen(false);
    } catch (err) {
      flashError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('imports.exports.button')}
      </button>
      {open ? (
        <Modal title={t('imports.exports.title')} onClose={() => setOpen(false)} className="modal-narrow">
          <div className="modal-body export-panel">
            {FORMATS.map((f) => (
              <label key={f.key}>
                <input
                  type="radio"
                  name="export-format"
                  checked={formatKey === f.key}
                  onChange={() => setFormatKey(f.key)}
                />
                {t(f.label)}
              </label>
            ))}
            {offerUnmasked ? (
              <>
                <label>
                  <input type="checkbox" checked={unmasked} onChange={(e) => setUnmasked(e.target.checked)} />
                  {t('imports.exports.unmasked')}
                </label>
                {unmasked ? (
                  <p className="warning-text" role="alert">
                    {t('imports.exports.leavesProtection')}
                  </p>
                ) : (
                  <p className="muted">{t('imports.exports.masked')}</p>
                )}
              </>
            ) : null}
          </div>
          <div className="modal-footer">
            <button type="button" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
            <button type="button" className="primary" disabled={busy} onClick={() => void run()}>
              {t('imports.exports.start')}
            </button>
          </div>
        </Modal>
      ) : null}
    </>
  );
}
