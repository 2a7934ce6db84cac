import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  SeekerInput,
  type RegisterResult,
  type SeekerInputParsed,
} from '../../../../../shared/domain/seeker';
import {
  unchosen,
  type KeepChoices,
  type RegistrationComparison,
} from '../../../../../shared/domain/registration-differences';
import { ApiCallError, call } from '../../../api';
import { Modal } from '../../../ui/Modal';
import { applyServerIssues } from '../../../data/form-issues';
import { useDefaultDate } from '../../../data/reference-store';
import { DerivedFields, IdNumberField } from './IdentityFields';
import { PersonFields } from './PersonFields';
import { emptyRegistration } from './person-values';
import { FormError } from '../../../ui/FormError';
import { RegistrationCompare } from './RegistrationCompare';

/** A known ID number entered with other values: what was entered, and how it differs from the file. */
interface Comparing {
  values: SeekerInputParsed;
  comparison: RegistrationComparison;
}

interface RegisterFormProps {
  onClose: () => void;
  onRegistered: (result: RegisterResult) => void;
}

/**
 * Sign-up (报名): saved only when every field is valid; a known ID number adds a registration, and
 * when it comes with other values than on file the form shows them and keeps the ones the user picks.
 */
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

  const [compare, setCompare] = useState<Comparing | null>(null);
  const [keep, setKeep] = useState<KeepChoices>({});
  const [saving, setSaving] = useState(false);

  const onSubmit = async (values: SeekerInputParsed) => {
    setSubmitError(null);
    try {
      const result = await call('seekers.register', values);
      onRegistered(result);
      onClose();
    } catch (error) {
      if (error instanceof ApiCallError && error.message === 'v.registration_differs') {
        // A known ID number with other values than on file: show them and let the user choose.
        try {
          const comparison = await call('seekers.compareRegistration', values);
          setKeep({});
          setCompare({ values, comparison });
        } catch (compareError) {
          setSubmitError(compareError);
        }
      } else if (!applyServerIssues(error, setError)) setSubmitError(error);
    }
  };

  const saveAgain = async () => {
    if (!compare) return;
    setSubmitError(null);
    setSaving(true);
    try {
      const result = await call('seekers.registerAgain', { person: compare.values, keep });
      onRegistered(result);
      onClose();
    } catch (error) {
      setSubmitError(error);
    } finally {
      setSaving(false);
    }
  };
  const left = compare
    ? unchosen(
        compare.comparison.differences.map((d) => d.field),
        keep,
      ).length
    : 0;

  return (
    <Modal title={t('seekers.registerTitle')} onClose={onClose} className="modal-wide">
      <FormProvider {...methods}>
        <form className="seeker-form" noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
          <div className="modal-body">
            {compare ? (
              <RegistrationCompare comparison={compare.comparison} keep={keep} onChange={setKeep} />
            ) : (
              <PersonFields
                idPrefix={idPrefix}
                identity={<IdNumberField idPrefix={idPrefix} />}
                derived={<DerivedFields idPrefix={idPrefix} />}
              />
            )}
          </div>
          {compare ? (
            <footer className="modal-footer">
              <FormError error={submitError} />
              {left > 0 ? <span className="muted">{t('seekers.again.left', { count: left })}</span> : null}
              <button type="button" onClick={() => setCompare(null)}>
                {t('seekers.again.back')}
              </button>
              <button
                type="button"
                className="primary"
                disabled={saving || left > 0}
                aria-busy={saving}
                onClick={() => void saveAgain()}
              >
                {t('seekers.again.save')}
              </button>
            </footer>
          ) : (
            <footer className="modal-footer">
              <FormError error={submitError} />
              <button type="button" onClick={onClose}>
                {t('common.cancel')}
              </button>
              <button type="submit" className="primary" disabled={isSubmitting} aria-busy={isSubmitting}>
                {t('seekers.register')}
              </button>
            </footer>
          )}
        </form>
      </FormProvider>
    </Modal>
  );
}
