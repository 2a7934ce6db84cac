import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';
import { useConfirmStore } from './confirm-store';

/** Renders the one pending confirmation, if any. */
export function ConfirmHost() {
  const { t } = useTranslation();
  const pending = useConfirmStore((s) => s.pending);
  const answer = useConfirmStore((s) => s.answer);
  if (!pending) return null;
  return (
    <Modal
      title={pending.title ?? t('common.confirm')}
      role="alertdialog"
      onClose={() => answer(false)}
      className="modal-confirm"
    >
      <div className="modal-body">
        <p className="confirm-message">{pending.message}</p>
      </div>
      <footer className="modal-footer">
        <button type="button" onClick={() => answer(false)}>
          {pending.cancelLabel ?? t('common.cancel')}
        </button>
        <button
          type="button"
          className={pending.danger ? 'danger' : 'primary'}
          onClick={() => answer(true)}
          autoFocus
        >
          {pending.confirmLabel ?? t('common.confirm')}
        </button>
      </footer>
    </Modal>
  );
}
