import type { dashboardChannels } from '../../../shared/contract/dashboard-channels';
import { ApiError } from '../../../shared/contract/result';
import { dailyReportXlsx } from './daily-report-xlsx';
import { said } from '../audit/repos/audit';
import type { DomainHandlers } from '../handler-context';
import { listCountyTasks, saveCountyTasks } from './repos/county-tasks';
import { getDailyReport, insertDailyReport, latestReportOn, listDailyReports } from './repos/daily-reports';
import { buildDailyReport } from './daily-report';
import { dashboard } from './dashboard';

type DashboardChannel = keyof typeof dashboardChannels;

/** Handlers of the dashboard, county task and daily report channels (spread into the backend's map). */
export const dashboardHandlers: DomainHandlers<DashboardChannel> = {
  'dashboard.summary': (input, { db, now }) => dashboard(db, input, now),
  'countyTasks.list': (_input, { db }) => listCountyTasks(db),
  'countyTasks.save': (input, ctx) => saveCountyTasks(ctx.db, input, ctx),
  'reports.generate': ({ date, period, newVersion }, ctx) => {
    const existing = latestReportOn(ctx.db, date);
    // A second report of a date is made only on purpose, as a new version of it.
    if (existing && !newVersion) {
      throw new ApiError('conflict', 'reports.exists', {
        params: {
          id: existing.id,
          date,
          generatedAt: existing.generatedAt,
          generatedBy: existing.generatedBy,
          versions: existing.versions,
        },
      });
    }
    const report = insertDailyReport(ctx.db, buildDailyReport(ctx.db, date, period), ctx);
    ctx.audit({
      action: 'reports.generate',
      entity: 'daily_report',
      entityId: report.id,
      summary:
        report.version > 1
          ? said('report_version_generated', { date, version: report.version })
          : said('report_generated', { date }),
    });
    return report;
  },
  'reports.list': ({ limit }, { db }) => listDailyReports(db, limit),
  'reports.get': ({ id }, { db }) => getDailyReport(db, id),
  'reports.export': ({ id, language }, { db }) => dailyReportXlsx(getDailyReport(db, id), language),
};
