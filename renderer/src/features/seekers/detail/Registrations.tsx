import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Registration } from '../../../../../shared/domain/seeker';
import { useFormatters } from '../../../format';

/** Each sign-up of the person: a second one with the same ID number adds a line here. */
export function Registrations({ registrations }: { registrations: readonly Registration[] }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const titleId = useId();
  return (
    <section className="detail-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('seekers.detail.registrations', { count: registrations.length })}</h3>
      <table className="data-table compact" aria-labelledby={titleId}>
        <thead>
          <tr>
            <th scope="col">{t('seekers.field.signedUpOn')}</th>
            <th scope="col">{t('seekers.field.signedUpAt')}</th>
            <th scope="col">{t('seekers.field.channel')}</th>
            <th scope="col">{t('seekers.detail.recordedByCol')}</th>
          </tr>
        </thead>
        <tbody>
          {registrations.map((r) => (
            <tr key={r.id}>
              <td className="nowrap">{fmt.date(r.signedUpOn)}</td>
              <td>{r.signedUpAt || '—'}</td>
              <td>{t(`signupChannel.${r.channel}`)}</td>
              <td>{r.recordedBy || t('settings.noOperator')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
