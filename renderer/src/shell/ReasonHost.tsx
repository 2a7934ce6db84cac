import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { revealReason } from '../../../shared/domain/accounts';
import { Field, fieldAria } from '../ui/Field';
import { Modal } from '../ui/Modal';
import { useReasonStore } from './reason-store';

/** The one pending "why?" before a reveal or an unmasked export. */
export function ReasonHost() {
  const pending = useReasonStore((s) => s.pending);
  return pending ? <ReasonDialog /> : null;
}

function ReasonDialog() {
  const { t } = useTranslation();
  const id = useId();
  const answer = useReasonStore((s) => s.answer);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = revealReason.safeParse(reason);
    if (parsed.success) answer(parsed.data);
    else setError(parsed.error.issues[0]?.message);
  };
  return (
    <Modal title={t('accounts.reason.title')} onClose={() => answer(null)} className="modal-narrow">
      <form onSubmit={submit} noValidate>
        <div className="modal-body">
          <p>{t('accounts.reason.body')}</p>
          <Field id={`${id}-reason`} label={t('accounts.reason.label')} error={error}>
            <input
              id={`${id}-reason`}
              value={reason}
              maxLength={200}
              autoFocus
              onChange={(e) => setReason(e.target.value)}
              {...fieldAria(`${id}-reason`, error)}
            />
          </Field>
        </div>
        <footer className="modal-footer">
          <button type="button" onClick={() => answer(null)}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('accounts.reason.confirm')}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
