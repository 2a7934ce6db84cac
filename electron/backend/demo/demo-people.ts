/**
 * Word lists for the demo's invented people. Surnames lean towards those common in Enshi
 * (向, 田, 谭, 覃, 冉, 牟 …), each with a weight; given names are ordinary ones of people born 1968–2004.
 */
const words = (s: string): string[] => s.trim().split(/\s+/);

/** `surname:weight` pairs. */
export const SURNAMES: readonly (readonly [string, number])[] = words(
  `向:9 田:8 谭:7 覃:6 李:6 张:6 黄:5 王:5 刘:5 杨:5 陈:4 彭:4 冉:3 邓:3 胡:3 吴:3 周:3 牟:2 万:2 龚:2
   谢:2 熊:2 滕:2 姚:2 秦:2 朱:2 何:2 罗:2 唐:2 石:2 钟:1 符:1 卢:1 郑:1 孙:1 余:1 肖:1 蒋:1 雷:1 舒:1`,
).map((w) => {
  const [name, weight] = w.split(':');
  return [name!, Number(weight)] as const;
});

export const MALE_GIVEN = words(
  `伟 强 军 勇 杰 涛 斌 波 明 磊 超 刚 平 辉 鹏 华 飞 林 兵 浩 建国 志强 海波 俊杰 文军 小龙 家豪 宇航 子轩 建华
   红军 德胜 长江 国庆 永福 继明 光辉 文斌 世平 明亮 大勇 少华 云峰 晓东 金龙 春生 祖军 昌平 正清 家旺 浩然
   俊熙 思远 一鸣 天佑`,
);

export const FEMALE_GIVEN = words(
  `芳 娟 敏 静 丽 艳 燕 霞 玲 琴 红 梅 兰 萍 慧 婷 雪 莉 娇 倩 小燕 春梅 秀英 金花 桂兰 玉兰 晓红 丽娟 海燕 婷婷
   雨欣 佳怡 思雨 翠花 明珍 祖英 红霞 小琴 美玲 春燕 玉梅 晓丽 雪梅 桂香 婉清 梦瑶 欣怡 诗琪 丹丹 莎莎`,
);

export const VILLAGES = words(
  `青龙村 白果村 茶园村 黄泥塘村 龙潭村 新街村 桂花村 枫香村 柳池村 石门村 鱼泉村 金竹村 红花村 大溪村 高桥村
   杉木村 水井村 三河村 长岭村 双龙村 麻柳村 土桥村 落水洞村 天池村 田坝村 木贡村 老屋场村 观音坪村 椿树村 核桃坝村`,
);

/** `work:weight` pairs; `-` is none given. */
export const PREVIOUS_WORK: readonly (readonly [string, number])[] = words(
  `-:20 深圳电子厂:10 东莞电子厂:8 在家务农:12 浙江服装厂:6 建筑工地:6 广州鞋厂:5 餐馆服务员:5 苏州电子厂:4
   快递分拣:3 超市收银:3 个体经营:2 应届毕业生:3`,
).map((w) => {
  const [work, weight] = w.split(':');
  return [work === '-' ? '' : work!, Number(weight)] as const;
});

export const MOBILE_PREFIXES = words(
  `130 131 132 133 135 136 137 138 139 150 151 152 155 157 158 159 166 177 178 180 181 182 183 185 186 187 188 189
   191 195 198 199`,
);

/** What a leaver's case note says, by reason. */
export const LEAVE_NOTES: Record<string, readonly string[]> = {
  homesick: ['想家，返乡', '第一次出远门，不适应', '想孩子，回家了'],
  family: ['家中老人需照顾', '孩子上学无人接送', '家里农忙'],
  pay: ['嫌工资低', '计件收入不如预期'],
  unsuitable_post: ['不适应流水线', '夜班不适应', '站立作业吃不消'],
  health: ['颈椎不适', '身体原因'],
  other: ['另找到工作', '回原单位'],
};
