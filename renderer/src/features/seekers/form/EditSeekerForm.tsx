import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { useId, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SeekerUpdate, type SeekerDetail } from '../../../../../shared/domain/seeker';
import { call } from '../../../api';
import { flashSuccess } from '../../../shell/flash-store';
import { Modal } from '../../../ui/Modal';
import { applyServerIssues } from '../../../data/form-issues';
import { PersonFields } from './PersonFields';
import { toUpdateValues } from './person-values';
import { FormError } from '../../../ui/FormError';

type Parsed = z.output<typeof SeekerUpdate>;

interface EditSeekerFormProps {
  detail: SeekerDetail;
  onClose: () => void;
}

function EditForm({
  initial,
  keptPhone,
  onClose,
}: {
  initial: SeekerUpdate;
  keptPhone: string;
  onClose: () => void;
}) {
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
      const { phone, ...rest } = values;
      const saved = await call('seekers.update', phone === null ? rest : { ...rest, phone });
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
          <PersonFields idPrefix={idPrefix} keptPhone={keptPhone} />
        </div>
        <footer className="modal-footer">
          <FormError error={submitError} />
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
 * Editing a person. The phone is stored in full but shown masked: its field starts blank, which keeps
 * it, so editing reveals nothing (a reveal is its own audited action).
 */
export function EditSeekerForm({ detail, onClose }: EditSeekerFormProps) {
  const { t } = useTranslation();
  return (
    <Modal title={t('seekers.editTitle', { name: detail.name })} onClose={onClose} className="modal-wide">
      <EditForm initial={toUpdateValues(detail)} keptPhone={detail.phoneMasked} onClose={onClose} />
    </Modal>
  );
}
