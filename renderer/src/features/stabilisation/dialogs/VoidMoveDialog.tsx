import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VoidInput } from '../../../../../shared/domain/transfers';
import { ApiCallError, call } from '../../../api';
import { flashSuccess } from '../../../shell/flash-store';
import { Field, fieldAria } from '../../../ui/Field';
import { Modal } from '../../../ui/Modal';
import { FormError } from '../../../ui/FormError';

export interface VoidMoveRequest {
  what: 'transfer' | 'leave';
  id: string;
  /** What is being voided, as the timeline shows it (date and move or period). */
  summary: string;
}

/**
 * A transfer or leave entered by mistake: voided with a reason (audited). A voided transfer puts
 * the person back at their previous post and both enterprises' counts back; the record stays, struck out.
 */
export function VoidMoveDialog({ request, onClose }: { request: VoidMoveRequest; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSubmitError(null);
    const parsed = VoidInput.safeParse({ id: request.id, reason });
    if (!parsed.success) {
      setError(parsed.error.issues.find((i) => i.path[0] === 'reason')?.message ?? 'v.required');
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      const saved = await call(request.what === 'transfer' ? 'transfers.void' : 'leaves.void', parsed.data);
      flashSuccess(`stabilisation.voidMove.done.${request.what}`, { name: saved.seekerName });
      onClose();
    } catch (err) {
      const issue = err instanceof ApiCallError ? err.issues.find((i) => i.path[0] === 'reason') : undefined;
      if (issue) setError(issue.message);
      else setSubmitError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t(`stabilisation.voidMove.title.${request.what}`)}
      onClose={onClose}
      className="modal-narrow"
    >
      <form noValidate onSubmit={(e) => void submit(e)}>
        <div className="modal-body">
          <p>{request.summary}</p>
          <p className="muted">{t(`stabilisation.voidMove.help.${request.what}`)}</p>
          <Field id={id} label={t('stabilisation.voidMove.reason')} error={error} required>
            <input
              id={id}
              value={reason}
              {...fieldAria(id, error)}
              onChange={(e) => {
                setReason(e.target.value);
                setError(undefined);
              }}
            />
          </Field>
        </div>
        <footer className="modal-footer">
          <FormError error={submitError} />
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="danger" disabled={busy}>
            {t('stabilisation.voidMove.submit')}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
