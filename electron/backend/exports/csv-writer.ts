import iconv from 'iconv-lite';
import { neutraliseCell } from '../../../shared/imports/neutralise';
import type { Table } from './table';

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * CSV as Excel opens it: UTF-8 with a BOM (without one, Chinese Excel reads UTF-8 as GBK and shows
 * mojibake), or GBK for older software. Text cells are neutralised against formula injection; ID
 * and phone columns are still text, which a CSV cannot mark, so Excel may show long IDs in E
 * notation: prefer .xlsx for those.
 */
export function writeCsv(table: Table, encoding: 'utf-8' | 'gbk'): Buffer {
  const lines = [table.columns.map((c) => quote(neutraliseCell(c.header))).join(',')];
  for (const row of table.rows) {
    lines.push(
      row
        .map((v) =>
          v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : quote(neutraliseCell(v)),
        )
        .join(','),
    );
  }
  const text = `${lines.join('\r\n')}\r\n`;
  return encoding === 'gbk'
    ? iconv.encode(text, 'gbk')
    : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}
