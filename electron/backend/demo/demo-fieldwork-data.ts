import type { PolicyTopic, RequestCategory } from '../../../shared/domain/fieldwork';

/**
 * The demo's recruitment classes, commissioners, enterprise requests and policy briefings. Names
 * and numbers are invented; the requests follow the article: Luxshare's gap of more than 500 in the
 * first quarter, Daxiang opening no mothers' line yet, dormitories checked before people arrive.
 */
export interface DemoRecruitmentClass {
  name: string;
  counties: string[];
  leader: string;
  phone: string;
}

/** Eight classes, each sent to one county's towns and villages. */
export const DEMO_RECRUITMENT_CLASSES: DemoRecruitmentClass[] = [
  { name: '第一招聘专班', counties: ['422801'], leader: '向志华', phone: '0718-8226101' },
  { name: '第二招聘专班', counties: ['422802'], leader: '牟春燕', phone: '0718-8226102' },
  { name: '第三招聘专班', counties: ['422822'], leader: '田德胜', phone: '0718-8226103' },
  { name: '第四招聘专班', counties: ['422823'], leader: '谭海波', phone: '0718-8226104' },
  { name: '第五招聘专班', counties: ['422825'], leader: '覃玉兰', phone: '0718-8226105' },
  { name: '第六招聘专班', counties: ['422826'], leader: '冉文军', phone: '0718-8226106' },
  { name: '第七招聘专班', counties: ['422827'], leader: '杨晓东', phone: '0718-8226107' },
  { name: '第八招聘专班', counties: ['422828'], leader: '龚桂香', phone: '0718-8226108' },
];

/** What a village meeting or a door-to-door round told people, by the enterprise most asked about. */
export const VISIT_NOTES: readonly string[] = [
  '宣讲点对点输送政策和高新区重点企业岗位',
  '介绍立讯、华鑫岗位及薪资待遇，现场登记意向',
  '宣讲宝妈线岗位（周一至周五，周末休息）',
  '发放招聘简章，讲解包吃住和交通补贴',
  '逐户走访返乡人员，了解外出务工意向',
  '结合春节返乡人员摸底，动员就近就业',
];

/** The story visit of the issue: "signed up at the Changliang village meeting on 13 February". */
export const CHANGLIANG = {
  county: '422822',
  town: '长梁镇',
  date: '2022-02-13',
  notes:
    '长梁镇院坝会：宣讲点对点输送，介绍立讯屏幕刷测员、宝妈线等岗位，当场报名，约定统一乘专车到高新区看厂',
} as const;

/** Each enterprise's commissioner: bureau staff, office phones. */
export const DEMO_COMMISSIONERS: Readonly<Record<string, { name: string; phone: string }>> = {
  立讯: { name: '谭晓红', phone: '0718-8226201' },
  华鑫: { name: '李明亮', phone: '0718-8226202' },
  大象: { name: '黄春生', phone: '0718-8226203' },
  硒谷: { name: '周婉清', phone: '0718-8226204' },
  清江光电: { name: '滕云峰', phone: '0718-8226205' },
  武陵智造: { name: '胡正清', phone: '0718-8226206' },
  土苗服饰: { name: '覃美玲', phone: '0718-8226207' },
  精工模具: { name: '曾祖军', phone: '0718-8226208' },
};

export interface DemoRequest {
  enterprise: string;
  raisedOn: string;
  category: RequestCategory;
  post: string;
  asked: string;
  done: string;
  /** null: the commissioner. */
  handledBy: string | null;
  solvedOn: string | null;
}

export const DEMO_REQUESTS: DemoRequest[] = [
  {
    enterprise: '立讯',
    raisedOn: '2022-02-09',
    category: 'shortage',
    post: '普工（组装）',
    asked: '一季度订单饱满，全年用工5100人、一季度2100人，目前缺口500余人，请求加大招聘输送力度',
    done: '八县市专场招聘会同步推送立讯岗位；点对点专车每日到厂；对接人力资源服务公司和劳务协作站补充招聘。缺口仍在跟进',
    handledBy: null,
    solvedOn: null,
  },
  {
    enterprise: '立讯',
    raisedOn: '2022-02-10',
    category: 'accommodation',
    post: '',
    asked: '首批输送人员到厂前，请核实员工宿舍床位和配套',
    done: '专员到厂查看宿舍：实木床、衣柜、桌椅齐全，每层有开水房和洗衣房；核定首批可入住床位400个',
    handledBy: null,
    solvedOn: '2022-02-11',
  },
  {
    enterprise: '华鑫',
    raisedOn: '2022-02-08',
    category: 'accommodation',
    post: '',
    asked: '新员工到岗前需确认宿舍，夫妻档员工希望安排夫妻房',
    done: '到厂核实宿舍床位，协调企业腾出夫妻房12间；到厂前把宿舍安排发给各县市',
    handledBy: null,
    solvedOn: '2022-02-09',
  },
  {
    enterprise: '大象',
    raisedOn: '2022-03-02',
    category: 'shortage',
    post: '宝妈线装配工',
    asked: '宝妈线暂未开线，冲着宝妈线来厂的员工要求周末休息照顾孩子，有人想回家',
    done: '与驻厂专班和高新区协调，将有意愿的宝妈调整到立讯新开的宝妈线；大象宝妈线开线前暂不推荐宝妈',
    handledBy: null,
    solvedOn: '2022-03-03',
  },
  {
    enterprise: '立讯',
    raisedOn: '2022-02-20',
    category: 'transport',
    post: '',
    asked: '晚班交接班（20:00）时段新员工从宿舍到厂区缺少通勤车',
    done: '协调高新区公交在交接班时段加开两班通勤车',
    handledBy: null,
    solvedOn: '2022-02-24',
  },
  {
    enterprise: '硒谷',
    raisedOn: '2022-02-25',
    category: 'training',
    post: '普工',
    asked: '每天新入职人员多，岗前培训场地和讲师不足',
    done: '联系职业技能培训机构，拟借用高新区培训中心教室',
    handledBy: null,
    solvedOn: null,
  },
  {
    enterprise: '清江光电',
    raisedOn: '2022-03-01',
    category: 'policy',
    post: '',
    asked: '失业保险稳岗返还政策如何申领，需要哪些材料',
    done: '3月4日到企业送政策，逐项讲解稳岗返还申领条件和材料清单',
    handledBy: null,
    solvedOn: '2022-03-04',
  },
  {
    enterprise: '武陵智造',
    raisedOn: '2022-03-05',
    category: 'shortage',
    post: '焊接工',
    asked: '焊接工缺口较大，要求有焊工证，县市推荐人员多数无证',
    done: '',
    handledBy: null,
    solvedOn: null,
  },
  {
    enterprise: '土苗服饰',
    raisedOn: '2022-03-07',
    category: 'policy',
    post: '',
    asked: '新招缝纫工的岗前培训补贴怎么申报',
    done: '已发送申报材料清单，约定下周到企业讲解',
    handledBy: null,
    solvedOn: null,
  },
];

export interface DemoBriefing {
  enterprise: string;
  date: string;
  reached: number;
  policies: PolicyTopic[];
  notes: string;
}

/** Sending policies to enterprises (送政策进企业): the commissioner and bureau staff on site. */
export const DEMO_BRIEFINGS: DemoBriefing[] = [
  {
    enterprise: '立讯',
    date: '2022-02-22',
    reached: 36,
    policies: ['pre_job_training_subsidy', 'hiring_subsidy', 'stabilisation_refund'],
    notes: '向人力资源部和各产线负责人讲解岗前培训补贴、吸纳就业补贴和稳岗返还',
  },
  {
    enterprise: '大象',
    date: '2022-02-25',
    reached: 18,
    policies: ['hiring_subsidy', 'pre_job_training_subsidy', 'transport_subsidy'],
    notes: '讲解吸纳脱贫劳动力就业补贴、交通补贴申领办法',
  },
  {
    enterprise: '清江光电',
    date: '2022-03-04',
    reached: 12,
    policies: ['stabilisation_refund', 'job_expansion_subsidy'],
    notes: '回应企业稳岗返还咨询，发放材料清单',
  },
  {
    enterprise: '华鑫',
    date: '2022-03-08',
    reached: 20,
    policies: ['stabilisation_refund', 'skills_certificate_subsidy', 'flexible_insurance_subsidy'],
    notes: '稳岗返还、技能提升补贴和灵活就业社保补贴政策宣讲',
  },
];
