import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { flashError } from '../../shell/flash-store';
import { saveDownload } from '../../ui/download';
import { Modal } from '../../ui/Modal';

/**
 * "Download unmasked…": the problem rows as written in the file, full ID numbers and phones
 * included. The person gives a reason; the backend records it with the download.
 */
export function UnmaskedProblemsButton({
  source,
  disabled = false,
}: {
  source: { previewId: string } | { batchId: string };
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      saveDownload(await call('imports.problemRowsUnmasked', { ...source, reason }));
      setOpen(false);
      setReason('');
    } catch (err) {
      flashError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="subtle" disabled={disabled} onClick={() => setOpen(true)}>
        {t('imports.unmasked.button')}
      </button>
      {open ? (
        <Modal title={t('imports.unmasked.title')} onClose={() => setOpen(false)} className="modal-narrow">
          <div className="modal-body">
            <p className="muted">{t('imports.unmasked.warning')}</p>
            <label className="field">
              <span>{t('imports.unmasked.reason')}</span>
              <input value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} />
            </label>
          </div>
          <div className="modal-footer">
            <button type="button" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="primary"
              disabled={busy || reason.trim() === ''}
              onClick={() => void run()}
            >
              {t('imports.unmasked.start')}
            </button>
          </div>
        </Modal>
      ) : null}
    </>
  );
}
