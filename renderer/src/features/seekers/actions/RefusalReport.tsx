import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventRefusal } from '../../../../../shared/domain/seeker';
import { translateRefusal } from '../../../data/labels';

const SHOWN = 200;

/** Hundreds of people refused usually share two or three reasons: those come first, with counts. */
function countByReason(texts: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

/** Who may not take the step and why, in the user's language. */
export function RefusalReport({ refused, total }: { refused: readonly EventRefusal[]; total: number }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const shown = refused.slice(0, SHOWN);
  const texts = refused.map((r) => translateRefusal(t, i18n.language, r.message, r.params));
  const byReason = countByReason(texts);
  return (
    <section className="refusal-report" role="alert" aria-labelledby={id}>
      <h3 id={id}>{t('seekers.record.refusedTitle', { refused: refused.length, total })}</h3>
      {byReason.length > 1 || (byReason.length === 1 && refused.length > 1) ? (
        <ul className="refusal-summary" aria-label={t('seekers.record.byReason')}>
          {byReason.map(([text, count]) => (
            <li key={text}>
              {text} <strong>{t('seekers.record.reasonCount', { count })}</strong>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('seekers.col.name')}</th>
              <th scope="col">{t('seekers.record.why')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r, i) => (
              <tr key={r.seekerId}>
                <td className="nowrap">{r.name}</td>
                <td>{texts[i]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {refused.length > SHOWN ? (
        <p className="muted">{t('seekers.record.andMore', { count: refused.length - SHOWN })}</p>
      ) : null}
    </section>
  );
}
