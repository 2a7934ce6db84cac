import { useTranslation } from 'react-i18next';
import type { Standing } from '../../../../../shared/contract/policy-channels';
import { useFormatters } from '../../../format';
import { missingText, whyText } from '../labels';

/** One row per person: who, how to reach them, where they work, and per rule what is missing. */
function byPerson(rows: readonly Standing[]): Standing[][] {
  const m = new Map<string, Standing[]>();
  for (const r of rows) {
    const list = m.get(r.seekerId);
    if (list) list.push(r);
    else m.set(r.seekerId, [r]);
  }
  return [...m.values()];
}

/** A county's missing-evidence list (A4 landscape) for the staff who will phone people. */
export function MissingEvidenceDocument({
  county,
  asOf,
  rows,
}: {
  county: string;
  asOf: string;
  rows: Standing[];
}) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const people = byPerson(rows);
  return (
    <article className={`rectification-list missing-evidence lang-${i18n.language === 'en' ? 'en' : 'zh'}`}>
      <h1 className="rl-title">{t('policies.print.title', { county })}</h1>
      <p className="rl-subtitle">
        {t('policies.print.asOf', { date: fmt.date(asOf), count: fmt.number(people.length) })}
      </p>
      {people.length === 0 ? (
        <p className="rl-empty">{t('policies.print.none')}</p>
      ) : (
        <table className="rl-table">
          <thead>
            <tr>
              <th scope="col" className="w-no">
                {t('policies.roster.no')}
              </th>
              <th scope="col">{t('policies.col.name')}</th>
              <th scope="col">{t('policies.col.idNumber')}</th>
              <th scope="col">{t('policies.col.phone')}</th>
              <th scope="col">{t('policies.col.enterprise')}</th>
              <th scope="col">{t('policies.col.rule')}</th>
              <th scope="col">{t('policies.col.missing')}</th>
              <th scope="col" className="w-progress">
                {t('policies.print.called')}
              </th>
            </tr>
          </thead>
          <tbody>
            {people.map((list, i) => (
              <tr key={list[0]!.seekerId}>
                <td className="num">{i + 1}</td>
                <td>{list[0]!.name}</td>
                <td className="mono">{list[0]!.idMasked}</td>
                <td className="mono">{list[0]!.phoneMasked}</td>
                <td>{list[0]!.enterpriseName}</td>
                <td className="text">
                  {list.map((s) => (
                    <div key={s.ruleKey}>
                      {s.ruleName}
                      {whyText(t, fmt, s) ? <span className="rl-small"> · {whyText(t, fmt, s)}</span> : null}
                    </div>
                  ))}
                </td>
                <td className="text">
                  {list.map((s) => (
                    <div key={s.ruleKey}>{missingText(t, s)}</div>
                  ))}
                </td>
                <td />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
