import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CorrectEventInput, type SeekerEvent } from '../../../../../shared/domain/seeker';
import { ApiCallError, call } from '../../../api';
import { flashSuccess } from '../../../shell/flash-store';
import { Field, fieldAria } from '../../../ui/Field';
import { Modal } from '../../../ui/Modal';
import { describeError } from '../../../data/labels';

type Action = 'edit' | 'void';
type Errors = Partial<Record<'date' | 'note' | 'reason', string>>;

function issuesByField(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Errors {
  const errors: Errors = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if ((field === 'date' || field === 'note' || field === 'reason') && !errors[field])
      errors[field] = issue.message;
  }
  return errors;
}

/**
 * A step entered by mistake: void it or change its date or note. The reason is required and goes
 * to the audit log with the correction.
 */
export function CorrectEventDialog({ event, onClose }: { event: SeekerEvent; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const idPrefix = useId();
  const id = (field: string) => `${idPrefix}-${field}`;
  const [action, setAction] = useState<Action>('edit');
  const [date, setDate] = useState(event.date);
  const [note, setNote] = useState(event.note);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSubmitError(null);
    const payload =
      action === 'void'
        ? { action, eventId: event.id, reason }
        : { action, eventId: event.id, date, note, reason };
    const parsed = CorrectEventInput.safeParse(payload);
    if (!parsed.success) {
      setErrors(issuesByField(parsed.error.issues));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await call('pipeline.correct', parsed.data);
      flashSuccess(action === 'void' ? 'seekers.correct.voided' : 'seekers.correct.edited', {
        step: t(`stage.${event.type}`),
      });
      onClose();
    } catch (error) {
      const placed = error instanceof ApiCallError ? issuesByField(error.issues) : {};
      setErrors(placed);
      if (Object.keys(placed).length === 0) setSubmitError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('seekers.correct.title', { step: t(`stage.${event.type}`) })}
      onClose={onClose}
      className="modal-narrow"
    >
      <form noValidate onSubmit={(e) => void submit(e)}>
        <div className="modal-body">
          <fieldset className="radio-group">
            <legend>{t('seekers.correct.action')}</legend>
            {(['edit', 'void'] as const).map((a) => (
              <label key={a} className="checkbox">
                <input
                  type="radio"
                  name={id('action')}
                  checked={action === a}
                  onChange={() => setAction(a)}
                />
                {t(`seekers.correct.${a}`)}
              </label>
            ))}
          </fieldset>
          <div className="form-grid form-grid-2">
            {action === 'edit' ? (
              <>
                <Field id={id('date')} label={t('seekers.record.date')} error={errors.date} required>
                  <input
                    id={id('date')}
                    type="date"
                    value={date}
                    {...fieldAria(id('date'), errors.date)}
                    onChange={(e) => setDate(e.target.value)}
                  />
                </Field>
                <Field id={id('note')} label={t('seekers.record.note')} error={errors.note}>
                  <input
                    id={id('note')}
                    value={note}
                    {...fieldAria(id('note'), errors.note)}
                    onChange={(e) => setNote(e.target.value)}
                  />
                </Field>
              </>
            ) : null}
            <Field
              id={id('reason')}
              label={t('seekers.correct.reason')}
              error={errors.reason}
              required
              className="span-4"
            >
              <input
                id={id('reason')}
                value={reason}
                placeholder={t('seekers.correct.reasonHint')}
                {...fieldAria(id('reason'), errors.reason)}
                onChange={(e) => setReason(e.target.value)}
              />
            </Field>
          </div>
        </div>
        <footer className="modal-footer">
          {submitError ? (
            <p className="form-error" role="alert">
              {describeError(t, i18n.language, submitError)}
            </p>
          ) : null}
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className={action === 'void' ? 'danger' : 'primary'} disabled={busy}>
            {action === 'void' ? t('seekers.correct.voidSubmit') : t('common.save')}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
