import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitPerson } from '../../../../../shared/domain/fieldwork';
import { countyName, stageLabel } from '../../../data/labels';
import { useSeekerSearch } from '../../../data/use-seeker-search';

interface PeoplePickerProps {
  id: string;
  people: readonly VisitPerson[];
  signedUp: number;
  onChange: (people: VisitPerson[]) => void;
  error?: string | undefined;
}

/**
 * The people signed up at a visit, by name: found as on the job-seeker page (name, the tail of the
 * ID number or phone digits), listed with their masked ID number, removable one by one.
 */
export function PeoplePicker({ id, people, signedUp, onChange, error }: PeoplePickerProps) {
  const { t, i18n } = useTranslation();
  const listId = useId();
  const [query, setQuery] = useState('');
  const { rows, searched } = useSeekerSearch(query);
  const chosen = new Set(people.map((p) => p.seekerId));
  const found = rows.filter((r) => !chosen.has(r.id));
  return (
    <div className="people-picker">
      <p className="muted people-count" data-testid="people-count">
        {t('fieldwork.form.peopleCount', { count: people.length, signedUp })}
      </p>
      {people.length === 0 ? (
        <p className="muted">{t('fieldwork.form.noPeople')}</p>
      ) : (
        <ul className="people-chosen" aria-label={t('fieldwork.form.people')}>
          {people.map((p) => (
            <li key={p.seekerId}>
              <strong>{p.name}</strong>
              <span className="muted">{p.idMasked}</span>
              <span className="muted">
                {countyName(p.countyCode, i18n.language)}
                {p.village ? ` ${p.village}` : ''}
              </span>
              <button
                type="button"
                className="small subtle"
                aria-label={t('fieldwork.form.remove', { name: p.name })}
                onClick={() => onChange(people.filter((x) => x.seekerId !== p.seekerId))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        type="search"
        autoComplete="off"
        placeholder={t('fieldwork.form.search')}
        aria-invalid={error ? true : false}
        aria-controls={listId}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {found.length > 0 ? (
        <ul className="people-results" id={listId} aria-label={t('fieldwork.form.results')}>
          {found.map((r) => (
            <li key={r.id}>
              <button
                type="button"
                onClick={() => {
                  onChange([
                    ...people,
                    {
                      seekerId: r.id,
                      name: r.name,
                      idMasked: r.idMasked,
                      countyCode: r.countyCode,
                      village: r.village,
                    },
                  ]);
                  setQuery('');
                }}
              >
                <strong>{r.name}</strong>
                <span>{r.idMasked}</span>
                <span>{r.phoneMasked}</span>
                <span className="muted">
                  {countyName(r.countyCode, i18n.language)} {r.town}
                  {r.village} · {stageLabel(t, r)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : searched && query.trim() !== '' ? (
        <p className="muted people-none">{t('fieldwork.form.none')}</p>
      ) : null}
    </div>
  );
}
