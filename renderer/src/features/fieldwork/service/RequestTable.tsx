import { useTranslation } from 'react-i18next';
import type { ServiceRequest } from '../../../../../shared/domain/fieldwork';
import { useFormatters } from '../../../format';
import { openFieldworkDialog } from '../fieldwork-store';

/** Enterprise requests: when, what, what was done, by whom; an open one can be solved from its row. */
export function RequestTable({ rows }: { rows: readonly ServiceRequest[] }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  if (rows.length === 0) return <p className="muted">{t('fieldwork.service.noRequests')}</p>;
  return (
    <table className="data-table request-table" data-testid="service-requests">
      <thead>
        <tr>
          <th>{t('fieldwork.service.raisedOn')}</th>
          <th>{t('fieldwork.service.enterprise')}</th>
          <th>{t('fieldwork.service.category')}</th>
          <th>{t('fieldwork.service.asked')}</th>
          <th>{t('fieldwork.service.done')}</th>
          <th>{t('fieldwork.service.handledBy')}</th>
          <th>{t('fieldwork.service.solvedOn')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className={r.status === 'open' ? 'request-open' : undefined}>
            <td className="nowrap">{fmt.date(r.raisedOn)}</td>
            <th scope="row" title={r.enterpriseName}>
              {r.shortName || r.enterpriseName}
            </th>
            <td>
              {t(`fieldwork.category.${r.category}`)}
              {r.post ? <div className="muted">{r.post}</div> : null}
            </td>
            <td className="request-text">{r.asked}</td>
            <td className="request-text">{r.done}</td>
            <td className="handled-by">{r.handledBy}</td>
            <td className="nowrap">
              {r.solvedOn ? (
                fmt.date(r.solvedOn)
              ) : (
                <span className="status-open">
                  {t('fieldwork.service.status.open')} · {t('fieldwork.service.daysOpen', { count: r.days })}
                </span>
              )}
            </td>
            <td className="actions">
              <div className="row-actions">
                {r.status === 'open' ? (
                  <button
                    type="button"
                    className="small primary"
                    aria-label={t('fieldwork.service.solveOf', { asked: r.asked })}
                    onClick={() =>
                      openFieldworkDialog({
                        kind: 'request',
                        enterpriseId: r.enterpriseId,
                        request: r,
                        solve: true,
                      })
                    }
                  >
                    {t('fieldwork.service.solve')}
                  </button>
                ) : null}
                <button
                  type="button"
                  className="small subtle"
                  aria-label={t('fieldwork.service.editOf', { asked: r.asked })}
                  onClick={() =>
                    openFieldworkDialog({
                      kind: 'request',
                      enterpriseId: r.enterpriseId,
                      request: r,
                      solve: false,
                    })
                  }
                >
                  {t('fieldwork.service.edit')}
                </button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
