import { loadExcelJS } from './load-exceljs';
import { neutraliseCell } from '../../../shared/imports/neutralise';
import { columnWidths, type Table } from './table';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An .xlsx that opens cleanly in Excel and WPS: bold, frozen header row; column widths from the
 * content; ID and phone columns formatted as text (`@`) and written as strings, so no digit is
 * lost; dates as dates; every text cell neutralised against formula injection.
 */
export async function writeXlsx(table: Table): Promise<Buffer> {
  const wb = new (loadExcelJS().Workbook)();
  wb.creator = 'Spring Breeze';
  const ws = wb.addWorksheet(safeSheetName(table.sheetName), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const widths = columnWidths(table);
  ws.columns = table.columns.map((c, i) => ({
    header: c.header,
    width: widths[i],
    style:
      c.kind === 'id' || c.kind === 'phone' || c.kind === 'text'
        ? { numFmt: '@' }
        : c.kind === 'date'
          ? { numFmt: 'yyyy-mm-dd' }
          : {},
  }));
  ws.getRow(1).font = { bold: true };
  const textual = table.columns.map((c) => c.kind !== 'number');
  for (const row of table.rows) {
    ws.addRow(
      row.map((v, i) => {
        if (v === null || v === undefined) return null;
        if (typeof v === 'number' && !textual[i]) return v;
        // A date column's YYYY-MM-DD is written as a date Excel can sort and filter (its other text as is).
        if (table.columns[i]?.kind === 'date' && ISO_DATE.test(String(v)))
          return new Date(`${String(v)}T00:00:00Z`);
        return neutraliseCell(String(v));
      }),
    );
  }
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}

/**
 * A name Excel accepts for a sheet. The name comes from a page title or an imported file's name
 * (`花名册[1].xlsx`), and a character Excel forbids would make the whole export fail.
 */
export function safeSheetName(name: string): string {
  let s = name
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '_')
    .replace(/[*?:/\\[\]\u0000-\u001f]/g, '_')
    .slice(0, 31);
  // A cut through a surrogate pair would leave half a character, which is not valid XML.
  if (/[\ud800-\udbff]$/.test(s)) s = s.slice(0, -1);
  s = s.replace(/^[\s']+|[\s']+$/g, '');
  if (s === '') return 'Sheet1';
  return /^history$/i.test(s) ? `${s}_` : s;
}
