import type { CaseType } from '../../../shared/domain/service-cases';
import type { StaffRole } from '../../../shared/domain/special-classes';

/**
 * The demo's special classes and the words of its factory diary. Staff names are invented; the
 * kinds of cases follow the article (a post change, medicine and quilts, cervical spondylosis, a
 * mother moved to a mothers' line, a couple's month of leave, living money run out).
 */
export interface DemoStaff {
  name: string;
  county: string;
  role: StaffRole;
  from?: string;
  to?: string;
}

export interface DemoClass {
  /** Enterprise short name. */
  enterprise: string;
  staff: DemoStaff[];
}

export const DEMO_CLASS_START = '2022-02-10';

export const DEMO_CLASSES: DemoClass[] = [
  {
    enterprise: '立讯',
    staff: [
      { name: '向红梅', county: '422801', role: 'lead' },
      { name: '田志刚', county: '422822', role: 'member' },
      { name: '冉光辉', county: '422826', role: 'member', to: '2022-03-03' },
      { name: '谭小军', county: '422826', role: 'member', from: '2022-03-03' },
      { name: '黄丽', county: '422802', role: 'member' },
      { name: '彭建华', county: '422823', role: 'member' },
    ],
  },
  {
    enterprise: '华鑫',
    staff: [
      { name: '李文斌', county: '422802', role: 'lead' },
      { name: '张春燕', county: '422825', role: 'member' },
    ],
  },
  {
    enterprise: '大象',
    staff: [
      { name: '龚明珍', county: '422828', role: 'lead' },
      { name: '覃永福', county: '422827', role: 'member' },
    ],
  },
  {
    enterprise: '硒谷',
    staff: [
      { name: '杨海波', county: '422823', role: 'lead' },
      { name: '吴晓丽', county: '422801', role: 'member' },
    ],
  },
  {
    enterprise: '清江光电',
    staff: [
      { name: '周德胜', county: '422822', role: 'lead' },
      { name: '滕桂兰', county: '422826', role: 'member' },
    ],
  },
  {
    enterprise: '武陵智造',
    staff: [
      { name: '刘国庆', county: '422827', role: 'lead' },
      { name: '牟小琴', county: '422802', role: 'member' },
    ],
  },
  {
    enterprise: '土苗服饰',
    staff: [
      { name: '陈玉梅', county: '422825', role: 'lead' },
      { name: '邓长江', county: '422828', role: 'member' },
    ],
  },
  {
    enterprise: '精工模具',
    staff: [
      { name: '秦世平', county: '422823', role: 'lead' },
      { name: '谢婉清', county: '422801', role: 'member' },
    ],
  },
];

export const className = (enterprise: string) => `驻${enterprise}稳岗专班`;

export interface CaseWords {
  request: string;
  action: string;
  outcome: string;
  goods?: string;
  cash?: number;
}

/** Everyday cases, a few wordings per type. */
export const CASE_WORDS: Record<Exclude<CaseType, 'leave_request'>, CaseWords[]> = {
  post_change: [
    {
      request: '夜班不适应，想调白班岗位',
      action: '与车间主任沟通，安排调至白班',
      outcome: '已调白班，适应良好',
    },
    { request: '站立作业腿肿，想换坐着的岗位', action: '协调人事部调整至检验岗位', outcome: '已调岗' },
  ],
  illness: [
    {
      request: '感冒发烧，宿舍被子薄',
      action: '买感冒药、送棉被到宿舍',
      outcome: '已康复返岗',
      goods: '感冒药、棉被',
    },
    {
      request: '肠胃不适，上吐下泻',
      action: '陪同到园区卫生室就诊，买药送到宿舍',
      outcome: '已康复返岗',
      goods: '药品',
    },
    { request: '手指被划伤', action: '陪同包扎，协调休息一天', outcome: '伤口已愈合', goods: '碘伏、创可贴' },
  ],
  hardship_aid: [
    { request: '生活费不足，工资未到账', action: '协调企业预支部分工资', outcome: '已预支，生活有着落' },
    {
      request: '家中困难，生活用品不够',
      action: '送去慰问品',
      outcome: '已解决',
      goods: '方便面、牛奶、洗漱用品',
    },
  ],
  childcare: [
    { request: '孩子在恩施城区上学，周末需接送', action: '协调调整为周末休息班次', outcome: '已调整班次' },
  ],
  family_matter: [
    {
      request: '家里老人生病，心里着急',
      action: '谈心安抚，协调调休两天回家看望',
      outcome: '调休后按时返岗',
    },
    { request: '家里农忙，想回家帮忙', action: '做思想工作，协调村委帮忙解决', outcome: '安心上班' },
  ],
  living: [
    { request: '宿舍热水器坏了', action: '联系行政部维修', outcome: '已维修' },
    { request: '想和老乡住同一宿舍', action: '协调宿管调换宿舍', outcome: '已调换宿舍' },
    {
      request: '食堂饭菜吃不惯',
      action: '向企业反映，增加本地口味菜品',
      outcome: '食堂已增加合渣、腊肉等菜品',
    },
  ],
  pay_dispute: [
    {
      request: '对计件工资核算有疑问',
      action: '联系人事部门逐项核对工资条',
      outcome: '核对无误，已解释清楚',
    },
    { request: '加班费未按约定发放', action: '与企业人事沟通核实', outcome: '企业已补发' },
  ],
  intention_to_quit: [
    {
      request: '想家，想辞职回家',
      action: '谈心谈话，介绍企业福利和稳岗政策，联系家人一起劝说',
      outcome: '打消辞职念头，继续上班',
    },
    {
      request: '嫌流水线太累，想走',
      action: '了解顾虑，协调车间安排老员工带班',
      outcome: '适应后表示继续干下去',
    },
  ],
  other: [
    { request: '咨询社保卡办理', action: '讲解政策，协助办理社保卡', outcome: '已办理' },
    { request: '咨询失业保险稳岗返还政策', action: '讲解政策，发放政策明白卡', outcome: '已解答' },
  ],
};

export const LEAVE_WORDS: CaseWords[] = [
  { request: '家中老人住院，想请假回家', action: '协调产线准假', outcome: '按期返岗' },
  { request: '孩子生病，想回家照看几天', action: '协调产线准假', outcome: '按期返岗' },
];

export const VISIT_NOTES = {
  good: ['', '', '', '', '', '', '', '', '适应良好', '和老乡一起，很开心'],
  fair: ['夜班有些累', '还在适应流水线', '想家'],
  poor: ['想家，情绪低落', '嫌工资低', '身体不太舒服'],
} as const;
