import { useTranslation } from 'react-i18next';
import type { Manifest } from '../../../../../shared/domain/transport/manifest';
import { useFormatters } from '../../../format';

/** Totals by destined enterprise and by gender: what the receiving enterprise checks before signing. */
export function ManifestTotals({ manifest }: { manifest: Manifest }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const n = (v: number) => fmt.number(v);
  const tot = manifest.totals;
  const boarded = manifest.boardingCounted;
  const arrived = manifest.arrivalCounted;
  return (
    <section className="manifest-block manifest-totals">
      <h2>{t('transport.manifest.totals')}</h2>
      <table className="totals-table">
        <thead>
          <tr>
            <th>{t('transport.manifest.enterprise')}</th>
            <th>{t('transport.manifest.booked')}</th>
            <th>{t('transport.manifest.boarded')}</th>
            <th>{t('transport.manifest.arrived')}</th>
            <th>{t('transport.manifest.male')}</th>
            <th>{t('transport.manifest.female')}</th>
          </tr>
        </thead>
        <tbody>
          {tot.byEnterprise.map((e) => (
            <tr key={e.name || '-'}>
              <td>{e.name || t('transport.manifest.unassigned')}</td>
              <td className="num">{n(e.booked)}</td>
              <td className="num">{boarded ? n(e.boarded) : ''}</td>
              <td className="num">{arrived ? n(e.arrived) : ''}</td>
              <td className="num">{n(e.male)}</td>
              <td className="num">{n(e.female)}</td>
            </tr>
          ))}
          <tr className="total">
            <td>{t('transport.manifest.total')}</td>
            <td className="num">{n(tot.booked)}</td>
            <td className="num">{boarded ? n(tot.boarded) : ''}</td>
            <td className="num">{arrived ? n(tot.arrived) : ''}</td>
            <td className="num">{n(tot.byGender.male)}</td>
            <td className="num">{n(tot.byGender.female)}</td>
          </tr>
        </tbody>
      </table>
      <p className="by-gender">
        {t('transport.manifest.genderLine', {
          male: tot.byGender.male,
          female: tot.byGender.female,
          total: tot.booked,
        })}
      </p>
    </section>
  );
}
