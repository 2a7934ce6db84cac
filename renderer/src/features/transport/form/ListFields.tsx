import { useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field, fieldAria } from '../../../ui/Field';
import { townsOf, useReferenceStore } from '../../../data/reference-store';
import type { SectionProps } from './form-types';

/** The pickup points (town, place, time) or the escorts (name, phone): rows added and removed in place. */
export function ListFields({ form, idPrefix, kind }: SectionProps & { kind: 'pickups' | 'escorts' }) {
  const { t } = useTranslation();
  const { register, control, formState } = form;
  const list = useFieldArray({ control, name: kind });
  const countyCode = useWatch({ control, name: 'countyCode' });
  const counties = useReferenceStore((s) => s.counties);
  const towns = townsOf(counties, countyCode);
  const townsId = `${idPrefix}-towns`;
  const id = (i: number, name: string) => `${idPrefix}-${kind}-${i}-${name}`;
  const err = (i: number, name: string): string | undefined => {
    const row = formState.errors[kind]?.[i] as Record<string, { message?: string } | undefined> | undefined;
    return row?.[name]?.message;
  };
  const text = (i: number, name: 'town' | 'place' | 'time' | 'name' | 'phone', label: string, extra = {}) => (
    <Field id={id(i, name)} label={label} error={err(i, name)} required={name === 'place' || name === 'name'}>
      <input
        id={id(i, name)}
        {...extra}
        {...fieldAria(id(i, name), err(i, name))}
        {...register(`${kind}.${i}.${name}` as `pickups.${number}.town`)}
      />
    </Field>
  );
  return (
    <fieldset className="form-section">
      <legend>{t(kind === 'pickups' ? 'transport.form.pickups' : 'transport.form.escorts')}</legend>
      {kind === 'pickups' ? (
        <datalist id={townsId}>
          {towns.map((town) => (
            <option key={town} value={town} />
          ))}
        </datalist>
      ) : null}
      {list.fields.length === 0 ? <p className="muted">{t('transport.form.none')}</p> : null}
      {list.fields.map((field, i) => (
        <div key={field.id} className="list-row">
          {kind === 'pickups' ? (
            <>
              {text(i, 'town', t('transport.form.pickupTown'), { list: townsId })}
              {text(i, 'place', t('transport.form.pickupPlace'))}
              {text(i, 'time', t('transport.form.pickupTime'), { type: 'time' })}
            </>
          ) : (
            <>
              {text(i, 'name', t('transport.form.escortName'))}
              {text(i, 'phone', t('transport.form.escortPhone'), { type: 'tel' })}
            </>
          )}
          <button type="button" className="subtle danger-text" onClick={() => list.remove(i)}>
            {t('transport.form.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="small"
        onClick={() =>
          kind === 'pickups'
            ? list.append({ town: towns[0] ?? '', place: '', time: '' } as never)
            : list.append({ name: '', phone: '' } as never)
        }
      >
        + {t(kind === 'pickups' ? 'transport.form.addPickup' : 'transport.form.addEscort')}
      </button>
    </fieldset>
  );
}
