import * as XLSX from '@e965/xlsx';
import { idCheckChar } from '../shared/domain/id-number';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玲辉鹏飞燕红梅琴云莲';
const TOWNS = [
  '信陵镇',
  '东瀼口镇',
  '沿渡河镇',
  '官渡口镇',
  '茶店子镇',
  '绿葱坡镇',
  '大支坪镇',
  '野三关镇',
  '清太坪镇',
  '水布垭镇',
];
const ENTERPRISES = [
  '立讯精密工业（恩施）有限公司',
  '恩施华鑫科技有限公司',
  '恩施大象科技有限公司',
  '服从安排',
];

export const HEADER = [
  '序号',
  '姓名',
  '性别',
  '身份证号码',
  '联系电话',
  '乡镇',
  '村（社区）',
  '意向企业',
  '报名日期',
  '备注',
];

/** A valid Badong ID number, unique per `n` (sequence digits) within a `set`. */
function idNumber(n: number): string {
  const year = 1965 + (n % 38);
  const month = 1 + (n % 12);
  const day = 1 + (n % 28);
  const seq = String(((n / 1000) | 0) % 1000).padStart(3, '0');
  // The birth date and sequence keep it unique: every (n % 1000, n) combination differs in date or sequence.
  const first17 = `422823${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${seq}`;
  return first17 + idCheckChar(first17);
}

/** `count` sign-up rows; `set` 0 and 1 never share an ID number (different birth-year ranges). */
export function rosterRows(count: number, set: number): (string | number)[][] {
  const rows: (string | number)[][] = [];
  const seen = new Set<string>();
  for (let i = 0; rows.length < count; i++) {
    const n = i * 2 + set;
    const id = idNumberUnique(n, seen);
    const gender = Number(id[16]) % 2 === 1 ? '男' : '女';
    const name =
      SURNAMES[n % SURNAMES.length]! +
      GIVEN[(n * 7) % GIVEN.length]! +
      (n % 3 === 0 ? GIVEN[(n * 13) % GIVEN.length]! : '');
    const phone = `13${String(100_000_000 + ((n * 7919) % 900_000_000)).slice(0, 9)}`;
    const date =
      n % 3 === 0
        ? `2022年2月${1 + (n % 28)}日`
        : n % 3 === 1
          ? `2022/2/${1 + (n % 28)}`
          : `2022-02-${String(1 + (n % 28)).padStart(2, '0')}`;
    rows.push([
      rows.length + 1,
      name,
      gender,
      id,
      phone,
      TOWNS[n % TOWNS.length]!,
      `${SURNAMES[(n * 3) % SURNAMES.length]}家村`,
      ENTERPRISES[n % ENTERPRISES.length]!,
      date,
      '',
    ]);
  }
  return rows;
}

function idNumberUnique(n: number, seen: Set<string>): string {
  for (let k = 0; ; k++) {
    const id = idNumber(n + k * 7_000_003);
    if (!seen.has(id)) {
      seen.add(id);
      return id;
    }
  }
}

export function toCsv(rows: (string | number)[][]): Buffer {
  const lines = [HEADER.join(','), ...rows.map((r) => r.join(','))];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}

/**
 * An .xlsx with the ID and phone columns as text, as a careful county saves it; its text in a shared
 * strings table, as Excel and WPS write it (SheetJS writes cells inline unless asked).
 */
export function toXlsx(rows: (string | number)[][]): Buffer {
  const ws = XLSX.utils.aoa_to_sheet([HEADER, ...rows]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '报名表');
  return XLSX.write(wb, { bookType: 'xlsx', type: 'buffer', compression: true, bookSST: true }) as Buffer;
}
