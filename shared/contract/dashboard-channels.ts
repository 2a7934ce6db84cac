import { z } from 'zod';
import { CountyTask, CountyTasksInput } from '../domain/county-tasks';
import { DailyReport, DailyReportListItem, GenerateReportInput } from '../domain/daily-report';
import { Dashboard, DashboardInput } from '../domain/dashboard';
import { uuid } from '../domain/fields';
import { FileDownload } from './imports';

/** The supervisors' dashboard, county tasks and daily reports (spread into the contract). */
export const dashboardChannels = {
  /** Every dashboard figure for a period, county and enterprise, from the counting module. */
  'dashboard.summary': { input: DashboardInput, output: Dashboard, kind: 'read' },
  'countyTasks.list': { input: z.object({}).strict(), output: z.array(CountyTask), kind: 'read' },
  /** Sets the tasks of one period; returns every task. */
  'countyTasks.save': { input: CountyTasksInput, output: z.array(CountyTask), kind: 'write' },
  /** Counts the day and stores the report as generated (frozen: reopening never recounts). */
  'reports.generate': { input: GenerateReportInput, output: DailyReport, kind: 'write' },
  'reports.list': {
    input: z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    output: z.array(DailyReportListItem),
    kind: 'read',
  },
  'reports.get': { input: z.object({ id: uuid }).strict(), output: DailyReport, kind: 'read' },
  /** The report as an .xlsx (a sheet of counties, one of enterprises), in the UI language. */
  'reports.export': {
    input: z.object({ id: uuid, language: z.enum(['zh-CN', 'en']).default('zh-CN') }).strict(),
    output: FileDownload,
    kind: 'read',
  },
} as const;
