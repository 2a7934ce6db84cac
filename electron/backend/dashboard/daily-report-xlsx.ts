import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../exports/load-exceljs';
import type { FileDownload } from '../../../shared/contract/imports';
import type { DailyReport, ReportCountyRow, ReportTotals } from '../../../shared/domain/daily-report';
import type { Language } from '../../../shared/domain/settings';
import { translate } from '../../../shared/i18n';
import { neutraliseCell } from '../../../shared/imports/neutralise';
import { safeFileBase } from '../exports/download';
import { columnWidths, type Table } from '../exports/table';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const percent = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

function countiesTable(
  r: DailyReport,
  t: (key: string, p?: Record<string, string | number>) => string,
  lang: Language,
): Table {
  const c = (k: string) => t(`reports.counties.${k}`);
  const both = (k: string) => [`${c(k)}（${c('day')}）`, `${c(k)}（${c('total')}）`];
  // Reports generated before field visits were counted have no visit figures, and no such columns.
  const visits = r.totals.visitsDay !== null;
  const visitCells = (x: ReportCountyRow | ReportTotals) =>
    visits ? [x.visitsDay, x.visitsTotal, x.visitSignUpsDay, x.visitSignUpsTotal] : [];
  const headers = [
    c('county'),
    c('task'),
    ...(visits ? [...both('visits'), ...both('visitSignUps')] : []),
    ...both('signedUp'),
    ...both('verified'),
    ...both('trips'),
    c('employedDay'),
    c('employedNow'),
    c('stable'),
    `${c('complete')} %`,
    t('reports.silent'),
  ];
  const rows = r.counties.map((x) => [
    lang === 'en' ? x.nameEn : x.nameZh,
    x.task,
    ...visitCells(x),
    x.signedUpDay,
    x.signedUpTotal,
    x.verifiedDay,
    x.verifiedTotal,
    x.tripsDay,
    x.tripsTotal,
    x.employedDay,
    x.employedNow,
    x.stable,
    percent(x.complete),
    x.silent ? t('reports.silent') : '',
  ]);
  const s = r.totals;
  rows.push([
    c('total_row'),
    s.task,
    ...visitCells(s),
    s.signedUpDay,
    s.signedUpTotal,
    s.verifiedDay,
    s.verifiedTotal,
    s.tripsDay,
    s.tripsTotal,
    s.employedDay,
    s.employedNow,
    s.stable,
    percent(s.complete),
    '',
  ]);
  return {
    sheetName: t('reports.sheet.counties'),
    columns: headers.map((header, i) => ({
      header,
      kind: i === 0 || i === headers.length - 1 ? 'text' : 'number',
    })),
    rows,
  };
}

function enterprisesTable(
  r: DailyReport,
  t: (key: string, p?: Record<string, string | number>) => string,
): Table {
  const e = (k: string) => t(`reports.enterprises.${k}`);
  const headers = [
    e('enterprise'),
    e('demand'),
    e('deadline'),
    e('hiresDay'),
    e('employedNow'),
    e('gap'),
    e('forecast'),
    t('dashboard.forecast.closesOn'),
    t('dashboard.forecast.tripsNeeded'),
  ];
  return {
    sheetName: t('reports.sheet.enterprises'),
    columns: headers.map((header, i) => ({ header, kind: i === 0 || i === 2 || i >= 6 ? 'text' : 'number' })),
    rows: r.enterprises.map((x) => [
      x.name,
      x.demand,
      x.deadline,
      x.hiresDay,
      x.employedNow,
      x.gap,
      x.forecast ? t(`dashboard.forecast.status.${x.forecast.status}`) : '',
      x.forecast ? (x.forecast.closesInTime ? x.forecast.closesOn : t('dashboard.forecast.notBefore')) : '',
      x.forecast?.tripsNeeded ?? null,
    ]),
  };
}

/** One sheet: a bold title row, then the bold frozen header, the rows, text cells neutralised. */
function addSheet(wb: ExcelJS.Workbook, title: string, table: Table): void {
  const ws = wb.addWorksheet(table.sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 2 }] });
  const widths = columnWidths(table);
  ws.columns = table.columns.map((c, i) => ({
    width: widths[i],
    style: c.kind === 'text' ? { numFmt: '@' } : {},
  }));
  ws.addRow([title]).font = { bold: true, size: 13 };
  ws.addRow(table.columns.map((c) => c.header)).font = { bold: true };
  for (const row of table.rows) {
    ws.addRow(row.map((v) => (typeof v === 'string' ? neutraliseCell(v) : v)));
  }
}

/** The daily report as .xlsx: its counties and enterprises, in the user's language, as frozen. */
export async function dailyReportXlsx(r: DailyReport, lang: Language): Promise<FileDownload> {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(lang, key, params);
  const wb = new (loadExcelJS().Workbook)();
  wb.creator = 'Spring Breeze';
  const heading = t('reports.heading', { date: r.date });
  // One of several reports of its date: marked, in the sheet and in the file name.
  const title = r.versions > 1 ? `${heading} ${t('reports.version', { n: r.version })}` : heading;
  const counties = countiesTable(r, t, lang);
  addSheet(wb, title, counties);
  addSheet(wb, title, enterprisesTable(r, t));
  for (const section of r.sections) {
    const name = t(section.title);
    addSheet(wb, title, {
      sheetName: name,
      columns: section.columns.map((c) => ({ header: t(c.title), kind: 'text' })),
      rows: section.rows.map((row) =>
        row.map((v, i) => (section.columns[i]?.translate && typeof v === 'string' ? t(v) : v)),
      ),
    });
  }
  const bytes = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return {
    fileName: `${safeFileBase(title)}.xlsx`,
    mime: XLSX_MIME,
    base64: bytes.toString('base64'),
    rows: counties.rows.length,
  };
}
