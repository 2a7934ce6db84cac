import { useTranslation } from 'react-i18next';
import {
  type ComparedField,
  type KeepChoice,
  type KeepChoices,
  type RegistrationComparison,
} from '../../../../../shared/domain/registration-differences';
import { useFormatters } from '../../../format';
import { countyName } from '../../../data/labels';
import { useReferenceStore } from '../../../data/reference-store';

/** The form's label of each compared field. */
const LABELS = {
  name: 'seekers.field.name',
  phone: 'seekers.field.phone',
  countyCode: 'seekers.field.county',
  town: 'seekers.field.town',
  village: 'seekers.field.village',
  intendedEnterpriseId: 'seekers.field.intended',
  previousWork: 'seekers.field.previousWork',
  notes: 'seekers.field.notes',
  prefNearHome: 'seekers.pref.near_home',
  prefMothersLine: 'seekers.pref.mothers_line',
} as const satisfies Record<ComparedField, string>;

interface RegistrationCompareProps {
  comparison: RegistrationComparison;
  keep: KeepChoices;
  onChange: (keep: KeepChoices) => void;
}

/**
 * A known ID number registered again with other values: each difference side by side (phones
 * masked), and the user picks which value to keep, one by one or all at once.
 */
export function RegistrationCompare({ comparison, keep, onChange }: RegistrationCompareProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const enterprises = useReferenceStore((s) => s.enterprises);
  const existing = comparison.existing;
  if (!existing) return null;
  const show = (field: ComparedField, value: string | boolean | null): string => {
    if (field === 'intendedEnterpriseId') {
      if (value === null) return t('seekers.anyEnterprise');
      const e = enterprises.find((x) => x.id === value);
      return e ? e.shortName || e.name : String(value);
    }
    if (field === 'countyCode') return countyName(String(value), i18n.language);
    if (typeof value === 'boolean') return value ? t('seekers.again.yes') : t('seekers.again.no');
    return value ? value : t('seekers.again.empty');
  };
  const all = (choice: KeepChoice) =>
    onChange(Object.fromEntries(comparison.differences.map((d) => [d.field, choice])));
  const first = existing.firstRegistration;
  const legend = first
    ? t('seekers.again.legend', {
        name: existing.name,
        id: existing.idMasked,
        date: fmt.date(first.signedUpOn),
      })
    : t('seekers.again.legendNoFirst', { name: existing.name, id: existing.idMasked });

  return (
    <fieldset className="compare-registration">
      <legend>{legend}</legend>
      <div className="toolbar">
        <button type="button" className="small" onClick={() => all('stored')}>
          {t('seekers.again.allStored')}
        </button>
        <button type="button" className="small" onClick={() => all('incoming')}>
          {t('seekers.again.allIncoming')}
        </button>
      </div>
      <div className="compare-grid">
        <div className="compare-row compare-head" aria-hidden="true">
          <span>{t('seekers.again.field')}</span>
          <span>{t('seekers.again.stored')}</span>
          <span>{t('seekers.again.incoming')}</span>
        </div>
        {comparison.differences.map((d) => {
          const label = t(LABELS[d.field]);
          const option = (choice: KeepChoice, value: string | boolean | null) => {
            const text = show(d.field, value);
            return (
              <label className={keep[d.field] === choice ? 'compare-option chosen' : 'compare-option'}>
                <input
                  type="radio"
                  name={`keep-${d.field}`}
                  checked={keep[d.field] === choice}
                  aria-label={t(
                    choice === 'stored' ? 'seekers.again.storedValue' : 'seekers.again.incomingValue',
                    {
                      value: text,
                    },
                  )}
                  onChange={() => onChange({ ...keep, [d.field]: choice })}
                />
                <span className={d.field === 'phone' ? 'mono' : undefined}>{text}</span>
              </label>
            );
          };
          return (
            <div key={d.field} role="radiogroup" aria-label={label} className="compare-row">
              <span className="compare-field">{label}</span>
              {option('stored', d.stored)}
              {option('incoming', d.incoming)}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
