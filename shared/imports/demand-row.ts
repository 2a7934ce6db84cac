import { DemandLineInput, type ShiftPattern } from '../domain/enterprise';
import { toHalfWidth } from '../domain/normalise';
import { cellText, isBlank, normaliseText, type CellValue, type Normalisation } from './cells';
import { parseRosterDate } from './dates';
import type { DemandField } from './fields';
import type { ProblemCode } from './problems';
import { headcountDigits } from './stored-text';
import type { z } from 'zod';

export interface DemandRowContext {
  year: number;
  /** Lines without dates: the current half-year. */
  defaultPeriod: { start: string; end: string };
}

export interface DemandProblem {
  field: DemandField | null;
  code: ProblemCode;
  params: Record<string, string | number>;
}

export interface DemandRowResult {
  enterpriseName: string;
  line: z.output<typeof DemandLineInput> | null;
  problems: DemandProblem[];
  normalisations: Normalisation[];
}

/** Shift words as enterprises write them. */
export function shiftPatternOf(text: string): ShiftPattern | null {
  const t = text.replace(/\s/g, '');
  if (t === '') return 'other';
  if (/宝妈|周一至周五|双休/.test(t)) return 'mothers';
  if (/三班/.test(t)) return 'three_shift';
  if (/两班|二班|倒班/.test(t)) return 'two_shift';
  if (/长白|白班|常日/.test(t)) return 'long_day';
  return null;
}

/** 4500-6000, 4500～6000元, 4500 → [min, max]; 面议 (negotiable) → no figures. */
export function parsePay(value: CellValue | undefined): { min: number | null; max: number | null } | null {
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 0 ? { min: value, max: value } : null;
  const t = toHalfWidth(cellText(value)).replace(/[\s,元/月]/g, '');
  if (t === '' || t === '面议') return { min: null, max: null };
  const m = /^(\d+)(?:[-~～至到](\d+))?$/.exec(t);
  if (!m) return null;
  const min = Number(m[1]);
  const max = m[2] === undefined ? null : Number(m[2]);
  return { min, max };
}

export function checkDemandRow(
  cells: Partial<Record<DemandField, CellValue>>,
  ctx: DemandRowContext,
): DemandRowResult {
  const problems: DemandProblem[] = [];
  const normalisations: Normalisation[] = [];
  const text = (f: DemandField): string => {
    const r = normaliseText(cellText(cells[f]), 'text');
    normalisations.push(...r.changes);
    return r.value;
  };
  const enterpriseName = text('enterpriseName');
  if (enterpriseName === '')
    problems.push({ field: 'enterpriseName', code: 'enterprise_missing', params: {} });

  const date = (f: 'periodStart' | 'periodEnd', fallback: string): string => {
    if (isBlank(cells[f])) return fallback;
    const d = parseRosterDate(cells[f], ctx.year);
    if (!d.ok) {
      problems.push({ field: f, code: 'period_invalid', params: { value: cellText(cells[f]) } });
      return fallback;
    }
    if (d.normalisation) normalisations.push(d.normalisation);
    return d.iso;
  };
  const periodStart = date('periodStart', ctx.defaultPeriod.start);
  const periodEnd = date('periodEnd', ctx.defaultPeriod.end);

  const headcountText = headcountDigits(cells.headcount);
  const headcount = Number(headcountText);
  const shiftText = text('shiftPattern');
  let shiftPattern = shiftPatternOf(shiftText);
  if (shiftPattern === null) {
    problems.push({ field: 'shiftPattern', code: 'shift_unknown', params: { value: shiftText } });
    shiftPattern = 'other';
  }
  const pay = parsePay(cells.pay);
  if (pay === null)
    problems.push({ field: 'pay', code: 'pay_invalid', params: { value: cellText(cells.pay) } });

  const candidate = {
    post: text('post'),
    headcount: headcountText === '' ? Number.NaN : headcount,
    periodStart,
    periodEnd,
    shiftPattern,
    payMin: pay?.min ?? null,
    payMax: pay?.max ?? null,
    boardLodging: text('boardLodging'),
    contactName: text('contactName'),
    contactPhone: text('contactPhone'),
  };
  const parsed = DemandLineInput.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = String(issue.path[0] ?? '');
      const [field, code]: [DemandField | null, ProblemCode] =
        path === 'post'
          ? ['post', 'post_missing']
          : path === 'headcount'
            ? ['headcount', 'headcount_invalid']
            : path === 'periodStart' || path === 'periodEnd'
              ? [path, 'period_invalid']
              : path === 'payMin' || path === 'payMax'
                ? ['pay', 'pay_invalid']
                : path === 'contactPhone'
                  ? ['contactPhone', 'contact_phone_invalid']
                  : [null, 'text_too_long'];
      if (problems.some((p) => p.code === code)) continue;
      problems.push({ field, code, params: field ? { value: cellText(cells[field]) } : {} });
    }
  }
  const hasError = problems.some((p) => p.code !== 'shift_unknown');
  return {
    enterpriseName,
    line: parsed.success && !hasError ? parsed.data : null,
    problems,
    normalisations: [...new Set(normalisations)],
  };
}
