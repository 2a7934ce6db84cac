import type { dashboardChannels } from '../../../shared/contract/dashboard-channels';
import { dailyReportXlsx } from './daily-report-xlsx';
import type { Handlers } from '../handlers';
import { listCountyTasks, saveCountyTasks } from './repos/county-tasks';
import { getDailyReport, insertDailyReport, listDailyReports } from './repos/daily-reports';
import { readSettings } from '../app/repos/settings';
import { buildDailyReport } from './daily-report';
import { dashboard } from './dashboard';

type DashboardChannel = keyof typeof dashboardChannels;

/** Handlers of the dashboard, county task and daily report channels (spread into the backend's map). */
export const dashboardHandlers: Pick<Handlers, DashboardChannel> = {
  'dashboard.summary': (input, { db, now }) => dashboard(db, input, now),
  'countyTasks.list': (_input, { db }) => listCountyTasks(db),
  'countyTasks.save': (input, { db, now, audit }) => saveCountyTasks(db, input, now, (r) => audit(r)),
  'reports.generate': ({ date, period }, { db, now, audit }) => {
    const report = insertDailyReport(
      db,
      buildDailyReport(db, date, period),
      now,
      readSettings(db).operatorName,
    );
    audit({ action: 'reports.generate', entity: 'daily_report', entityId: report.id, summary: date });
    return report;
  },
  'reports.list': ({ limit }, { db }) => listDailyReports(db, limit),
  'reports.get': ({ id }, { db }) => getDailyReport(db, id),
  'reports.export': ({ id, language }, { db }) => dailyReportXlsx(getDailyReport(db, id), language),
};
