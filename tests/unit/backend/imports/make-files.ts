import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** Rows of a small roster with a title row, as counties send them. */
export const ROSTER: (string | number | null)[][] = [
  ['巴东县2022年“春风行动”点对点输送报名花名册'],
  ['序号', '姓名', '性别', '身份证号码', '联系电话', '乡镇', '村（社区）', '意向企业', '报名日期', '备注'],
  [
    1,
    '易玲波',
    '女',
    '422823200301296461',
    '13794571255',
    '东瀼口镇',
    '陈岭村',
    '恩施精工模具有限公司',
    '2022年2月16日',
    null,
  ],
  [
    2,
    '易辉',
    '女',
    '422823199506014944',
    '16332151577',
    '野三关镇',
    '易家坪村',
    '服从安排',
    '2022/1/31',
    null,
  ],
  [3, '田静平', '男', '422823199802058212', '1339384', '大支坪镇', '王坡社区', '服从安排', '2022/2/2', null],
  ['合计', null, null, null, null, null, null, null, null, null],
];

export function csvText(rows = ROSTER): string {
  return rows.map((r) => r.map((c) => (c === null ? '' : String(c))).join(',')).join('\r\n') + '\r\n';
}

export const utf8Csv = (bom: boolean) =>
  Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(csvText(), 'utf8')]);

export const gbkCsv = () => iconv.encode(csvText(), 'gbk');

/** A BIFF8 .xls (Excel 97-2003), ID and phone as text cells. */
export function xlsFile(): Buffer {
  const ws = XLSX.utils.aoa_to_sheet(ROSTER);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '报名表');
  return XLSX.write(wb, { bookType: 'xls', type: 'buffer' }) as Buffer;
}

/** An .xlsx with formulas (a name joined from two cells, a date computed) and a town merged over rows. */
export async function formulasAndMerges(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.addRow(['巴东县2022年报名花名册']);
  ws.mergeCells('A1:F1');
  ws.addRow(['姓名', '身份证号码', '联系电话', '乡镇', '报名日期', '备注']);
  ws.addRow([
    { formula: '"易"&"玲波"', result: '易玲波' },
    '422823200301296461',
    '13794571255',
    '东瀼口镇',
    { formula: 'DATE(2022,2,16)', result: 44608 },
    null,
  ]);
  ws.addRow([
    '易辉',
    '422823199506014944',
    '16332151577',
    null,
    '2022-01-31',
    { formula: 'VLOOKUP(A4,Z:Z,1,0)', result: { error: '#N/A' } },
  ]);
  ws.addRow(['饶兰', '422823197207083895', '18589458803', null, '2022-02-08', null]);
  ws.mergeCells('D3:D5');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** An .xlsx whose ID column holds numbers, as Excel makes of IDs typed without a leading apostrophe. */
export async function precisionLostXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['姓名', '身份证号码', '联系电话']);
  ws.addRow(['易玲波', 422823200301296461, '13794571255']);
  ws.addRow(['易辉', 422823199506014944, '16332151577']);
  ws.addRow(['饶兰', '422823197207083895', '18589458803']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
