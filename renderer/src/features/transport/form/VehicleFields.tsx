import { useTranslation } from 'react-i18next';
import { Field, fieldAria } from '../../../ui/Field';
import type { SectionProps } from './form-types';

export function VehicleFields({ form, idPrefix, locked }: SectionProps & { locked: boolean }) {
  const { t } = useTranslation();
  const {
    register,
    formState: { errors },
  } = form;
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <fieldset className="form-section">
      <legend>{t('transport.form.vehicle')}</legend>
      <div className="form-grid">
        <Field id={id('plate')} label={t('transport.form.plate')} error={errors.plate?.message} required>
          <input
            id={id('plate')}
            placeholder="鄂Q·12345"
            {...fieldAria(id('plate'), errors.plate?.message)}
            {...register('plate')}
          />
        </Field>
        <Field id={id('seats')} label={t('transport.form.seats')} error={errors.seats?.message} required>
          <input
            id={id('seats')}
            type="number"
            min={1}
            max={99}
            disabled={locked}
            {...fieldAria(id('seats'), errors.seats?.message)}
            {...register('seats', { valueAsNumber: true })}
          />
        </Field>
        <Field
          id={id('driverName')}
          label={t('transport.form.driverName')}
          error={errors.driverName?.message}
        >
          <input
            id={id('driverName')}
            {...fieldAria(id('driverName'), errors.driverName?.message)}
            {...register('driverName')}
          />
        </Field>
        <Field
          id={id('driverPhone')}
          label={t('transport.form.driverPhone')}
          error={errors.driverPhone?.message}
        >
          <input
            id={id('driverPhone')}
            type="tel"
            {...fieldAria(id('driverPhone'), errors.driverPhone?.message)}
            {...register('driverPhone')}
          />
        </Field>
      </div>
    </fieldset>
  );
}
