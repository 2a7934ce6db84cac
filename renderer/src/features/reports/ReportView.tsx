import { useTranslation } from 'react-i18next';
import type { DailyReport, ReportCountyRow, ReportTotals } from '../../../../shared/domain/daily-report';
import { useFormatters } from '../../format';
import { translateKey } from '../../i18n';
import { usePercent } from '../../ui/chart-style';

interface ReportViewProps {
  report: DailyReport;
}

/** Reports generated before field visits were counted have no visit figures: they show no such columns. */
const hasVisits = (r: DailyReport) => r.totals.visitsDay !== null;

function CountyCells({ row, visits }: { row: ReportCountyRow | ReportTotals; visits: boolean }) {
  const fmt = useFormatters();
  const percent = usePercent();
  const n = (v: number) => fmt.number(v);
  const maybe = (v: number | null) => (v === null ? '—' : n(v));
  return (
    <>
      <td className="num">{row.task === null ? '—' : n(row.task)}</td>
      {visits ? (
        <>
          <td className="num">{maybe(row.visitsDay)}</td>
          <td className="num">{maybe(row.visitsTotal)}</td>
          <td className="num">{maybe(row.visitSignUpsDay)}</td>
          <td className="num">{maybe(row.visitSignUpsTotal)}</td>
        </>
      ) : null}
      <td className="num">{n(row.signedUpDay)}</td>
      <td className="num">{n(row.signedUpTotal)}</td>
      <td className="num">{n(row.verifiedDay)}</td>
      <td className="num">{n(row.verifiedTotal)}</td>
      <td className="num">{n(row.tripsDay)}</td>
      <td className="num">{n(row.tripsTotal)}</td>
      <td className="num">{n(row.employedDay)}</td>
      <td className="num">{n(row.employedNow)}</td>
      <td className="num">{n(row.stable)}</td>
      <td className="num">{percent(row.complete)}</td>
    </>
  );
}

/** The daily report (日报) as printed on A4 landscape: counties, enterprises, further sections. */
export function ReportView({ report: r }: ReportViewProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const en = i18n.language === 'en';
  const silent = r.counties.filter((c) => c.silent);
  const visits = hasVisits(r);
  const groups = visits
    ? (['visits', 'visitSignUps', 'signedUp', 'verified', 'trips'] as const)
    : (['signedUp', 'verified', 'trips'] as const);
  return (
    <article className="daily-report" data-testid="daily-report">
      <header className="report-head">
        <h1>
          {t('reports.heading', { date: fmt.date(r.date) })}
          {r.versions > 1 ? (
            <span className="report-version">{t('reports.version', { n: r.version })}</span>
          ) : null}
        </h1>
        {r.versions > 1 ? (
          <p className="report-meta" data-testid="report-version">
            {t('reports.versionOf', { n: r.version, count: r.versions })}
          </p>
        ) : null}
        <p className="report-meta">
          {t('reports.generated', {
            at: fmt.dateTimeShort(r.generatedAt),
            by: r.generatedBy || t('reports.nobody'),
          })}{' '}
          ·{' '}
          {t('reports.stableRule', {
            days: r.stableDays,
            start: fmt.date(r.period.start),
            end: fmt.date(r.period.end),
          })}
        </p>
        <p className={silent.length > 0 ? 'report-silent' : 'report-meta'} data-testid="report-silent">
          {silent.length > 0
            ? `${t('reports.silentCount', { count: silent.length })}${t('common.colon')}${silent.map((c) => (en ? c.nameEn : c.nameZh)).join(en ? ', ' : '、')}`
            : t('reports.silentNone')}
        </p>
      </header>

      <section>
        <h2>{t('reports.counties.title')}</h2>
        <table className="report-table" data-testid="report-counties">
          <thead>
            <tr>
              <th rowSpan={2}>{t('reports.counties.county')}</th>
              <th rowSpan={2} className="num">
                {t('reports.counties.task')}
              </th>
              {groups.map((g) => (
                <th key={g} colSpan={2}>
                  {t(`reports.counties.${g}`)}
                </th>
              ))}
              <th rowSpan={2} className="num">
                {t('reports.counties.employedDay')}
              </th>
              <th rowSpan={2} className="num">
                {t('reports.counties.employedNow')}
              </th>
              <th rowSpan={2} className="num">
                {t('reports.counties.stable')}
              </th>
              <th rowSpan={2} className="num">
                {t('reports.counties.complete')}
              </th>
            </tr>
            <tr>
              {groups.flatMap((i) => [
                <th key={`d${i}`} className="num sub">
                  {t('reports.counties.day')}
                </th>,
                <th key={`t${i}`} className="num sub">
                  {t('reports.counties.total')}
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {r.counties.map((c) => (
              <tr
                key={c.code}
                className={c.silent ? 'silent' : undefined}
                data-testid={`report-county-${c.code}`}
              >
                <th scope="row">
                  {en ? c.nameEn : c.nameZh}
                  {c.silent ? <span className="silent-flag"> ⚠ {t('reports.silent')}</span> : null}
                </th>
                <CountyCells row={c} visits={visits} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('reports.counties.total_row')}</th>
              <CountyCells row={r.totals} visits={visits} />
            </tr>
          </tfoot>
        </table>
      </section>

      <section>
        <h2>{t('reports.enterprises.title')}</h2>
        <table className="report-table" data-testid="report-enterprises">
          <thead>
            <tr>
              <th>{t('reports.enterprises.enterprise')}</th>
              <th className="num">{t('reports.enterprises.demand')}</th>
              <th>{t('reports.enterprises.deadline')}</th>
              <th className="num">{t('reports.enterprises.hiresDay')}</th>
              <th className="num">{t('reports.enterprises.employedNow')}</th>
              <th className="num">{t('reports.enterprises.gap')}</th>
              <th>{t('reports.enterprises.forecast')}</th>
            </tr>
          </thead>
          <tbody>
            {r.enterprises.map((e) => {
              const f = e.forecast;
              return (
                <tr key={e.enterpriseId}>
                  <th scope="row">{e.name}</th>
                  <td className="num">{fmt.number(e.demand)}</td>
                  <td>{e.deadline ? fmt.date(e.deadline) : '—'}</td>
                  <td className="num">{fmt.number(e.hiresDay)}</td>
                  <td className="num">{fmt.number(e.employedNow)}</td>
                  <td className="num">{fmt.number(e.gap)}</td>
                  <td>
                    {f ? (
                      <>
                        {t(`dashboard.forecast.status.${f.status}`)}
                        {f.status !== 'met'
                          ? ` · ${
                              f.closesInTime && f.closesOn
                                ? t('reports.enterprises.closesOn', { date: fmt.date(f.closesOn) })
                                : t('dashboard.forecast.notBefore')
                            }`
                          : ''}
                        {f.tripsNeeded
                          ? ` · ${t('reports.enterprises.tripsNeeded', { count: f.tripsNeeded, n: fmt.number(f.tripsNeeded) })}`
                          : ''}
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      {r.sections.map((s) => (
        <section key={s.kind} data-testid={`report-section-${s.kind}`}>
          <h2>{translateKey(s.title) ?? s.title}</h2>
          <table className="report-table">
            <thead>
              <tr>
                {s.columns.map((c) => (
                  <th key={c.title}>{translateKey(c.title) ?? c.title}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {s.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((v, j) => (
                    <td key={j} className={typeof v === 'number' ? 'num' : undefined}>
                      {typeof v === 'number'
                        ? fmt.number(v)
                        : s.columns[j]?.translate && v !== null
                          ? (translateKey(v) ?? v)
                          : (v ?? '')}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <p className="report-foot">{t('reports.frozen')}</p>
    </article>
  );
}
