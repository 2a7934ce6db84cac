import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventRefusal } from '../../../../../shared/domain/seeker';
import { translateRefusal } from '../labels';

const SHOWN = 200;

/** Who may not take the step and why, in the user's language. */
export function RefusalReport({ refused, total }: { refused: readonly EventRefusal[]; total: number }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const shown = refused.slice(0, SHOWN);
  return (
    <section className="refusal-report" role="alert" aria-labelledby={id}>
      <h3 id={id}>{t('seekers.record.refusedTitle', { refused: refused.length, total })}</h3>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('seekers.col.name')}</th>
              <th scope="col">{t('seekers.record.why')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.seekerId}>
                <td className="nowrap">{r.name}</td>
                <td>{translateRefusal(t, i18n.language, r.message, r.params)}</td>
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
