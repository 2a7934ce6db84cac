import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SHIFT_PATTERNS, type EnterpriseInput } from '../../../../shared/domain/enterprise';
import { Field, fieldAria } from '../../ui/Field';
import { optionalNumber } from './form-values';

interface DemandLineFieldsProps {
  index: number;
  idPrefix: string;
  register: UseFormRegister<EnterpriseInput>;
  errors: FieldErrors<EnterpriseInput>;
  onRemove: () => void;
}

// A focused number input would change under the mouse wheel while the user scrolls the dialog.
const blurOnWheel = (e: React.WheelEvent<HTMLInputElement>) => e.currentTarget.blur();

/** One post or production line inside the enterprise form. */
export function DemandLineFields({ index, idPrefix, register, errors, onRemove }: DemandLineFieldsProps) {
  const { t } = useTranslation();
  const e = errors.lines?.[index];
  const id = (name: string) => `${idPrefix}-line-${index}-${name}`;
  const title = t('enterprises.lines.item', { n: index + 1 });

  return (
    <fieldset className="line-card">
      <legend>{title}</legend>
      <div className="line-grid">
        <Field
          id={id('post')}
          label={t('enterprises.lines.post')}
          error={e?.post?.message}
          required
          className="span-2"
        >
          <input
            id={id('post')}
            {...fieldAria(id('post'), e?.post?.message)}
            {...register(`lines.${index}.post`)}
          />
        </Field>
        <Field
          id={id('headcount')}
          label={t('enterprises.lines.headcount')}
          error={e?.headcount?.message}
          required
        >
          <input
            id={id('headcount')}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            onWheel={blurOnWheel}
            {...fieldAria(id('headcount'), e?.headcount?.message)}
            {...register(`lines.${index}.headcount`, { valueAsNumber: true })}
          />
        </Field>
        <Field id={id('shift')} label={t('enterprises.lines.shiftPattern')} error={e?.shiftPattern?.message}>
          <select
            id={id('shift')}
            {...fieldAria(id('shift'), e?.shiftPattern?.message)}
            {...register(`lines.${index}.shiftPattern`)}
          >
            {SHIFT_PATTERNS.map((p) => (
              <option key={p} value={p}>
                {t(`shift.${p}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id={id('from')}
          label={t('enterprises.lines.periodStart')}
          error={e?.periodStart?.message}
          required
        >
          <input
            id={id('from')}
            type="date"
            {...fieldAria(id('from'), e?.periodStart?.message)}
            {...register(`lines.${index}.periodStart`)}
          />
        </Field>
        <Field id={id('to')} label={t('enterprises.lines.periodEnd')} error={e?.periodEnd?.message} required>
          <input
            id={id('to')}
            type="date"
            {...fieldAria(id('to'), e?.periodEnd?.message)}
            {...register(`lines.${index}.periodEnd`)}
          />
        </Field>

        <Field id={id('payMin')} label={t('enterprises.lines.payMin')} error={e?.payMin?.message}>
          <input
            id={id('payMin')}
            type="number"
            inputMode="numeric"
            min={0}
            step={100}
            onWheel={blurOnWheel}
            {...fieldAria(id('payMin'), e?.payMin?.message)}
            {...register(`lines.${index}.payMin`, { setValueAs: optionalNumber })}
          />
        </Field>
        <Field id={id('payMax')} label={t('enterprises.lines.payMax')} error={e?.payMax?.message}>
          <input
            id={id('payMax')}
            type="number"
            inputMode="numeric"
            min={0}
            step={100}
            onWheel={blurOnWheel}
            {...fieldAria(id('payMax'), e?.payMax?.message)}
            {...register(`lines.${index}.payMax`, { setValueAs: optionalNumber })}
          />
        </Field>
        <Field id={id('board')} label={t('enterprises.lines.boardLodging')} error={e?.boardLodging?.message}>
          <input
            id={id('board')}
            {...fieldAria(id('board'), e?.boardLodging?.message)}
            {...register(`lines.${index}.boardLodging`)}
          />
        </Field>
        <Field id={id('contact')} label={t('enterprises.lines.contactName')} error={e?.contactName?.message}>
          <input
            id={id('contact')}
            {...fieldAria(id('contact'), e?.contactName?.message)}
            {...register(`lines.${index}.contactName`)}
          />
        </Field>
        <Field id={id('phone')} label={t('enterprises.lines.contactPhone')} error={e?.contactPhone?.message}>
          <input
            id={id('phone')}
            type="tel"
            {...fieldAria(id('phone'), e?.contactPhone?.message)}
            {...register(`lines.${index}.contactPhone`)}
          />
        </Field>
        <div className="line-end">
          <label className="checkbox">
            <input type="checkbox" {...register(`lines.${index}.archived`)} />
            {t('enterprises.lines.archived')}
          </label>
          <button
            type="button"
            className="small subtle danger-text"
            aria-label={`${t('common.remove')} ${title}`}
            onClick={onRemove}
          >
            {t('common.remove')}
          </button>
        </div>
      </div>
    </fieldset>
  );
}
