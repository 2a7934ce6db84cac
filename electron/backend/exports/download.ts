import type { FileDownload } from '../../../shared/contract/imports';
import { writeCsv } from './csv-writer';
import type { Table } from './table';
import { writeXlsx } from './xlsx-writer';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Safe in a file name on Windows and in a download attribute. */
export function safeFileBase(name: string): string {
  return (
    name
      .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
      .trim()
      .slice(0, 80) || 'export'
  );
}

export async function toDownload(
  table: Table,
  format: 'xlsx' | 'csv',
  encoding: 'utf-8' | 'gbk',
  fileBase: string,
): Promise<FileDownload> {
  const bytes = format === 'xlsx' ? await writeXlsx(table) : writeCsv(table, encoding);
  return {
    fileName: `${safeFileBase(fileBase)}.${format}`,
    mime: format === 'xlsx' ? XLSX_MIME : `text/csv; charset=${encoding}`,
    base64: bytes.toString('base64'),
    rows: table.rows.length,
  };
}
