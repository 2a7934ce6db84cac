import ExcelJS from 'exceljs';
import { neutraliseCell } from '../../../shared/imports/neutralise';
import { columnWidths, type Table } from './table';

/**
 * An .xlsx that opens cleanly in Excel and WPS: bold, frozen header row; column widths from the
 * content; ID and phone columns formatted as text (`@`) and written as strings, so no digit is
 * lost; every text cell neutralised against formula injection.
 */
export async function writeXlsx(table: Table): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Spring Breeze';
  const ws = wb.addWorksheet(table.sheetName.slice(0, 31) || 'Sheet1', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const widths = columnWidths(table);
  ws.columns = table.columns.map((c, i) => ({
    header: c.header,
    width: widths[i],
    style: c.kind === 'id' || c.kind === 'phone' || c.kind === 'text' ? { numFmt: '@' } : {},
  }));
  ws.getRow(1).font = { bold: true };
  const textual = table.columns.map((c) => c.kind !== 'number');
  for (const row of table.rows) {
    ws.addRow(
      row.map((v, i) => {
        if (v === null || v === undefined) return null;
        if (typeof v === 'number' && !textual[i]) return v;
        return neutraliseCell(String(v));
      }),
    );
  }
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
