import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { COUNTIES } from '../../../../../shared/domain/counties';
import { Field, fieldAria } from '../../../ui/Field';
import { useReferenceStore } from '../../../data/reference-store';
import { countyLabel } from '../labels';
import type { SectionProps } from './form-types';

/** Date, time, county, destination and the enterprises the bus visits. */
export function ScheduleFields({ form, idPrefix, locked }: SectionProps & { locked: boolean }) {
  const { t, i18n } = useTranslation();
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const enterprises = useReferenceStore((s) => s.enterprises);
  const chosen = useWatch({ control, name: 'enterpriseIds' }) ?? [];
  const choices = enterprises.filter((e) => !e.archived || chosen.includes(e.id));
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <fieldset className="form-section">
      <legend>{t('transport.form.schedule')}</legend>
      {locked ? <p className="muted">{t('transport.form.scheduleFixed')}</p> : null}
      <div className="form-grid">
        <Field id={id('date')} label={t('transport.form.date')} error={errors.date?.message} required>
          <input
            id={id('date')}
            type="date"
            disabled={locked}
            {...fieldAria(id('date'), errors.date?.message)}
            {...register('date')}
          />
        </Field>
        <Field
          id={id('time')}
          label={t('transport.form.departureTime')}
          error={errors.departureTime?.message}
          required
        >
          <input
            id={id('time')}
            type="time"
            {...fieldAria(id('time'), errors.departureTime?.message)}
            {...register('departureTime')}
          />
        </Field>
        <Field
          id={id('county')}
          label={t('transport.form.county')}
          error={errors.countyCode?.message}
          required
        >
          <select
            id={id('county')}
            disabled={locked}
            {...fieldAria(id('county'), errors.countyCode?.message)}
            {...register('countyCode')}
          >
            <option value="">—</option>
            {COUNTIES.map((c) => (
              <option key={c.code} value={c.code}>
                {countyLabel(c.code, i18n.language)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id={id('destination')}
          label={t('transport.form.destination')}
          error={errors.destination?.message}
          required
        >
          <input
            id={id('destination')}
            {...fieldAria(id('destination'), errors.destination?.message)}
            {...register('destination')}
          />
        </Field>
      </div>
      <Controller
        control={control}
        name="enterpriseIds"
        render={({ field }) => (
          <fieldset className="chip-group">
            <legend>{t('transport.form.enterprises')}</legend>
            {choices.map((e) => {
              const on = (field.value ?? []).includes(e.id);
              return (
                <label key={e.id} className={on ? 'chip on' : 'chip'} title={e.name}>
                  <input
                    type="checkbox"
                    checked={on}
                    onChange={() =>
                      field.onChange(
                        on ? (field.value ?? []).filter((x) => x !== e.id) : [...(field.value ?? []), e.id],
                      )
                    }
                  />
                  {e.shortName || e.name}
                </label>
              );
            })}
            {choices.length === 0 ? <span className="muted">{t('transport.form.none')}</span> : null}
          </fieldset>
        )}
      />
    </fieldset>
  );
}
