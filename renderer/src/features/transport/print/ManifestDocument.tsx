import { useTranslation } from 'react-i18next';
import type { Manifest } from '../../../../../shared/domain/transport/manifest';
import { useFormatters } from '../../../format';
import { countyLabel, supplyName, supplyQuantity } from '../labels';
import { ManifestTotals } from './ManifestTotals';
import { cssString, pageCounterContent } from '../../../data/print-actions';

const localTime = (value: string | null) => (value ? value.replace('T', ' ') : '');

/** The printed roster: title, trip header, the passenger table (its header on every page), totals, signatures. */
export function ManifestDocument({ manifest }: { manifest: Manifest }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const trip = manifest.trip;
  const h = trip.handover;
  const lang = i18n.language;
  const running = `${t('transport.manifest.title')} · ${t('transport.manifest.tripNo')} ${trip.tripNo} · ${trip.plate}`;
  // Paged media: the running header and "page x of y" in the page margins, on every sheet.
  const pageCss = `@page manifest {
  @top-center { content: ${cssString(running)}; }
  @bottom-center { content: ${pageCounterContent(t('transport.manifest.page'))}; }
}
@page manifest:first {
  @top-center { content: none; }
}`;
  const tick = (done: boolean, counted: boolean, reason: string | null) =>
    done ? '✓' : counted ? (reason ? `✗ ${t(`transport.reason.${reason as 'other'}`)}` : '✗') : '';
  const c = (key: string) => t(`transport.manifest.col.${key as 'seat'}`);

  return (
    <article className="manifest" data-ready="true" lang={lang}>
      <style>{pageCss}</style>
      <h1 className="manifest-title">{t('transport.manifest.title')}</h1>
      <table className="manifest-header">
        <colgroup>
          <col className="h-label" />
          <col className="h-value" />
          <col className="h-label" />
          <col />
          <col className="h-label" />
          <col className="h-value" />
        </colgroup>
        <tbody>
          <tr>
            <th>{t('transport.manifest.tripNo')}</th>
            <td>{trip.tripNo}</td>
            <th>{t('transport.manifest.date')}</th>
            <td>{fmt.date(trip.date)}</td>
            <th>{t('transport.manifest.time')}</th>
            <td>{trip.departureTime}</td>
          </tr>
          <tr>
            <th>{t('transport.manifest.origin')}</th>
            <td>{countyLabel(trip.countyCode, lang)}</td>
            <th>{t('transport.manifest.pickups')}</th>
            <td colSpan={3}>
              {trip.pickups
                .map((p) => [p.time, p.town, p.place].filter(Boolean).join(' '))
                .join(t('transport.detail.semi')) || '—'}
            </td>
          </tr>
          <tr>
            <th>{t('transport.manifest.destination')}</th>
            <td>{trip.destination}</td>
            <th>{t('transport.manifest.enterprises')}</th>
            <td colSpan={3}>{trip.enterprises.map((e) => e.name).join(t('transport.detail.sep')) || '—'}</td>
          </tr>
          <tr>
            <th>{t('transport.manifest.plate')}</th>
            <td>
              {trip.plate}（{t('transport.manifest.seats', { count: trip.seats })}）
            </td>
            <th>{t('transport.manifest.driver')}</th>
            <td>{[trip.driverName, trip.driverPhone].filter(Boolean).join(' ') || '—'}</td>
            <th>{t('transport.manifest.escorts')}</th>
            <td>
              {trip.escorts.map((e) => `${e.name} ${e.phone}`.trim()).join(t('transport.detail.semi')) || '—'}
            </td>
          </tr>
        </tbody>
      </table>

      <table className="manifest-table">
        <colgroup>
          <col className="w-seat" />
          <col className="w-name" />
          <col className="w-gender" />
          <col className="w-id" />
          <col className="w-phone" />
          <col className="w-town" />
          <col className="w-enterprise" />
          <col className="w-tick" />
          <col className="w-tick" />
          <col className="w-sign" />
        </colgroup>
        <thead>
          <tr>
            {[
              'seat',
              'name',
              'gender',
              'idNumber',
              'phone',
              'town',
              'enterprise',
              'boarded',
              'arrived',
              'signature',
            ].map((k) => (
              <th key={k} scope="col">
                {c(k)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {manifest.rows.map((r) => (
            <tr key={r.seatNo}>
              <td className="num">{r.seatNo}</td>
              <td className="name">{r.name}</td>
              <td>{t(`transport.manifest.short.${r.gender}`)}</td>
              <td className="mono">{r.idMasked}</td>
              <td className="mono">{r.phoneMasked}</td>
              <td>{r.town}</td>
              <td>{r.enterpriseName || t('transport.manifest.unassigned')}</td>
              <td className="tick">
                {tick(r.boarded, manifest.boardingCounted, r.boarded ? null : r.reason)}
              </td>
              <td className="tick">
                {r.boarded ? tick(r.arrived, manifest.arrivalCounted, r.arrived ? null : r.reason) : ''}
              </td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>

      <ManifestTotals manifest={manifest} />

      <section className="manifest-block">
        <h2>{t('transport.manifest.supplies')}</h2>
        <p>
          {trip.supplies
            .map((s) => `${supplyName(s, lang)} ${supplyQuantity(s, s.quantity, fmt.number(s.quantity))}`)
            .join(t('transport.detail.semi')) || t('transport.manifest.noSupplies')}
        </p>
      </section>
      <section className="manifest-block">
        <h2>{t('transport.manifest.handover')}</h2>
        <table className="handover-table">
          <thead>
            <tr>
              <th>{t('transport.manifest.seenOff')}</th>
              <th>{t('transport.manifest.received')}</th>
              <th>{t('transport.manifest.escortedIn')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              {(
                [
                  [h.seenOffBy, h.seenOffAt],
                  [h.receivedBy, h.receivedAt],
                  [h.escortedInBy, h.escortedInAt],
                ] as const
              ).map(([by, at], i) => (
                <td key={i}>
                  {by}
                  {at ? <span className="when"> {localTime(at)}</span> : null}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
        {trip.notes ? (
          <p>{t('transport.detail.labelled', { label: t('transport.manifest.notes'), value: trip.notes })}</p>
        ) : null}
      </section>

      <section className="manifest-signatures">
        {(['escort', 'enterprise', 'handover'] as const).map((k) => (
          <div key={k} className="signature">
            <span>
              {t('transport.detail.labelled', { label: t(`transport.manifest.signatures.${k}`), value: '' })}
            </span>
            <span className="line" />
            <span>
              {t('transport.detail.labelled', { label: t('transport.manifest.signatures.date'), value: '' })}
            </span>
            <span className="line short" />
          </div>
        ))}
      </section>
    </article>
  );
}
