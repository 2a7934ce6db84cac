import type { ShiftPattern } from '../../../shared/domain/enterprise';

/** Towns (乡镇/街道) per county code, used by the demo dataset. */
export const DEMO_TOWNS: Record<string, string[]> = {
  '422801': [
    '舞阳坝街道',
    '小渡船街道',
    '六角亭街道',
    '龙凤镇',
    '崔家坝镇',
    '板桥镇',
    '白杨坪镇',
    '三岔镇',
    '红土乡',
    '沙地乡',
    '太阳河乡',
    '盛家坝乡',
  ],
  '422802': [
    '东城街道',
    '都亭街道',
    '汪营镇',
    '团堡镇',
    '柏杨坝镇',
    '建南镇',
    '忠路镇',
    '毛坝镇',
    '谋道镇',
    '元堡乡',
    '沙溪乡',
    '文斗乡',
  ],
  '422822': [
    '业州镇',
    '高坪镇',
    '红岩寺镇',
    '景阳镇',
    '官店镇',
    '花坪镇',
    '长梁镇',
    '茅田乡',
    '龙坪乡',
    '三里乡',
  ],
  '422823': [
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
    '金果坪乡',
    '溪丘湾乡',
  ],
  '422825': [
    '珠山镇',
    '椒园镇',
    '沙道沟镇',
    '李家河镇',
    '高罗镇',
    '万寨乡',
    '长潭河侗族乡',
    '晓关侗族乡',
    '椿木营乡',
  ],
  '422826': [
    '高乐山镇',
    '忠堡镇',
    '坪坝营镇',
    '朝阳寺镇',
    '清坪镇',
    '唐崖镇',
    '黄金洞乡',
    '活龙坪乡',
    '小村乡',
  ],
  '422827': ['翔凤镇', '百福司镇', '大河镇', '绿水镇', '旧司镇', '革勒车镇', '漫水乡', '三胡乡'],
  '422828': ['容美镇', '走马镇', '太平镇', '燕子镇', '中营镇', '下坪乡', '五里乡', '铁炉乡', '邬阳乡'],
};

export interface DemoLine {
  post: string;
  headcount: number;
  periodStart: string;
  periodEnd: string;
  shiftPattern: ShiftPattern;
  pay: [number, number];
}

export interface DemoEnterprise {
  name: string;
  shortName: string;
  contactName: string;
  contactPhone: string;
  address: string;
  lines: DemoLine[];
}

const H1: [string, string] = ['2022-01-01', '2022-06-30'];
const line = (
  post: string,
  headcount: number,
  shiftPattern: ShiftPattern,
  pay: [number, number],
  [periodStart, periodEnd]: [string, string] = H1,
): DemoLine => ({ post, headcount, periodStart, periodEnd, shiftPattern, pay });

/**
 * The eight key enterprises of the high-tech zone. First-half demand totals 6,800; Luxshare needs
 * 5,100 in the year, 2,100 of them in Q1. Contacts and numbers are invented.
 */
export const DEMO_ENTERPRISES: DemoEnterprise[] = [
  {
    name: '立讯精密工业（恩施）有限公司',
    shortName: '立讯',
    contactName: '熊经理',
    contactPhone: '0718-8295923',
    address: '恩施高新区金桂大道',
    lines: [
      line('普工（组装）', 1200, 'long_day', [4500, 6000], ['2022-01-01', '2022-03-31']),
      line('屏幕刷测员', 400, 'long_day', [4500, 6000], ['2022-01-01', '2022-03-31']),
      line('宝妈线普工', 500, 'mothers', [4000, 5500], ['2022-01-01', '2022-03-31']),
      line('普工（组装）', 900, 'long_day', [4500, 6000], ['2022-04-01', '2022-06-30']),
      line('宝妈线普工', 300, 'mothers', [4000, 5500], ['2022-04-01', '2022-06-30']),
      line('普工（组装）', 1800, 'two_shift', [4500, 6000], ['2022-07-01', '2022-12-31']),
    ],
  },
  {
    name: '恩施华鑫科技有限公司',
    shortName: '华鑫',
    contactName: '谢经理',
    contactPhone: '0718-8288850',
    address: '恩施高新区高新大道',
    lines: [
      line('SMT操作员', 560, 'two_shift', [3800, 5000]),
      line('质检员', 140, 'two_shift', [4000, 5500]),
    ],
  },
  {
    name: '恩施大象科技有限公司',
    shortName: '大象',
    contactName: '龚经理',
    contactPhone: '0718-8240418',
    address: '恩施高新区七里坪',
    lines: [
      line('装配工', 500, 'three_shift', [4000, 5500]),
      line('宝妈线装配工', 150, 'mothers', [4000, 5500]),
    ],
  },
  {
    name: '恩施硒谷电子有限公司',
    shortName: '硒谷',
    contactName: '周经理',
    contactPhone: '0718-8298340',
    address: '恩施高新区硒谷路',
    lines: [line('普工', 500, 'three_shift', [4500, 6000])],
  },
  {
    name: '湖北清江光电科技有限公司',
    shortName: '清江光电',
    contactName: '滕经理',
    contactPhone: '0718-8260147',
    address: '恩施高新区清江路',
    lines: [
      line('镀膜操作员', 410, 'long_day', [3800, 5000]),
      line('仓管员', 40, 'three_shift', [4000, 5500]),
    ],
  },
  {
    name: '恩施武陵智能制造有限公司',
    shortName: '武陵智造',
    contactName: '胡经理',
    contactPhone: '0718-8200210',
    address: '恩施高新区武陵大道',
    lines: [
      line('焊接工', 360, 'two_shift', [3800, 5000]),
      line('叉车司机', 40, 'three_shift', [4500, 6000]),
    ],
  },
  {
    name: '恩施土苗纺织服饰有限公司',
    shortName: '土苗服饰',
    contactName: '覃经理',
    contactPhone: '0718-8285976',
    address: '恩施高新区民族路',
    lines: [line('缝纫工', 450, 'long_day', [4500, 6000])],
  },
  {
    name: '恩施精工模具有限公司',
    shortName: '精工模具',
    contactName: '曾经理',
    contactPhone: '0718-8247826',
    address: '恩施高新区工业园三路',
    lines: [
      line('注塑工', 260, 'three_shift', [3800, 5000]),
      line('模具学徒', 90, 'three_shift', [4000, 5500]),
    ],
  },
];

export const DEMO_BOARD_LODGING = '包住，餐补';
