import { useTranslation } from 'react-i18next';
import { Field, fieldAria } from '../../../ui/Field';
import type { SectionProps } from './form-types';

const STEPS = [
  ['seenOffBy', 'seenOffAt'],
  ['receivedBy', 'receivedAt'],
  ['escortedInBy', 'escortedInAt'],
] as const;

/** The Four Haves: who saw them off, who received them, who took them into the factory, and when. */
export function HandoverFields({ form, idPrefix }: SectionProps) {
  const { t } = useTranslation();
  const {
    register,
    formState: { errors },
  } = form;
  const notesId = `${idPrefix}-notes`;
  return (
    <fieldset className="form-section">
      <legend>{t('transport.form.handover')}</legend>
      <div className="form-grid handover-grid">
        {STEPS.map(([by, at]) => {
          const byId = `${idPrefix}-${by}`;
          const atId = `${idPrefix}-${at}`;
          const atError = errors.handover?.[at]?.message;
          return (
            <div key={by} className="handover-step">
              <Field id={byId} label={t(`transport.form.${by}`)} error={errors.handover?.[by]?.message}>
                <input id={byId} {...register(`handover.${by}`)} />
              </Field>
              <Field id={atId} label={t(`transport.form.${at}`)} error={atError}>
                <input
                  id={atId}
                  type="datetime-local"
                  {...fieldAria(atId, atError)}
                  {...register(`handover.${at}`)}
                />
              </Field>
            </div>
          );
        })}
      </div>
      <Field id={notesId} label={t('transport.form.notes')} error={errors.notes?.message}>
        <textarea id={notesId} rows={2} {...register('notes')} />
      </Field>
    </fieldset>
  );
}
