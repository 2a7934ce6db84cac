import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { LeaveInput } from '../../../../../shared/domain/transfers';
import { call } from '../../../api';
import { flashSuccess } from '../../../shell/flash-store';
import { Field, fieldAria } from '../../../ui/Field';
import { Modal } from '../../../ui/Modal';
import { applyServerIssues } from '../../../data/form-issues';
import { useDefaultDate } from '../../../data/reference-store';
import type { PickedWorker } from './dialog-store';
import { StaffNames } from './StaffNames';
import { WorkerField } from './WorkerPicker';
import { FormError } from '../../../ui/FormError';

type Values = z.input<typeof LeaveInput>;
type Parsed = z.output<typeof LeaveInput>;

interface LeaveDialogProps {
  worker: PickedWorker | null;
  caseId?: string | undefined;
  onClose: () => void;
}

/** Approved leave (e.g. a month to fetch the children): the person stays on the job and in the counts. */
export function LeaveDialog({ worker: initial, caseId, onClose }: LeaveDialogProps) {
  const { t } = useTranslation();
  const prefix = useId();
  const id = (f: string) => `${prefix}-${f}`;
  const today = useDefaultDate();
  const [submitError, setSubmitError] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    setValue,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(LeaveInput),
    defaultValues: {
      seekerId: initial?.id ?? '',
      startDate: today,
      endDate: today,
      reason: '',
      approvedBy: '',
      caseId: caseId ?? null,
    },
  });

  const onSubmit = async (values: Parsed) => {
    setSubmitError(null);
    try {
      const saved = await call('leaves.record', values);
      flashSuccess('stabilisation.leave.saved', { name: saved.seekerName });
      onClose();
    } catch (error) {
      if (!applyServerIssues(error, setError)) setSubmitError(error);
    }
  };

  return (
    <Modal title={t('stabilisation.leave.title')} onClose={onClose} className="modal-narrow">
      <form noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
        <div className="modal-body">
          <div className="form-grid form-grid-2">
            <WorkerField
              id={id('worker')}
              initial={initial}
              error={errors.seekerId?.message}
              onPick={(w) => setValue('seekerId', w?.id ?? '', { shouldValidate: w !== null })}
            />
            <Field
              id={id('start')}
              label={t('stabilisation.leave.start')}
              error={errors.startDate?.message}
              required
            >
              <input
                id={id('start')}
                type="date"
                {...fieldAria(id('start'), errors.startDate?.message)}
                {...register('startDate')}
              />
            </Field>
            <Field
              id={id('end')}
              label={t('stabilisation.leave.end')}
              error={errors.endDate?.message}
              required
            >
              <input
                id={id('end')}
                type="date"
                {...fieldAria(id('end'), errors.endDate?.message)}
                {...register('endDate')}
              />
            </Field>
            <Field
              id={id('reason')}
              label={t('stabilisation.leave.reason')}
              error={errors.reason?.message}
              required
              className="span-4"
            >
              <input
                id={id('reason')}
                {...fieldAria(id('reason'), errors.reason?.message)}
                {...register('reason')}
              />
            </Field>
            <Field id={id('by')} label={t('stabilisation.leave.approvedBy')}>
              <input id={id('by')} list={id('staff')} {...register('approvedBy')} />
              <StaffNames id={id('staff')} />
            </Field>
          </div>
          <p className="help-text">{t('stabilisation.leave.help')}</p>
        </div>
        <footer className="modal-footer">
          <FormError error={submitError} />
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={isSubmitting}>
            {t('common.save')}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
