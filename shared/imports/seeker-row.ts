import { checkIdNumber, looksPrecisionLost, normaliseIdNumber } from '../domain/id-number';
import { checkMobile } from '../domain/phone';
import { SeekerInput, type SeekerInputParsed, type SignupChannel } from '../domain/seeker';
import {
  cellText,
  idNormalisations,
  isBlank,
  normaliseText,
  phoneNormalisations,
  type CellValue,
  type Normalisation,
} from './cells';
import { parseRosterDate } from './dates';
import type { SeekerField } from './fields';
import type { ProblemCode } from './problems';

export interface SeekerRowContext {
  countyCode: string;
  /** For dates written without one (2月9日). */
  year: number;
  channel: SignupChannel;
  /** Sign-up date for rows without one: the day of the import. */
  today: string;
  /** An enterprise name as written → its id; `any` for 服从安排; null when unknown. */
  matchEnterprise: (name: string) => string | 'any' | null;
}

export interface CellProblem {
  field: SeekerField | null;
  code: ProblemCode;
  params: Record<string, string | number>;
}

export interface SeekerRowResult {
  /** Null when the row has an error. */
  input: SeekerInputParsed | null;
  /** The normalised ID number when it is valid (for duplicate checks), else null. */
  idNumber: string | null;
  problems: CellProblem[];
  normalisations: Normalisation[];
}

const FIELD_OF_PATH: Partial<Record<string, SeekerField>> = {
  name: 'name',
  idNumber: 'idNumber',
  phone: 'phone',
  gender: 'gender',
  age: 'age',
  signedUpOn: 'signedUpOn',
  town: 'town',
  village: 'village',
  notes: 'notes',
  previousWork: 'previousWork',
  signedUpAt: 'signedUpAt',
};

function issueCode(path: string, message: string): ProblemCode {
  if (path === 'name') return 'name_missing';
  if (path === 'idNumber') {
    const m = message.replace(/^v\./, '');
    if (m === 'id_format' || m === 'id_birthdate' || m === 'id_checksum' || m === 'id_precision_lost')
      return m;
    return message === 'v.required' ? 'id_missing' : 'id_format';
  }
  if (path === 'phone') return message === 'v.required' ? 'phone_missing' : 'phone_invalid';
  if (path === 'gender') return 'gender_mismatch';
  if (path === 'age') return 'age_mismatch';
  if (path === 'signedUpOn') return message === 'v.date_future' ? 'date_future' : 'date_invalid';
  if (path === 'countyCode') return 'county_invalid';
  return 'text_too_long';
}

function parseGender(text: string): 'male' | 'female' | null | 'bad' {
  const t = text.trim().toLowerCase();
  if (t === '') return null;
  if (t === '男' || t === 'male' || t === 'm') return 'male';
  if (t === '女' || t === 'female' || t === 'f') return 'female';
  return 'bad';
}

/**
 * One sign-up row, checked by the same rules as the registration form (`SeekerInput`), after the
 * safe normalisations. Problems name the field; the caller turns fields into the file's headers.
 */
export function checkSeekerRow(
  cells: Partial<Record<SeekerField, CellValue>>,
  ctx: SeekerRowContext,
): SeekerRowResult {
  const problems: CellProblem[] = [];
  const normalisations: Normalisation[] = [];
  const text = (f: SeekerField, kind: 'name' | 'text' = 'text'): string => {
    const r = normaliseText(cellText(cells[f]), kind);
    normalisations.push(...r.changes);
    return r.value;
  };

  const rawId = cellText(cells.idNumber);
  const idNorm = normaliseIdNumber(rawId);
  // A number cell is what Excel makes of an ID typed without a leading apostrophe.
  if (typeof cells.idNumber === 'number' && !looksPrecisionLost(idNorm))
    normalisations.push('number_as_text');
  normalisations.push(...idNormalisations(rawId));
  // A number cell cannot hold 18 digits (a double keeps about 16): whatever it shows, digits are gone.
  const numberLost = typeof cells.idNumber === 'number' && Math.abs(cells.idNumber) >= 1e16;
  const idCheck: ReturnType<typeof checkIdNumber> = numberLost
    ? { ok: false, problem: 'id_precision_lost', id: idNorm }
    : checkIdNumber(rawId);
  if (numberLost) problems.push({ field: 'idNumber', code: 'id_precision_lost', params: { value: rawId } });
  const rawPhone = cellText(cells.phone);
  if (checkMobile(rawPhone).ok) normalisations.push(...phoneNormalisations(rawPhone));

  let signedUpOn = ctx.today;
  if (!isBlank(cells.signedUpOn)) {
    const d = parseRosterDate(cells.signedUpOn, ctx.year);
    if (d.ok) {
      signedUpOn = d.iso;
      if (d.normalisation) normalisations.push(d.normalisation);
    } else {
      problems.push({
        field: 'signedUpOn',
        code: 'date_invalid',
        params: { value: cellText(cells.signedUpOn) },
      });
    }
  }
  if (signedUpOn > ctx.today)
    problems.push({ field: 'signedUpOn', code: 'date_future', params: { value: signedUpOn } });

  const genderText = text('gender');
  const gender = parseGender(genderText);
  if (gender === 'bad')
    problems.push({ field: 'gender', code: 'gender_mismatch', params: { value: genderText } });
  const ageText = text('age').replace(/岁$/, '');
  const age = ageText === '' ? null : Number(ageText);
  if (age !== null && !Number.isInteger(age))
    problems.push({ field: 'age', code: 'age_mismatch', params: { value: ageText } });

  const enterpriseText = text('intendedEnterprise');
  let intendedEnterpriseId: string | null = null;
  let notes = text('notes');
  if (enterpriseText !== '') {
    const match = ctx.matchEnterprise(enterpriseText);
    if (match === null) {
      problems.push({
        field: 'intendedEnterprise',
        code: 'enterprise_unknown',
        params: { value: enterpriseText },
      });
      // Kept in the notes so that nothing the county wrote is lost.
      notes = [notes, `意向企业: ${enterpriseText}`].filter((s) => s !== '').join('; ');
    } else if (match !== 'any') {
      intendedEnterpriseId = match;
    }
  }

  const candidate = {
    name: text('name', 'name'),
    idNumber: rawId,
    gender: gender === 'bad' ? null : gender,
    age: age !== null && Number.isInteger(age) ? age : null,
    phone: rawPhone,
    countyCode: ctx.countyCode,
    town: text('town'),
    village: text('village'),
    intendedEnterpriseId,
    previousWork: text('previousWork'),
    notes,
    channel: ctx.channel,
    signedUpOn,
    signedUpAt: text('signedUpAt'),
  };
  const parsed = SeekerInput.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = String(issue.path[0] ?? '');
      if (path === 'signedUpOn' && problems.some((p) => p.field === 'signedUpOn')) continue;
      if (path === 'idNumber' && numberLost) continue;
      const code = issueCode(path, issue.message);
      if (problems.some((p) => p.code === code)) continue;
      problems.push({
        field: FIELD_OF_PATH[path] ?? null,
        code,
        params: code.startsWith('id_')
          ? { value: rawId.trim() }
          : code.startsWith('phone_')
            ? { value: rawPhone.trim() }
            : {},
      });
    }
  }
  if (idCheck.ok && !idCheck.info.inPrefecture) {
    problems.push({ field: 'idNumber', code: 'region_outside', params: { region: idCheck.info.regionCode } });
  }
  const hasError = problems.some((p) => p.code !== 'region_outside' && p.code !== 'enterprise_unknown');
  return {
    input: parsed.success && !hasError ? parsed.data : null,
    idNumber: idCheck.ok ? idCheck.info.id : null,
    problems,
    normalisations: [...new Set(normalisations)],
  };
}
