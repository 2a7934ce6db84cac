import { useTranslation } from 'react-i18next';
import type { StabilisationEnterprise } from '../../../../../shared/contract/stabilisation';
import type { SpecialClass } from '../../../../../shared/domain/special-classes';
import { useFormatters } from '../../../format';
import { translateError } from '../../../i18n';
import { openDialog } from '../dialogs/dialog-store';
import { staffLabel } from '../labels';
import { mondayOf } from '../../../../../shared/domain/week';
import { diaryHref } from '../print/print-href';
import { useChannel } from '../use-channel';

function ClassCell({ e, cls }: { e: StabilisationEnterprise; cls: SpecialClass | undefined }) {
  const { t, i18n } = useTranslation();
  if (!cls) return <span className="muted">{t('stabilisation.overview.noClass')}</span>;
  return (
    <>
      <div className="class-name">{cls.name}</div>
      <div className="staff-list">
        {e.staff.length === 0 ? (
          <span className="muted">{t('stabilisation.overview.nobodyOnDuty')}</span>
        ) : null}
        {e.staff.map((s) => (
          <span key={s.name} className="staff-chip">
            {staffLabel(t, i18n.language, s)}
          </span>
        ))}
      </div>
    </>
  );
}

/**
 * Each key enterprise with its special class and its figures. Employed, stable and left come from
 * the counting module, so a transfer shows here at once on both enterprises.
 */
export function OverviewTab() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { data, error } = useChannel('stabilisation.overview', {});
  const classes = useChannel('classes.list', {}).data ?? [];
  const n = (v: number) => fmt.number(v);

  if (error && !data) {
    return (
      <p className="inline-error" role="alert">
        {translateError(error)}
      </p>
    );
  }
  if (!data) return <p className="loading">{t('app.loading')}</p>;
  const week = mondayOf(data.asOf);
  return (
    <div className="card overview-card">
      <div className="card-head">
        <h2>{t('stabilisation.overview.title')}</h2>
        <span className="muted">
          {t('stabilisation.overview.asOf', { date: fmt.date(data.asOf), days: data.stableDays })}
        </span>
      </div>
      <div className="overview-scroll">
        <table className="data-table overview-table">
          <thead>
            <tr>
              <th scope="col">{t('stabilisation.col.enterprise')}</th>
              <th scope="col">{t('stabilisation.col.class')}</th>
              <th scope="col" className="num">
                {t('stabilisation.col.employedNow')}
              </th>
              <th scope="col" className="num">
                {t('stabilisation.col.stable')}
              </th>
              <th scope="col" className="num">
                {t('stabilisation.col.left')}
              </th>
              <th scope="col" className="num">
                {t('stabilisation.col.transfersIn')}
              </th>
              <th scope="col" className="num">
                {t('stabilisation.col.transfersOut')}
              </th>
              <th scope="col" className="num">
                {t('stabilisation.col.onLeave')}
              </th>
              <th scope="col" className="num">
                {t('stabilisation.col.openCases')}
              </th>
              <th scope="col" className="num">
                {t('stabilisation.col.overdueVisits')}
              </th>
              <th scope="col" className="num">
                {t('stabilisation.col.atRisk')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('stabilisation.col.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.enterprises.map((e) => {
              const cls = classes.find((c) => c.id === e.classId);
              return (
                <tr key={e.enterpriseId}>
                  <th scope="row" title={e.name}>
                    {e.shortName || e.name}
                  </th>
                  <td>
                    <ClassCell e={e} cls={cls} />
                  </td>
                  <td className="num" data-col="employedNow">
                    {n(e.employedNow)}
                  </td>
                  <td className="num" data-col="stable">
                    {n(e.stable)}
                  </td>
                  <td className="num">{n(e.left)}</td>
                  <td className="num" data-col="transfersIn">
                    {n(e.transfersIn)}
                  </td>
                  <td className="num" data-col="transfersOut">
                    {n(e.transfersOut)}
                  </td>
                  <td className="num">{n(e.onLeave)}</td>
                  <td className="num">{n(e.openCases)}</td>
                  <td className={e.overdueVisits > 0 ? 'num warn' : 'num'}>{n(e.overdueVisits)}</td>
                  <td className={e.atRisk > 0 ? 'num warn' : 'num'}>{n(e.atRisk)}</td>
                  <td className="actions nowrap">
                    <div className="overview-actions">
                      {cls ? (
                        <a className="button-link small" href={diaryHref(cls.id, week)}>
                          {t('stabilisation.actions.printWeek')}
                        </a>
                      ) : null}
                      <button
                        type="button"
                        className="small subtle"
                        onClick={() =>
                          openDialog({
                            kind: 'class',
                            specialClass: cls ?? null,
                            enterpriseId: e.enterpriseId,
                          })
                        }
                      >
                        {cls ? t('stabilisation.actions.editClass') : t('stabilisation.actions.newClass')}
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
