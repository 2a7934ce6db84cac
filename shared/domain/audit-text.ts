import type { AuditMessage, AuditPart, AuditValue } from './audit';
import { countyByCode } from './counties';
import type { Language } from './settings';

/** i18next's `t` (plurals by `count`), or any function with its shape. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** How numbers and calendar dates (YYYY-MM-DD) read in the reader's locale; as stored without it. */
export interface AuditFormats {
  number: (n: number) => string;
  date: (iso: string) => string;
}

const AS_STORED: AuditFormats = { number: String, date: (iso) => iso };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parameters whose values are codes, and the catalogue key each code reads as. A parameter is
 * named for the kind of value it holds, so one table serves every message.
 */
const CODE_KEYS: Record<string, (code: string) => string> = {
  step: (c) => `stage.${c}`,
  caseType: (c) => `stabilisation.caseType.${c}`,
  caseStatus: (c) => `stabilisation.caseStatus.${c}`,
  method: (c) => `stabilisation.method.${c}`,
  wellbeing: (c) => `stabilisation.wellbeing.${c}`,
  risk: (c) => `stabilisation.risk.${c}`,
  role: (c) => `stabilisation.role.${c}`,
  leaveReason: (c) => `leaveReason.${c}`,
  tripStatus: (c) => `transport.status.${c}`,
  seatReason: (c) => `transport.reason.${c}`,
  shift: (c) => `shift.${c}`,
  channel: (c) => `signupChannel.${c}`,
  gender: (c) => `gender.${c}`,
  language: (c) =>
    c === 'system' ? 'settings.languageSystem' : c === 'en' ? 'settings.languageEn' : 'settings.languageZh',
  field: (c) => `auditField.${c}`,
  findingCategory: (c) => `supervision.category.${c}`,
  findingClass: (c) => `supervision.class.c${c}`,
  findingState: (c) => `supervision.state.${c}`,
  findingStateTo: (c) => `supervision.state.${c}`,
  deadlineKind: (c) => `supervision.deadlineKind.${c}`,
  visitKind: (c) => `fieldwork.kind.${c}`,
  policy: (c) => `fieldwork.policy.${c}`,
  requestCategory: (c) => `fieldwork.category.${c}`,
  accountRole: (c) => `accounts.role.${c}`,
  payee: (c) => `policies.payee.${c}`,
  identity: (c) => `policies.identity.${c}`,
  evidence: (c) => `policies.evidence.${c}`,
  frequency: (c) => `policies.frequency.${c}`,
  policyStep: (c) => `policies.step.${c}`,
};

/** Changed fields that hold codes, and the kind of code (a `CODE_KEYS` name, or `county`). */
const FIELD_KINDS: Record<string, string> = {
  'case.type': 'caseType',
  'case.status': 'caseStatus',
  'trip.status': 'tripStatus',
  'trip.countyCode': 'county',
  'line.shiftPattern': 'shift',
  'seeker.channel': 'channel',
  'seeker.countyCode': 'county',
  'settings.language': 'language',
  'finding.classNo': 'findingClass',
  'finding.county': 'county',
  'finding.category': 'findingCategory',
  'finding.deadlineKind': 'deadlineKind',
  'recruitmentClass.counties': 'county',
  'fieldVisit.kind': 'visitKind',
  'fieldVisit.county': 'county',
  'fieldVisit.policies': 'policy',
  'serviceRequest.category': 'requestCategory',
  'policyRule.payee': 'payee',
  'policyRule.identities': 'identity',
  'policyRule.evidence': 'evidence',
  'policyRule.frequency': 'frequency',
  'policyPerson.identities': 'identity',
};

/** The catalogue keys a part reads (its own and those of its coded values), for coverage checks. */
export function auditKeys(part: AuditPart): string[] {
  const keys = [`auditSummary.${part.key}`];
  for (const [name, value] of Object.entries(part.params)) {
    const kind = kindOf(part, name);
    const codeKey = kind ? CODE_KEYS[kind] : undefined;
    if (!codeKey) continue;
    for (const code of Array.isArray(value) ? value : [value])
      if (typeof code === 'number' || (typeof code === 'string' && code !== ''))
        keys.push(codeKey(String(code)));
  }
  return keys;
}

function kindOf(part: AuditPart, name: string): string | undefined {
  // A field's values (`change`, `value`, `kept`) are of the kind of the field they belong to.
  if (typeof part.params.field === 'string' && (name === 'from' || name === 'to'))
    return FIELD_KINDS[part.params.field];
  return name in CODE_KEYS || name === 'county' ? name : undefined;
}

function show(
  t: Translate,
  language: Language,
  formats: AuditFormats,
  kind: string | undefined,
  value: AuditValue,
): string | number {
  if (value === null || value === '') return t('auditText.empty');
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  const codeKey = kind ? CODE_KEYS[kind] : undefined;
  if (typeof value === 'number') return codeKey ? t(codeKey(String(value))) : formats.number(value);
  if (Array.isArray(value))
    return value.map((v) => show(t, language, formats, kind, v)).join(t('auditText.listSep'));
  if (kind === 'county') {
    const county = countyByCode(value);
    return county ? (language === 'en' ? county.nameEn : county.nameZh) : value;
  }
  if (codeKey) return t(codeKey(value));
  return ISO_DATE.test(value) ? formats.date(value) : value;
}

function sentence(t: Translate, language: Language, formats: AuditFormats, part: AuditPart): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(part.params))
    params[name] = show(t, language, formats, kindOf(part, name), value);
  // `count` picks the plural form, so it stays a number; `n` is how it reads.
  if (typeof part.params.count === 'number') {
    params.count = part.params.count;
    params.n = formats.number(part.params.count);
  }
  return t(`auditSummary.${part.key}`, params);
}

/** An audit entry's summary in the reader's language; text written before messages were data as stored. */
export function auditSummaryText(
  t: Translate,
  language: Language,
  summary: AuditMessage | string,
  formats: AuditFormats = AS_STORED,
): string {
  if (typeof summary === 'string') return summary;
  const main = sentence(t, language, formats, summary);
  if (summary.parts.length === 0) return main;
  const details = summary.parts.map((p) => sentence(t, language, formats, p)).join(t('auditText.partSep'));
  return `${main}${t('auditText.detailsSep')}${details}`;
}
