import type { FindingCategory, FindingStep, FollowUpOutcome } from '../../../shared/domain/supervision';
import type { Database } from '../db/database';
import { recordFinding, recordStep } from '../supervision/findings';
import type { WriteContext } from '../write-context';
import { DEMO_AS_OF } from './demo-seekers';

type DemoStep = [step: FindingStep, date: string, note: string, by?: string, outcome?: FollowUpOutcome];

interface DemoFinding {
  classNo: number;
  foundOn: string;
  county: string;
  town?: string;
  /** Short name of the enterprise, when the finding is about one. */
  enterprise?: string;
  category: FindingCategory;
  problem: string;
  requirement: string;
  unit: string;
  person: string;
  /** null: ongoing (持续整改). */
  deadline: string | null;
  steps: DemoStep[];
}

/**
 * What the four supervision work classes found in the counties during the drive, as of the demo's
 * 10 March: some overdue (Xuan'en, Lichuan, Badong, Laifeng, Enshi), some closed this month or
 * last, one sent back, one followed up after closing. The stories echo the article: Luxshare's
 * gap of more than 500 in Q1, Daxiang with no mothers' line, dormitories checked before arrival,
 * the Four Haves on the buses, supplies on the road, a worker whose living money ran out.
 */
const FINDINGS: DemoFinding[] = [
  {
    classNo: 2,
    foundOn: '2022-02-25',
    county: '422825',
    town: '椒园镇',
    category: 'recruitment_task',
    problem: '已报名人员核实分类滞后，约三成未核实，意向入职时间未统计',
    requirement: '3月4日前完成全部报名人员核实分类，统计意向入职时间，随日报每日报送',
    unit: '宣恩县人社局',
    person: '向文华',
    deadline: '2022-03-04',
    steps: [['progress', '2022-03-02', '珠山镇、椒园镇已核实完毕，李家河镇、高罗镇正在核实', '向文华']],
  },
  {
    classNo: 2,
    foundOn: '2022-02-25',
    county: '422825',
    category: 'data_quality',
    problem: '2月24日日报输送人次与乘车花名册不一致，日报多报12人次',
    requirement: '逐车核对花名册，更正日报，建立日报与花名册双人复核制度',
    unit: '宣恩县就业局',
    person: '彭丽',
    deadline: '2022-03-03',
    steps: [
      ['request_closure', '2022-03-02', '已逐车核对并更正2月24日日报，建立双人复核制度', '彭丽'],
      ['check', '2022-03-05', '抽查3天日报与花名册一致', '覃明'],
      ['close', '2022-03-07', '整改到位，同意销号', '覃明'],
    ],
  },
  {
    classNo: 2,
    foundOn: '2022-02-18',
    county: '422825',
    town: '沙道沟镇',
    category: 'transport',
    problem: '点对点专车无专人护送，“四有”服务未落实',
    requirement: '每车明确护送人员，做到发车有人送、到站有人接、进厂有人带、服务有保障',
    unit: '宣恩县人社局',
    person: '向文华',
    deadline: '2022-02-24',
    steps: [
      ['progress', '2022-02-21', '已从县就业局抽调护送人员6名'],
      ['request_closure', '2022-02-23', '每车配备护送人员1名，建立护送台账，随车花名册由企业签收', '向文华'],
      ['check', '2022-02-25', '查看2月24日两趟专车护送台账及签收花名册', '覃明'],
      ['close', '2022-02-26', '', '覃明'],
      ['follow_up', '2022-03-08', '回头看：3月6日、8日两趟专车均有专人护送，台账完整', '覃明', 'held'],
    ],
  },
  {
    classNo: 2,
    foundOn: '2022-03-07',
    county: '422825',
    enterprise: '立讯',
    category: 'stabilisation',
    problem: '驻立讯宣恩籍员工回访记录不全，部分回访无情况和风险记录',
    requirement: '对已入职宣恩籍员工建立回访台账，每次回访记录工作生活情况和离职风险',
    unit: '宣恩县人社局驻厂人员',
    person: '杨帆',
    deadline: null,
    steps: [],
  },
  {
    classNo: 1,
    foundOn: '2022-02-26',
    county: '422802',
    category: 'recruitment_task',
    problem: '招聘任务完成进度滞后于时序进度，汪营镇、团堡镇未开展入户宣传',
    requirement: '制定补短计划，3月5日前完成汪营镇、团堡镇入户宣传',
    unit: '利川市人社局',
    person: '牟俊',
    deadline: '2022-03-05',
    steps: [
      ['request_closure', '2022-03-04', '已制定补短计划，明确各乡镇每日报名目标', '牟俊'],
      ['return', '2022-03-06', '只有计划，未见入户宣传记录及报名成效，退回继续整改', '黄志勇'],
    ],
  },
  {
    classNo: 1,
    foundOn: '2022-03-03',
    county: '422802',
    town: '都亭街道',
    category: 'policy_delivery',
    problem: '稳岗返还、职业技能培训补贴政策未送到企业，企业不清楚申报流程',
    requirement: '开展“送政策进企业”，3月15日前覆盖辖区重点企业',
    unit: '利川市就业局',
    person: '冉婷',
    deadline: '2022-03-15',
    steps: [['progress', '2022-03-08', '已走访4家企业，发放政策明白卡', '冉婷']],
  },
  {
    classNo: 3,
    foundOn: '2022-02-20',
    county: '422823',
    category: 'transport',
    problem: '路途生活物资（方便面、火腿肠、矿泉水）发放未登记，无法与乘车人数核对',
    requirement: '建立物资发放登记，随车花名册签收',
    unit: '巴东县人社局',
    person: '谭小兵',
    deadline: '2022-02-28',
    steps: [
      ['request_closure', '2022-02-27', '已建立物资发放登记表，每车由护送人员登记、乘车人签收', '谭小兵'],
      ['check', '2022-03-02', '查看3月1日三趟专车登记表', '邓华'],
      ['close', '2022-03-04', '', '邓华'],
    ],
  },
  {
    classNo: 3,
    foundOn: '2022-03-01',
    county: '422823',
    town: '野三关镇',
    category: 'recruitment_task',
    problem: '报名人员意向企业多为“服从安排”，未组织与企业面试对接',
    requirement: '3月8日前组织意向人员与立讯、华鑫等企业面试对接',
    unit: '野三关镇人民政府',
    person: '黄勇',
    deadline: '2022-03-08',
    steps: [],
  },
  {
    classNo: 3,
    foundOn: '2022-02-22',
    county: '422822',
    town: '长梁镇',
    category: 'data_quality',
    problem: '报名表中3人身份证号码校验位错误，1人手机号少一位',
    requirement: '核对身份证原件更正，导入前用系统校验',
    unit: '建始县就业局',
    person: '刘红',
    deadline: '2022-03-01',
    steps: [
      ['request_closure', '2022-02-28', '已核对原件更正4人信息，导入前统一校验', '刘红'],
      ['check', '2022-03-01', '', '邓华'],
      ['close', '2022-03-02', '', '邓华'],
    ],
  },
  {
    classNo: 3,
    foundOn: '2022-03-04',
    county: '422822',
    enterprise: '立讯',
    category: 'stabilisation',
    problem: '新员工宿舍入住前未逐间查验，个别宿舍热水不通',
    requirement: '到岗前逐间查验床铺、热水、洗衣房，建立入住前查验单',
    unit: '建始县人社局驻厂专班',
    person: '黄丽',
    deadline: '2022-03-09',
    steps: [
      ['request_closure', '2022-03-08', '已会同企业逐间查验宿舍102间，修复热水7处，建立入住前查验单', '黄丽'],
    ],
  },
  {
    classNo: 1,
    foundOn: '2022-02-28',
    county: '422801',
    enterprise: '立讯',
    category: 'recruitment_task',
    problem: '立讯一季度用工缺口500余人，对接需求不够精准，输送人员与岗位不匹配',
    requirement: '每日对接立讯用工需求，按岗位分类组织输送，3月底前基本补齐一季度缺口',
    unit: '恩施市人社局',
    person: '杨光',
    deadline: '2022-03-31',
    steps: [
      ['progress', '2022-03-05', '与立讯人资部建立每日需求对接，按屏幕刷测、组装等岗位分类推荐', '杨光'],
      ['progress', '2022-03-09', '本周输送立讯186人次，入职97人', '杨光'],
    ],
  },
  {
    classNo: 1,
    foundOn: '2022-03-02',
    county: '422801',
    town: '舞阳坝街道',
    category: 'recruitment_task',
    problem: '招聘信息未进村入户，社区公示栏未张贴企业招聘简章',
    requirement: '3月7日前在各社区公示栏张贴招聘简章，网格员入户宣传',
    unit: '舞阳坝街道办事处',
    person: '谭静',
    deadline: '2022-03-07',
    steps: [],
  },
  {
    classNo: 4,
    foundOn: '2022-03-02',
    county: '422828',
    enterprise: '大象',
    category: 'stabilisation',
    problem: '大象公司未开设宝妈线，有宝妈员工因此产生返乡想法',
    requirement: '协调驻厂专班和高新区，为有需要的宝妈员工调剂至立讯宝妈线，推动大象开设宝妈线',
    unit: '鹤峰县人社局驻厂人员',
    person: '田甜',
    deadline: '2022-03-06',
    steps: [
      [
        'request_closure',
        '2022-03-03',
        '已将有需要的宝妈员工调至立讯新开宝妈线，消除返乡想法；已向大象提出开设宝妈线建议',
        '田甜',
      ],
      ['check', '2022-03-04', '电话回访当事员工，已在立讯宝妈线上岗', '田军'],
    ],
  },
  {
    classNo: 4,
    foundOn: '2022-02-24',
    county: '422828',
    category: 'data_quality',
    problem: '2月22日、23日日报未按时报送',
    requirement: '明确日报专人，每日17时前报送',
    unit: '鹤峰县人社局',
    person: '唐敏',
    deadline: '2022-02-27',
    steps: [
      ['request_closure', '2022-02-26', '已明确专人负责日报，设置每日提醒', '唐敏'],
      ['check', '2022-02-27', '', '田军'],
      ['close', '2022-02-28', '', '田军'],
    ],
  },
  {
    classNo: 4,
    foundOn: '2022-02-27',
    county: '422827',
    category: 'recruitment_task',
    problem: '招聘任务完成率低于全州平均，未建立每日调度机制',
    requirement: '建立每日调度，3月6日前报送补短措施',
    unit: '来凤县人社局',
    person: '姚峰',
    deadline: '2022-03-06',
    steps: [['progress', '2022-03-04', '已建立每日调度群，补短措施正在起草', '姚峰']],
  },
  {
    classNo: 4,
    foundOn: '2022-03-01',
    county: '422826',
    town: '活龙坪乡',
    category: 'policy_delivery',
    problem: '已入职员工家庭困难情况掌握不及时，临时生活救助政策未告知到人',
    requirement: '摸排咸丰籍已入职员工家庭困难情况，落实临时救助政策告知',
    unit: '咸丰县就业局',
    person: '陈刚',
    deadline: '2022-03-10',
    steps: [['request_closure', '2022-03-09', '已摸排56人，为3名困难员工落实帮扶（含饭卡充值）', '陈刚']],
  },
];

const at = (date: string) => `${date}T02:00:00.000Z`;
const RECORDER = '州督导办';

/** Writes the demo's supervision findings and their steps (after its enterprises; one transaction). */
export function loadDemoSupervision(db: Database, enterpriseIds: ReadonlyMap<string, string>): number {
  const ctxOn = (date: string): WriteContext => ({
    now: at(date),
    today: DEMO_AS_OF,
    operator: RECORDER,
    audit: () => undefined,
  });
  for (const f of FINDINGS) {
    const saved = recordFinding(
      db,
      {
        classNo: f.classNo,
        foundOn: f.foundOn,
        countyCode: f.county,
        town: f.town ?? '',
        enterpriseId: f.enterprise ? (enterpriseIds.get(f.enterprise) ?? null) : null,
        category: f.category,
        problem: f.problem,
        requirement: f.requirement,
        responsibleUnit: f.unit,
        responsiblePerson: f.person,
        deadlineKind: f.deadline === null ? 'ongoing' : 'by_date',
        deadline: f.deadline,
      },
      ctxOn(f.foundOn),
    );
    for (const [step, date, note, by = '', outcome = 'held'] of f.steps) {
      const base = { id: saved.id, date, note, by };
      recordStep(db, step === 'follow_up' ? { ...base, step, outcome } : { ...base, step }, ctxOn(date));
    }
  }
  return FINDINGS.length;
}
