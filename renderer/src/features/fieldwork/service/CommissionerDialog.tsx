import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { CommissionerInput } from '../../../../../shared/domain/fieldwork';
import { call } from '../../../api';
import { applyServerIssues } from '../../../data/form-issues';
import { flashSuccess } from '../../../shell/flash-store';
import { Field, fieldAria } from '../../../ui/Field';
import { FormFooter } from '../../../ui/FormFooter';
import { Modal } from '../../../ui/Modal';
import type { FieldworkDialog } from '../fieldwork-store';

type Values = z.input<typeof CommissionerInput>;
type Parsed = z.output<typeof CommissionerInput>;
type Request = Extract<FieldworkDialog, { kind: 'commissioner' }>;

/** Names the bureau's commissioner for one enterprise: a member of staff, with phone. */
export function CommissionerDialog({ request, onClose }: { request: Request; onClose: () => void }) {
  const { t } = useTranslation();
  const prefix = useId();
  const id = (f: string) => `${prefix}-${f}`;
  const [submitError, setSubmitError] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(CommissionerInput),
    defaultValues: {
      enterpriseId: request.enterpriseId,
      name: request.current?.name ?? '',
      phone: request.current?.phone ?? '',
    },
  });
  const onSubmit = async (values: Parsed) => {
    setSubmitError(null);
    try {
      await call('enterpriseService.setCommissioner', values);
      flashSuccess('fieldwork.commissionerForm.saved');
      onClose();
    } catch (error) {
      if (!applyServerIssues(error, setError)) setSubmitError(error);
    }
  };
  return (
    <Modal
      title={t('fieldwork.commissionerForm.title', { name: request.enterpriseName })}
      onClose={onClose}
      className="commissioner-dialog"
    >
      <form noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
        <div className="modal-body">
          <div className="form-grid">
            <Field
              id={id('name')}
              label={t('fieldwork.commissionerForm.name')}
              error={errors.name?.message}
              required
            >
              <input
                id={id('name')}
                autoComplete="off"
                {...fieldAria(id('name'), errors.name?.message)}
                {...register('name')}
              />
            </Field>
            <Field
              id={id('phone')}
              label={t('fieldwork.commissionerForm.phone')}
              error={errors.phone?.message}
              required
            >
              <input
                id={id('phone')}
                autoComplete="off"
                inputMode="tel"
                {...fieldAria(id('phone'), errors.phone?.message)}
                {...register('phone')}
              />
            </Field>
          </div>
        </div>
        <FormFooter error={submitError} onCancel={onClose} saving={isSubmitting} />
      </form>
    </Modal>
  );
}
