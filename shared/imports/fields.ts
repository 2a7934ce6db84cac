/** What a roster can hold: a sign-up sheet (people) or an enterprise demand sheet (posts and headcounts). */
export const IMPORT_KINDS = ['seekers', 'demand'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const SEEKER_FIELDS = [
  'seq',
  'name',
  'gender',
  'age',
  'idNumber',
  'phone',
  'county',
  'town',
  'village',
  'intendedEnterprise',
  'signedUpOn',
  'signedUpAt',
  'previousWork',
  'notes',
] as const;
export type SeekerField = (typeof SEEKER_FIELDS)[number];

export const DEMAND_FIELDS = [
  'enterpriseName',
  'post',
  'headcount',
  'periodStart',
  'periodEnd',
  'shiftPattern',
  'pay',
  'boardLodging',
  'contactName',
  'contactPhone',
] as const;
export type DemandField = (typeof DEMAND_FIELDS)[number];

export type ImportField = SeekerField | DemandField;
export const IMPORT_FIELDS = [...new Set<ImportField>([...SEEKER_FIELDS, ...DEMAND_FIELDS])] as ImportField[];

export function fieldsOf(kind: ImportKind): readonly ImportField[] {
  return kind === 'seekers' ? SEEKER_FIELDS : DEMAND_FIELDS;
}

/** Without these a row cannot be read at all; the preview says so before any row is checked. */
export const REQUIRED_FIELDS: Record<ImportKind, readonly ImportField[]> = {
  seekers: ['name', 'idNumber', 'phone'],
  demand: ['enterpriseName', 'post', 'headcount'],
};

/**
 * Header texts as counties write them, compared after `headerKey` (no spaces or punctuation,
 * half-width, lower case), so 姓 名, 村（社区） and 村(社区) all match.
 */
export const SYNONYMS: Record<ImportKind, Partial<Record<ImportField, readonly string[]>>> = {
  seekers: {
    seq: ['序号', '编号', 'no', '#'],
    name: ['姓名', '名字', '求职者姓名', '人员姓名', 'name'],
    gender: ['性别', 'sex', 'gender'],
    age: ['年龄', 'age'],
    idNumber: [
      '身份证号码',
      '公民身份号码',
      '身份证号',
      '证件号码',
      '身份证',
      '身份证件号码',
      '身份证件号',
      'idnumber',
    ],
    phone: ['联系电话', '手机', '手机号码', '手机号', '电话', '联系方式', '电话号码', 'phone', 'mobile'],
    county: ['县市', '县市区', '所在县市', '县区', 'county'],
    town: ['乡镇', '所在乡镇', '乡镇街道', '镇', '乡', '街道', 'town'],
    village: ['村社区', '村组', '村', '社区', '村居', '所在村', '村社区组', 'village'],
    intendedEnterprise: [
      '意向企业',
      '求职意向',
      '意向单位',
      '意向用工单位',
      '意向',
      'enterprise',
      'intendedenterprise',
    ],
    signedUpOn: ['报名日期', '登记时间', '报名时间', '登记日期', '日期', 'date', 'signedupon'],
    signedUpAt: ['报名地点', '登记地点', '报名点'],
    previousWork: ['原工作单位', '工作经历', '务工经历', '以前工作', '曾务工单位'],
    notes: ['备注', '说明', 'notes', 'remark', 'remarks'],
  },
  demand: {
    enterpriseName: ['企业名称', '企业', '单位名称', '用工单位', '用工企业', 'enterprise'],
    post: ['岗位', '岗位名称', '工种', '招聘岗位', 'post'],
    headcount: ['需求人数', '招聘人数', '用工需求', '人数', '需求', 'headcount'],
    periodStart: ['开始日期', '起始日期', '开始时间', 'start'],
    periodEnd: ['截止日期', '结束日期', '截止时间', 'end'],
    shiftPattern: ['班制', '班次', '工作时间', 'shift'],
    pay: ['月薪元', '月薪', '薪资', '工资待遇', '薪酬', '工资', 'pay'],
    boardLodging: ['食宿', '食宿条件', '食宿情况'],
    contactName: ['联系人', 'contact'],
    contactPhone: ['联系电话', '电话', '联系方式', 'phone'],
  },
};
