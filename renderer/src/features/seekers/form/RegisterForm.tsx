import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  SeekerInput,
  type RegisterResult,
  type SeekerInputParsed,
} from '../../../../../shared/domain/seeker';
import { call } from '../../../api';
import { Modal } from '../../../ui/Modal';
import { applyServerIssues } from '../../../data/form-issues';
import { useDefaultDate } from '../../../data/reference-store';
import { DerivedFields, IdNumberField } from './IdentityFields';
import { PersonFields } from './PersonFields';
import { emptyRegistration } from './person-values';
import { FormError } from '../../../ui/FormError';

interface RegisterFormProps {
  onClose: () => void;
  onRegistered: (result: RegisterResult) => void;
}

/** Sign-up (报名): saved only when every field is valid; a known ID number adds a registration. */
export function RegisterForm({ onClose, onRegistered }: RegisterFormProps) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const defaultDate = useDefaultDate();
  const [submitError, setSubmitError] = useState<unknown>(null);
  const methods = useForm<SeekerInput, unknown, SeekerInputParsed>({
    resolver: zodResolver(SeekerInput),
    defaultValues: emptyRegistration(defaultDate),
  });
  const {
    handleSubmit,
    setError,
    formState: { isSubmitting },
  } = methods;

  const onSubmit = async (values: SeekerInputParsed) => {
    setSubmitError(null);
    try {
      const result = await call('seekers.register', values);
      onRegistered(result);
      onClose();
    } catch (error) {
      if (!applyServerIssues(error, setError)) setSubmitError(error);
    }
  };

  return (
    <Modal title={t('seekers.registerTitle')} onClose={onClose} className="modal-wide">
      <FormProvider {...methods}>
        <form className="seeker-form" noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
          <div className="modal-body">
            <PersonFields
              idPrefix={idPrefix}
              identity={<IdNumberField idPrefix={idPrefix} />}
              derived={<DerivedFields idPrefix={idPrefix} />}
            />
          </div>
          <footer className="modal-footer">
            <FormError error={submitError} />
            <button type="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="primary" disabled={isSubmitting} aria-busy={isSubmitting}>
              {t('seekers.register')}
            </button>
          </footer>
        </form>
      </FormProvider>
    </Modal>
  );
}
