import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  EnterpriseInput,
  type EnterpriseInputParsed,
  type EnterpriseInput as EnterpriseFormValues,
} from '../../../../shared/domain/enterprise';
import type { Period } from '../../../../shared/domain/quotas';
import { translateIssue } from '../../i18n';
import { flashSuccess } from '../../shell/flash-store';
import { useOverlapCheck } from './overlap-check';
import { Field, fieldAria } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { DemandLineFields } from './DemandLineFields';
import { useEnterprisesStore } from './enterprises-store';
import { applyServerIssues, newLine } from './form-values';
import { FormError } from '../../ui/FormError';

interface EnterpriseFormProps {
  initial: EnterpriseFormValues;
  /** Period given to new demand lines. */
  linePeriod: Period;
  onClose: () => void;
  onSaved?: () => void;
}

/** Create or edit an enterprise and all its demand lines; saved in one call, only when valid. */
export function EnterpriseForm({ initial, linePeriod, onClose, onSaved }: EnterpriseFormProps) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const save = useEnterprisesStore((s) => s.save);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    clearErrors,
    formState: { errors, isSubmitting },
  } = useForm<EnterpriseFormValues, unknown, EnterpriseInputParsed>({
    resolver: zodResolver(EnterpriseInput),
    defaultValues: initial,
  });
  const lines = useFieldArray({ control, name: 'lines' });
  const isNew = !initial.id;
  const id = (name: string) => `${idPrefix}-${name}`;

  const overlaps = useOverlapCheck(initial.lines, setError, clearErrors);

  const submit = async (values: EnterpriseInputParsed): Promise<void> => {
    try {
      const saved = await save(values);
      flashSuccess('enterprises.savedMessage', { name: saved.name });
      onSaved?.();
      onClose();
    } catch (error) {
      // Another window added an overlapping line since this form opened: asked the same way.
      if (!values.allowOverlap && (await overlaps.refusedAndKept(error)))
        return submit({ ...values, allowOverlap: true });
      applyServerIssues(error, setError);
      setSubmitError(error);
    }
  };

  const onSubmit = async (values: EnterpriseInputParsed) => {
    setSubmitError(null);
    const keep = await overlaps.ask(values.lines);
    if (keep === null) return;
    await submit({ ...values, allowOverlap: keep });
  };

  const linesError = errors.lines?.message ?? errors.lines?.root?.message;

  return (
    <Modal
      title={isNew ? t('enterprises.newTitle') : t('enterprises.editTitle')}
      onClose={onClose}
      className="modal-wide"
    >
      <form className="enterprise-form" noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
        <div className="modal-body">
          <div className="form-grid">
            <Field
              id={id('name')}
              label={t('enterprises.field.name')}
              error={errors.name?.message}
              required
              className="span-2"
            >
              <input id={id('name')} {...fieldAria(id('name'), errors.name?.message)} {...register('name')} />
            </Field>
            <Field
              id={id('shortName')}
              label={t('enterprises.field.shortName')}
              error={errors.shortName?.message}
            >
              <input
                id={id('shortName')}
                {...fieldAria(id('shortName'), errors.shortName?.message)}
                {...register('shortName')}
              />
            </Field>
            <Field
              id={id('contactName')}
              label={t('enterprises.field.contactName')}
              error={errors.contactName?.message}
            >
              <input
                id={id('contactName')}
                {...fieldAria(id('contactName'), errors.contactName?.message)}
                {...register('contactName')}
              />
            </Field>
            <Field
              id={id('contactPhone')}
              label={t('enterprises.field.contactPhone')}
              error={errors.contactPhone?.message}
            >
              <input
                id={id('contactPhone')}
                type="tel"
                {...fieldAria(id('contactPhone'), errors.contactPhone?.message)}
                {...register('contactPhone')}
              />
            </Field>
            <Field
              id={id('address')}
              label={t('enterprises.field.address')}
              error={errors.address?.message}
              className="span-3"
            >
              <input
                id={id('address')}
                {...fieldAria(id('address'), errors.address?.message)}
                {...register('address')}
              />
            </Field>
            <Field
              id={id('notes')}
              label={t('enterprises.field.notes')}
              error={errors.notes?.message}
              className="span-4"
            >
              <textarea
                id={id('notes')}
                rows={2}
                {...fieldAria(id('notes'), errors.notes?.message)}
                {...register('notes')}
              />
            </Field>
          </div>

          <div className="lines-section">
            <div className="section-head">
              <h3 id={id('lines-title')}>{t('enterprises.lines.title')}</h3>
              <button type="button" onClick={() => lines.append(newLine(linePeriod))}>
                + {t('enterprises.lines.add')}
              </button>
            </div>
            {linesError ? <p className="field-error">{translateIssue(linesError)}</p> : null}
            {lines.fields.length === 0 ? <p className="muted">{t('enterprises.lines.none')}</p> : null}
            {lines.fields.map((field, index) => (
              <DemandLineFields
                key={field.id}
                index={index}
                idPrefix={idPrefix}
                register={register}
                errors={errors}
                onRemove={() => lines.remove(index)}
              />
            ))}
          </div>
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
    </Modal>
  );
}
