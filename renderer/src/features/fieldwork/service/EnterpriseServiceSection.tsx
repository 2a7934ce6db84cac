import '../../../styles/fieldwork.css';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '../../../../../shared/domain/fieldwork';
import { useRead } from '../../../data/use-read';
import { useFormatters } from '../../../format';
import { translateError } from '../../../i18n';
import { FieldworkDialogs } from '../FieldworkDialogs';
import { openFieldworkDialog } from '../fieldwork-store';
import { useReferenceData } from '../use-reference-data';
import { RequestTable } from './RequestTable';

const SHOW = ['open', 'solved', 'all'] as const;
type Show = (typeof SHOW)[number];
const statusOf = (show: Show): RequestStatus | null => (show === 'all' ? null : show);

/**
 * One-to-one service (一对一服务), on the enterprises page: each key enterprise's commissioner, its
 * open requests and latest policy briefing; below, the requests themselves, open ones first.
 */
export function EnterpriseServiceSection() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const titleId = useId();
  useReferenceData();
  const [show, setShow] = useState<Show>('open');
  const [enterpriseId, setEnterpriseId] = useState<string | null>(null);
  const overview = useRead('enterpriseService.overview', {});
  const requests = useRead('enterpriseService.requests', { status: statusOf(show), enterpriseId });
  const rows = useMemo(
    () => (overview.data ?? []).filter((e) => !e.archived || e.open > 0 || e.commissioner),
    [overview.data],
  );
  const label = (e: { shortName: string; name: string }) => e.shortName || e.name;

  return (
    <section className="card service-section" aria-labelledby={titleId} data-testid="enterprise-service">
      <header className="card-head">
        <h2 id={titleId}>{t('fieldwork.service.title')}</h2>
        <p className="muted">{t('fieldwork.service.hint')}</p>
      </header>
      {overview.error ? (
        <p className="inline-error" role="alert">
          {translateError(overview.error)}
        </p>
      ) : null}
      <div className="service-columns">
        <table className="data-table service-table" data-testid="service-overview">
          <thead>
            <tr>
              <th>{t('fieldwork.service.enterprise')}</th>
              <th>{t('fieldwork.service.commissioner')}</th>
              <th className="num">{t('fieldwork.service.open')}</th>
              <th>{t('fieldwork.service.oldestOpen')}</th>
              <th>{t('fieldwork.service.lastBriefing')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.enterpriseId}>
                <th scope="row" title={e.name}>
                  {label(e)}
                </th>
                <td>
                  {e.commissioner ? (
                    <>
                      {e.commissioner.name} <span className="muted">{e.commissioner.phone}</span>
                    </>
                  ) : (
                    <span className="muted">{t('fieldwork.service.noCommissioner')}</span>
                  )}{' '}
                  <button
                    type="button"
                    className="small subtle"
                    aria-label={t('fieldwork.service.setCommissionerOf', { name: label(e) })}
                    onClick={() =>
                      openFieldworkDialog({
                        kind: 'commissioner',
                        enterpriseId: e.enterpriseId,
                        enterpriseName: label(e),
                        current: e.commissioner,
                      })
                    }
                  >
                    {t('fieldwork.service.setCommissioner')}
                  </button>
                </td>
                <td className={e.open > 0 ? 'num has-open' : 'num'}>{fmt.number(e.open)}</td>
                <td>{e.oldestOpenOn ? fmt.date(e.oldestOpenOn) : t('fieldwork.service.never')}</td>
                <td>{e.lastBriefingOn ? fmt.date(e.lastBriefingOn) : t('fieldwork.service.never')}</td>
                <td className="actions">
                  <div className="row-actions">
                    <button
                      type="button"
                      className="small"
                      aria-label={t('fieldwork.service.newRequestOf', { name: label(e) })}
                      onClick={() =>
                        openFieldworkDialog({
                          kind: 'request',
                          enterpriseId: e.enterpriseId,
                          request: null,
                          solve: false,
                        })
                      }
                    >
                      {t('fieldwork.service.newRequest')}
                    </button>
                    <button
                      type="button"
                      className="small subtle"
                      aria-label={t('fieldwork.service.briefingAt', { name: label(e) })}
                      onClick={() =>
                        openFieldworkDialog({
                          kind: 'visit',
                          id: null,
                          visitKind: 'policy_briefing',
                          enterpriseId: e.enterpriseId,
                        })
                      }
                    >
                      {t('fieldwork.actions.briefing')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="service-requests-head">
        <h3>{t('fieldwork.service.requests')}</h3>
        <div className="toolbar">
          <select
            aria-label={t('fieldwork.service.enterprise')}
            value={enterpriseId ?? ''}
            onChange={(e) => setEnterpriseId(e.target.value === '' ? null : e.target.value)}
          >
            <option value="">{t('fieldwork.service.allEnterprises')}</option>
            {rows.map((e) => (
              <option key={e.enterpriseId} value={e.enterpriseId}>
                {label(e)}
              </option>
            ))}
          </select>
          <div className="segmented" role="group" aria-label={t('fieldwork.service.showLabel')}>
            {SHOW.map((s) => (
              <button
                key={s}
                type="button"
                className={show === s ? 'small active' : 'small'}
                aria-pressed={show === s}
                onClick={() => setShow(s)}
              >
                {t(`fieldwork.service.show.${s}`)}
              </button>
            ))}
          </div>
        </div>
      </div>
      {requests.error ? (
        <p className="inline-error" role="alert">
          {translateError(requests.error)}
        </p>
      ) : null}
      <RequestTable rows={requests.data ?? []} />
      <FieldworkDialogs />
    </section>
  );
}
