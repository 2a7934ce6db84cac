import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { TransferInput } from '../../../../../shared/domain/transfers';
import { call } from '../../../api';
import { flashSuccess } from '../../../shell/flash-store';
import { Field, fieldAria } from '../../../ui/Field';
import { Modal } from '../../../ui/Modal';
import { applyServerIssues } from '../../../data/form-issues';
import { activeEnterprises, useDefaultDate, useReferenceStore } from '../../../data/reference-store';
import type { PickedWorker } from './dialog-store';
import { WorkerField } from './WorkerPicker';
import { FormError } from '../../../ui/FormError';

type Values = z.input<typeof TransferInput>;
type Parsed = z.output<typeof TransferInput>;

interface TransferDialogProps {
  worker: PickedWorker | null;
  caseId?: string | undefined;
  onClose: () => void;
}

/**
 * Moves an employed person to another post, line or enterprise. Both enterprises' figures change on
 * the transfer date; the stable clock is not restarted (the help text says so where it is decided).
 */
export function TransferDialog({ worker: initial, caseId, onClose }: TransferDialogProps) {
  const { t } = useTranslation();
  const prefix = useId();
  const id = (f: string) => `${prefix}-${f}`;
  const today = useDefaultDate();
  const enterprises = activeEnterprises(useReferenceStore((s) => s.enterprises));
  const [submitError, setSubmitError] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    control,
    setValue,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(TransferInput),
    defaultValues: {
      seekerId: initial?.id ?? '',
      date: today,
      toEnterpriseId: '',
      toPost: '',
      reason: '',
      caseId: caseId ?? null,
    },
  });
  const to = useWatch({ control, name: 'toEnterpriseId' });
  const posts = [
    ...new Set(
      enterprises
        .find((e) => e.id === to)
        ?.lines.filter((l) => !l.archived)
        .map((l) => l.post) ?? [],
    ),
  ];

  const onSubmit = async (values: Parsed) => {
    setSubmitError(null);
    try {
      const saved = await call('transfers.record', values);
      flashSuccess('stabilisation.transfer.saved', { name: saved.seekerName, to: saved.toEnterpriseName });
      onClose();
    } catch (error) {
      if (!applyServerIssues(error, setError)) setSubmitError(error);
    }
  };

  return (
    <Modal title={t('stabilisation.transfer.title')} onClose={onClose} className="modal-narrow">
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
              id={id('date')}
              label={t('stabilisation.transfer.date')}
              error={errors.date?.message}
              required
            >
              <input
                id={id('date')}
                type="date"
                {...fieldAria(id('date'), errors.date?.message)}
                {...register('date')}
              />
            </Field>
            <Field
              id={id('to')}
              label={t('stabilisation.transfer.toEnterprise')}
              error={errors.toEnterpriseId?.message}
              required
            >
              <select
                id={id('to')}
                {...fieldAria(id('to'), errors.toEnterpriseId?.message)}
                {...register('toEnterpriseId')}
              >
                <option value="">{t('stabilisation.transfer.chooseEnterprise')}</option>
                {enterprises.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              id={id('post')}
              label={t('stabilisation.transfer.toPost')}
              error={errors.toPost?.message}
              required
              className="span-4"
            >
              <input
                id={id('post')}
                list={id('posts')}
                {...fieldAria(id('post'), errors.toPost?.message)}
                {...register('toPost')}
              />
              <datalist id={id('posts')}>
                {posts.map((p) => (
                  <option key={p} value={p} />
                ))}
              </datalist>
            </Field>
            <Field
              id={id('reason')}
              label={t('stabilisation.transfer.reason')}
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
          </div>
          <p className="help-text">{t('stabilisation.transfer.clockRule')}</p>
        </div>
        <footer className="modal-footer">
          <FormError error={submitError} />
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={isSubmitting}>
            {t('stabilisation.transfer.submit')}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
