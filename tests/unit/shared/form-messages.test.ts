import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { VisitInput } from '../../../shared/contract/stabilisation';
import { CountyTasksInput } from '../../../shared/domain/county-tasks';
import { EnterpriseInput } from '../../../shared/domain/enterprise';
import {
  CommissionerInput,
  FieldVisitInput,
  RecruitmentClassInput,
  ServiceRequestInput,
} from '../../../shared/domain/fieldwork';
import { RegisterAgainInput } from '../../../shared/domain/registration-differences';
import {
  CorrectEventInput,
  RecordEventsInput,
  SeekerInput,
  SeekerUpdate,
} from '../../../shared/domain/seeker';
import { CaseActionInput, CaseOpenInput, CaseUpdateInput } from '../../../shared/domain/service-cases';
import { SettingsPatch } from '../../../shared/domain/settings';
import { SpecialClassInput } from '../../../shared/domain/special-classes';
import { FindingInput, FindingStepInput } from '../../../shared/domain/supervision';
import { LeaveInput, LeaveReturnInput, TransferInput, VoidInput } from '../../../shared/domain/transfers';
import { SupplyItemInput, TripInput } from '../../../shared/domain/transport/trip-input';
import { catalogs, translate } from '../../../shared/i18n/index';
import { validId } from '../support/seekers';

/**
 * Every form's schema, walked field by field: each field the user fills is left empty (and each
 * number typed out of range), and whatever the schema then says must be a message a person can read
 * in both languages, on that field. A schema code, a key missing from a catalogue, zod's own English
 * or the generic "invalid identifier" fails the test.
 */

const A = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
const B = '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b';

interface FormCase {
  form: string;
  schema: z.ZodType;
  /** What the form sends when filled in properly. */
  valid: Record<string, unknown>;
  /** Fields the form fills itself (the record being edited, the person the dialog is for). */
  filledByApp?: string[];
}

const FORMS: FormCase[] = [
  {
    form: 'register',
    schema: SeekerInput,
    valid: {
      name: '向敏',
      idNumber: validId('422823', '19900115', '124'),
      gender: 'female',
      age: 32,
      phone: '13712341255',
      countyCode: '422823',
      town: '野三关镇',
      village: '青龙村',
      intendedEnterpriseId: A,
      previousWork: '',
      notes: '',
      channel: 'point_to_point',
      signedUpOn: '2022-02-10',
      signedUpAt: '青龙村委会',
    },
  },
  {
    form: 'edit person',
    schema: SeekerUpdate,
    valid: {
      id: A,
      name: '向敏',
      phone: '13712341255',
      countyCode: '422823',
      town: '野三关镇',
      village: '',
      intendedEnterpriseId: B,
      previousWork: '',
      notes: '',
      channel: 'job_fair',
      signedUpOn: '2022-02-10',
      signedUpAt: '',
    },
    filledByApp: ['id'],
  },
  {
    form: 'record a step (employed)',
    schema: RecordEventsInput,
    valid: {
      seekerIds: [A],
      type: 'employed',
      date: '2022-03-01',
      enterpriseId: B,
      post: '装配工',
      note: '',
    },
    filledByApp: ['seekerIds', 'type'],
  },
  {
    form: 'record a step (left)',
    schema: RecordEventsInput,
    valid: { seekerIds: [A], type: 'left', date: '2022-03-01', reason: 'homesick', note: '' },
    filledByApp: ['seekerIds', 'type'],
  },
  {
    form: 'correct a step',
    schema: CorrectEventInput,
    valid: { action: 'edit', eventId: A, date: '2022-03-01', note: '', reason: '录入有误' },
    filledByApp: ['action', 'eventId'],
  },
  {
    form: 'void a step',
    schema: CorrectEventInput,
    valid: { action: 'void', eventId: A, reason: '重复录入' },
    filledByApp: ['action', 'eventId'],
  },
  {
    form: 'enterprise',
    schema: EnterpriseInput,
    valid: {
      name: '恩施华鑫科技有限公司',
      shortName: '华鑫',
      contactName: '',
      contactPhone: '0718-8295923',
      address: '',
      notes: '',
      lines: [
        {
          post: '普工',
          headcount: 100,
          periodStart: '2022-01-01',
          periodEnd: '2022-06-30',
          shiftPattern: 'long_day',
          payMin: 3000,
          payMax: 5000,
          boardLodging: '',
          contactName: '',
          contactPhone: '',
        },
      ],
    },
  },
  {
    form: 'trip',
    schema: TripInput,
    valid: {
      date: '2022-03-11',
      departureTime: '07:30',
      countyCode: '422823',
      destination: '恩施高新区',
      enterpriseIds: [A],
      pickups: [{ town: '野三关镇', place: '镇政府门口', time: '07:00' }],
      plate: '鄂Q·12345',
      seats: 45,
      driverName: '',
      driverPhone: '',
      escorts: [{ name: '谭军', phone: '13712341255' }],
      supplies: [{ itemId: B, quantity: 45 }],
      notes: '',
    },
    filledByApp: ['supplies.0.itemId'],
  },
  {
    form: 'supply item',
    schema: SupplyItemInput,
    valid: { nameZh: '矿泉水', nameEn: 'Water', unit: '瓶', archived: false },
  },
  {
    form: 'county tasks',
    schema: CountyTasksInput,
    valid: {
      periodStart: '2022-01-01',
      periodEnd: '2022-06-30',
      tasks: [{ countyCode: '422823', headcount: 500, notes: '' }],
    },
    filledByApp: ['periodStart', 'periodEnd', 'tasks.0.countyCode'],
  },
  {
    form: 'new service case',
    schema: CaseOpenInput,
    valid: {
      seekerId: A,
      enterpriseId: null,
      openedOn: '2022-03-10',
      type: 'living',
      request: '宿舍热水器坏了',
      action: '',
      handledBy: '',
      cashYuan: 0,
      goods: '',
      status: 'open',
      followUpOn: null,
      resolvedOn: null,
      outcome: '',
    },
  },
  {
    form: 'service case facts',
    schema: CaseUpdateInput,
    valid: {
      id: A,
      enterpriseId: null,
      openedOn: '2022-03-10',
      type: 'living',
      request: '宿舍热水器坏了',
      status: 'resolved',
      followUpOn: null,
      resolvedOn: '2022-03-12',
      outcome: '已修好',
    },
    filledByApp: ['id'],
  },
  {
    form: 'service case action',
    schema: CaseActionInput,
    valid: { caseId: A, date: '2022-03-11', action: '联系后勤', handledBy: '', cashYuan: 200, goods: '' },
    filledByApp: ['caseId'],
  },
  {
    form: 'transfer',
    schema: TransferInput,
    valid: {
      seekerId: A,
      date: '2022-03-10',
      toEnterpriseId: B,
      toPost: '宝妈线',
      reason: '照顾孩子',
      caseId: null,
    },
  },
  {
    form: 'leave',
    schema: LeaveInput,
    valid: {
      seekerId: A,
      startDate: '2022-03-10',
      endDate: '2022-03-20',
      reason: '回家接孩子',
      approvedBy: '',
      caseId: null,
    },
  },
  {
    form: 'back from leave',
    schema: LeaveReturnInput,
    valid: { id: A, returnedOn: '2022-03-20' },
    filledByApp: ['id'],
  },
  {
    form: 'void a transfer or leave',
    schema: VoidInput,
    valid: { id: A, reason: '登记错人' },
    filledByApp: ['id'],
  },
  {
    form: 'special class',
    schema: SpecialClassInput,
    valid: {
      name: '驻立讯稳岗专班',
      enterpriseId: A,
      startDate: '2022-02-20',
      endDate: null,
      notes: '',
      members: [{ name: '谭军', countyCode: '422823', role: 'lead', startDate: '2022-02-20', endDate: null }],
    },
  },
  {
    form: 'return visit',
    schema: VisitInput,
    valid: {
      seekerId: A,
      visitedOn: '2022-03-10',
      method: 'phone',
      reached: true,
      wellbeing: 'fair',
      risk: 'low',
      notes: '',
      visitedBy: '',
    },
    filledByApp: ['seekerId'],
  },
  {
    form: 'register again',
    schema: RegisterAgainInput,
    valid: {
      person: {
        name: '向敏',
        idNumber: validId('422823', '19900115', '124'),
        phone: '13712341255',
        countyCode: '422823',
        channel: 'point_to_point',
        signedUpOn: '2022-02-10',
      },
      keep: { phone: 'incoming' },
    },
  },
  {
    form: 'supervision finding',
    schema: FindingInput,
    valid: {
      classNo: 2,
      foundOn: '2022-03-01',
      countyCode: '422825',
      town: '椒园镇',
      enterpriseId: null,
      category: 'recruitment_task',
      problem: '报名人员核实分类滞后',
      requirement: '3日内完成核实分类',
      responsibleUnit: '宣恩县人社局',
      responsiblePerson: '田志刚',
      deadlineKind: 'by_date',
      deadline: '2022-03-05',
    },
  },
  {
    form: 'finding step (send back)',
    schema: FindingStepInput,
    valid: { id: A, step: 'return', date: '2022-03-09', note: '佐证不足', by: '' },
    filledByApp: ['id', 'step'],
  },
  {
    form: 'finding step (check)',
    schema: FindingStepInput,
    valid: { id: A, step: 'check', date: '2022-03-09', by: '州督导办', note: '' },
    filledByApp: ['id', 'step'],
  },
  {
    form: 'recruitment class',
    schema: RecruitmentClassInput,
    valid: {
      name: '第三招聘专班',
      countyCodes: ['422822'],
      leader: '田德胜',
      phone: '0718-8226103',
      notes: '',
    },
  },
  {
    form: 'field visit',
    schema: FieldVisitInput,
    valid: {
      kind: 'village_meeting',
      date: '2022-02-13',
      classId: A,
      countyCode: '422822',
      town: '长梁镇',
      village: '长梁村',
      staff: '',
      reached: 60,
      signedUp: 12,
      seekerIds: [B],
      notes: '',
    },
  },
  {
    form: 'enterprise request',
    schema: ServiceRequestInput,
    valid: {
      enterpriseId: A,
      raisedOn: '2022-02-09',
      category: 'shortage',
      post: '普工（组装）',
      asked: '一季度缺口500余人',
      done: '专场招聘会推送岗位',
      handledBy: '谭晓红',
      solvedOn: '2022-03-08',
    },
    filledByApp: ['enterpriseId'],
  },
  {
    form: 'commissioner',
    schema: CommissionerInput,
    valid: { enterpriseId: A, name: '谭晓红', phone: '0718-8226200' },
    filledByApp: ['enterpriseId'],
  },
  {
    form: 'settings',
    schema: SettingsPatch,
    valid: { operatorName: '王主任', stableDays: 15, visitDays: [7, 30, 90], waitingVisitDays: 7 },
  },
];

/** Values a field takes when the user leaves it empty or types something out of range. */
function badValues(sample: unknown): unknown[] {
  if (typeof sample === 'string') return ['', null];
  if (typeof sample === 'number') return [NaN, null, -1, 1.5, 1e9];
  if (Array.isArray(sample) && sample.every((v) => typeof v !== 'object')) return [[]];
  return [];
}

/** Every field of a sample (into arrays and nested objects), as a path and its value. */
function leaves(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; value: unknown }[] {
  if (
    value !== null &&
    typeof value === 'object' &&
    !(Array.isArray(value) && value.every((v) => typeof v !== 'object'))
  )
    return Object.entries(value).flatMap(([k, v]) =>
      leaves(v, [...path, Array.isArray(value) ? Number(k) : k]),
    );
  return [{ path, value }];
}

function withValue(sample: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(sample) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

/** Messages that tell the user nothing they can act on, though they are translated. */
const GENERIC = new Set(['v.id', 'v.invalid']);

/** Why a message would not read as a sentence to the user, or null when it does. */
function unreadable(message: string): string | null {
  if (!/^v\.[a-z_]+$/.test(message)) return 'not a message key (zod’s own text or a raw code)';
  for (const language of ['zh-CN', 'en'] as const)
    if (translate(language, message) === message) return `no ${language} text`;
  if (GENERIC.has(message)) return `generic: “${translate('zh-CN', message)}”`;
  return null;
}

describe('form messages', () => {
  it('knows every schema-level message the catalogues offer', () => {
    // The check below must be able to fail: a missing key and a generic one are both caught.
    expect(unreadable('v.no_such_message')).toMatch(/no zh-CN text/);
    expect(unreadable('v.id')).toMatch(/generic/);
    expect(unreadable('Too small: expected number to be >=0')).toMatch(/not a message key/);
    expect(unreadable(Object.keys(catalogs.en.v)[0]!.replace(/^/, 'v.'))).toBeNull();
  });

  for (const f of FORMS) {
    it(`${f.form}: the filled form is accepted`, () => {
      const r = f.schema.safeParse(f.valid);
      expect(r.error?.issues ?? []).toEqual([]);
    });

    it(`${f.form}: an empty or out-of-range field is refused with a readable message on that field`, () => {
      const problems: string[] = [];
      let refusals = 0;
      for (const leaf of leaves(f.valid)) {
        const name = leaf.path.join('.');
        if (leaf.value === null || f.filledByApp?.includes(name)) continue;
        // A choice that may be null is sent as null when empty (emptyToNull), never as ''. Null
        // may still be refused by a rule of the whole form (an employed step needs its enterprise).
        const asNull = f.schema.safeParse(withValue(f.valid, leaf.path, null));
        const optional = !asNull.error?.issues.some((i) => i.path.join('.') === name && i.code !== 'custom');
        for (const bad of badValues(leaf.value)) {
          if (bad === '' && optional) continue;
          const r = f.schema.safeParse(withValue(f.valid, leaf.path, bad));
          if (r.success) continue;
          refusals++;
          const what = `${name} = ${JSON.stringify(bad)}`;
          if (!r.error.issues.some((i) => i.path.join('.').startsWith(name)))
            problems.push(
              `${what}: no message on the field (${r.error.issues.map((i) => i.path.join('.'))})`,
            );
          for (const issue of r.error.issues) {
            const why = unreadable(issue.message);
            if (why) problems.push(`${what}: “${issue.message}” at ${issue.path.join('.')}: ${why}`);
          }
        }
      }
      expect(refusals).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    });
  }

  it('names the missing worker in both languages', () => {
    const r = TransferInput.safeParse({ ...FORMS.find((f) => f.form === 'transfer')!.valid, seekerId: '' });
    const message = r.error!.issues.find((i) => i.path[0] === 'seekerId')!.message;
    expect(translate('zh-CN', message)).toBe('请选择务工人员');
    expect(translate('en', message)).toBe('Choose the worker');
  });
});
