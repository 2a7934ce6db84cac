import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { useEffect, useId, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SeekerUpdate, type SeekerDetail } from '../../../../../shared/domain/seeker';
import { call } from '../../../api';
import { translateError } from '../../../i18n';
import { flashSuccess } from '../../../shell/flash-store';
import { Modal } from '../../../ui/Modal';
import { applyServerIssues } from '../form-issues';
import { PersonFields } from './PersonFields';
import { toUpdateValues } from './person-values';

type Parsed = z.output<typeof SeekerUpdate>;

interface EditSeekerFormProps {
  detail: SeekerDetail;
  onClose: () => void;
}

function EditForm({ initial, onClose }: { initial: SeekerUpdate; onClose: () => void }) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const [submitError, setSubmitError] = useState<unknown>(null);
  const methods = useForm<SeekerUpdate, unknown, Parsed>({
    resolver: zodResolver(SeekerUpdate),
    defaultValues: initial,
  });
  const {
    handleSubmit,
    setError,
    formState: { isSubmitting },
  } = methods;

  const onSubmit = async (values: Parsed) => {
    setSubmitError(null);
    try {
      const saved = await call('seekers.update', values);
      flashSuccess('seekers.savedMessage', { name: saved.name });
      onClose();
    } catch (error) {
      if (!applyServerIssues(error, setError)) setSubmitError(error);
    }
  };

  return (
    <FormProvider {...methods}>
      <form className="seeker-form" noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
        <div className="modal-body">
          <PersonFields idPrefix={idPrefix} />
        </div>
        <footer className="modal-footer">
          {submitError ? (
            <p className="form-error" role="alert">
              {translateError(submitError)}
            </p>
          ) : null}
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={isSubmitting} aria-busy={isSubmitting}>
            {t('common.save')}
          </button>
        </footer>
      </form>
    </FormProvider>
  );
}

/**
 * Editing a person. The update takes the whole record, phone included, and the detail only holds it
 * masked: opening the editor reveals the phone, which the audit log records like any reveal.
 */
export function EditSeekerForm({ detail, onClose }: EditSeekerFormProps) {
  const { t } = useTranslation();
  const [phone, setPhone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    call('seekers.reveal', { id: detail.id, field: 'phone' }).then(
      (r) => {
        if (live) setPhone(r.value);
      },
      (err: unknown) => {
        if (live) setError(err);
      },
    );
    return () => {
      live = false;
    };
  }, [detail.id]);

  return (
    <Modal title={t('seekers.editTitle', { name: detail.name })} onClose={onClose} className="modal-wide">
      {phone !== null ? (
        <EditForm initial={toUpdateValues(detail, phone)} onClose={onClose} />
      ) : (
        <>
          <div className="modal-body">
            {error ? (
              <p className="inline-error" role="alert">
                {translateError(error)}
              </p>
            ) : (
              <p className="muted">{t('app.loading')}</p>
            )}
          </div>
          <footer className="modal-footer">
            <button type="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
          </footer>
        </>
      )}
    </Modal>
  );
}
