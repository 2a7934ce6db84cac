/** The prefecture's eight county-level units; the code is the first 6 digits of a resident ID. */
export interface CountyRef {
  code: string;
  nameZh: string;
  nameEn: string;
}

export const PREFECTURE = {
  code: '4228',
  nameZh: '恩施土家族苗族自治州',
  nameEn: 'Enshi Prefecture',
} as const;

export const COUNTIES: readonly CountyRef[] = [
  { code: '422801', nameZh: '恩施市', nameEn: 'Enshi City' },
  { code: '422802', nameZh: '利川市', nameEn: 'Lichuan City' },
  { code: '422822', nameZh: '建始县', nameEn: 'Jianshi County' },
  { code: '422823', nameZh: '巴东县', nameEn: 'Badong County' },
  { code: '422825', nameZh: '宣恩县', nameEn: "Xuan'en County" },
  { code: '422826', nameZh: '咸丰县', nameEn: 'Xianfeng County' },
  { code: '422827', nameZh: '来凤县', nameEn: 'Laifeng County' },
  { code: '422828', nameZh: '鹤峰县', nameEn: 'Hefeng County' },
];

export function countyByCode(code: string): CountyRef | undefined {
  return COUNTIES.find((c) => c.code === code);
}
