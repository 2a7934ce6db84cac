import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { countyByCode } from '../../../../../shared/domain/counties';
import { ageOn, checkIdNumber } from '../../../../../shared/domain/id-number';
import { GENDERS, type SeekerInput } from '../../../../../shared/domain/seeker';
import { useFormatters } from '../../../format';
import { Field, fieldAria } from '../../../ui/Field';
import { emptyToNull, optionalNumber } from '../../../data/form-issues';
import { countyName } from '../../../data/labels';

export function IdNumberField({ idPrefix }: { idPrefix: string }) {
  const { t } = useTranslation();
  const {
    register,
    formState: { errors },
  } = useFormContext<SeekerInput>();
  const id = `${idPrefix}-idNumber`;
  const error = errors.idNumber?.message;
  return (
    <Field id={id} label={t('seekers.field.idNumber')} error={error} required className="span-2">
      <input
        id={id}
        className="mono"
        autoComplete="off"
        spellCheck={false}
        maxLength={40}
        {...fieldAria(id, error)}
        {...register('idNumber')}
      />
    </Field>
  );
}

/**
 * Gender and age may be left empty: they come from the ID number, shown here as soon as it is valid.
 * The home county is filled from the ID's region code when none is chosen yet.
 */
export function DerivedFields({ idPrefix }: { idPrefix: string }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const {
    register,
    control,
    getValues,
    setValue,
    formState: { errors },
  } = useFormContext<SeekerInput>();
  const idNumber = useWatch({ control, name: 'idNumber' });
  const signedUpOn = useWatch({ control, name: 'signedUpOn' });
  const check = checkIdNumber(idNumber ?? '');
  const info = check.ok ? check.info : null;
  const id = (name: string) => `${idPrefix}-${name}`;

  const regionCode = info?.regionCode ?? null;
  useEffect(() => {
    if (!regionCode || getValues('countyCode')) return;
    // Validated at once, so a "choose a county" left by an earlier save goes when the ID fills it in.
    if (countyByCode(regionCode))
      setValue('countyCode', regionCode, { shouldDirty: true, shouldValidate: true });
  }, [regionCode, getValues, setValue]);

  const age =
    info && /^\d{4}-\d{2}-\d{2}$/.test(signedUpOn ?? '') ? ageOn(info.birthDate, signedUpOn ?? '') : null;

  return (
    <>
      <Field id={id('gender')} label={t('seekers.field.gender')} error={errors.gender?.message}>
        <select
          id={id('gender')}
          {...fieldAria(id('gender'), errors.gender?.message)}
          {...register('gender', { setValueAs: emptyToNull })}
        >
          <option value="">{t('seekers.field.fromId')}</option>
          {GENDERS.map((g) => (
            <option key={g} value={g}>
              {t(`gender.${g}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id={id('age')} label={t('seekers.field.age')} error={errors.age?.message}>
        <input
          id={id('age')}
          type="number"
          inputMode="numeric"
          min={0}
          max={120}
          placeholder={t('seekers.field.fromId')}
          onWheel={(e) => e.currentTarget.blur()}
          {...fieldAria(id('age'), errors.age?.message)}
          {...register('age', { setValueAs: optionalNumber })}
        />
      </Field>
      <div className="derived span-2" aria-live="polite">
        {info ? (
          <>
            <span>
              {t('seekers.derived', {
                birthDate: fmt.date(info.birthDate),
                gender: t(`gender.${info.gender}`),
                age: age ?? '—',
              })}
            </span>
            {info.inPrefecture && countyByCode(info.regionCode) ? (
              <span className="muted">
                {t('seekers.derivedCounty', { county: countyName(info.regionCode, i18n.language) })}
              </span>
            ) : null}
            {!info.inPrefecture ? <span className="warning-text">{t('v.id_region_outside')}</span> : null}
          </>
        ) : (
          <span className="muted">{t('seekers.derivedHint')}</span>
        )}
      </div>
    </>
  );
}
