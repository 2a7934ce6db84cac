import { describe, expect, it } from 'vitest';
import { checkSeekerRow, type SeekerRowContext } from '../../../../shared/imports/seeker-row';
import type { CellValue } from '../../../../shared/imports/cells';
import type { SeekerField } from '../../../../shared/imports/fields';

const LUXSHARE = '2b0c3a52-7a50-4f4b-9a38-6b2f4f0d9b11';
const ctx: SeekerRowContext = {
  countyCode: '422823',
  year: 2022,
  channel: 'point_to_point',
  today: '2022-03-01',
  matchEnterprise: (name) => (name.includes('立讯') ? LUXSHARE : name === '服从安排' ? 'any' : null),
};

const good: Partial<Record<SeekerField, CellValue>> = {
  name: '易玲波',
  gender: '女',
  idNumber: '422823200301296461',
  phone: '13794571255',
  town: '东瀼口镇',
  village: '陈岭村',
  intendedEnterprise: '立讯精密工业（恩施）有限公司',
  signedUpOn: '2022年2月16日',
};

const codes = (cells: Partial<Record<SeekerField, CellValue>>) =>
  checkSeekerRow(cells, ctx).problems.map((p) => p.code);

describe('checkSeekerRow', () => {
  it('turns a good row into a registration, with its enterprise matched', () => {
    const r = checkSeekerRow(good, ctx);
    expect(r.problems).toEqual([]);
    expect(r.input).toMatchObject({
      name: '易玲波',
      signedUpOn: '2022-02-16',
      intendedEnterpriseId: LUXSHARE,
      countyCode: '422823',
    });
    expect(r.idNumber).toBe('422823200301296461');
  });

  it('takes 服从安排 as any enterprise', () => {
    expect(
      checkSeekerRow({ ...good, intendedEnterprise: '服从安排' }, ctx).input?.intendedEnterpriseId,
    ).toBeNull();
  });

  it('normalises spaces, full-width digits, a lower-case x and dashes in phones, and counts them', () => {
    const r = checkSeekerRow(
      {
        ...good,
        name: ' 滕 鹏刚 ',
        idNumber: '４２２８２３１９７０ ０３１９１９４x',
        phone: '166-9333-7673',
      },
      ctx,
    );
    expect(r.problems).toEqual([]);
    expect(r.input).toMatchObject({ name: '滕鹏刚', idNumber: '42282319700319194X', phone: '16693337673' });
    expect(r.normalisations).toEqual(
      expect.arrayContaining(['spaces', 'full_width', 'lower_x', 'phone_dashes', 'date_format']),
    );
  });

  it('reads an ID stored as a number when no digit was lost', () => {
    const r = checkSeekerRow({ ...good, idNumber: 422823200301296 }, ctx);
    expect(r.problems.map((p) => p.code)).toEqual(['id_format']);
  });

  it.each<[string, Partial<Record<SeekerField, CellValue>>, string]>([
    ['a wrong check digit', { idNumber: '422823199711012996' }, 'id_checksum'],
    ['an impossible birth date', { idNumber: '422823199902301234' }, 'id_birthdate'],
    ['scientific notation', { idNumber: '4.22823E+17' }, 'id_precision_lost'],
    ['a number cell that lost digits', { idNumber: 4.22823200301296e17 }, 'id_precision_lost'],
    ['18 digits ending in zeros', { idNumber: '422823200301296000' }, 'id_precision_lost'],
    ['a short ID', { idNumber: '42282320030129' }, 'id_format'],
    ['no ID', { idNumber: null }, 'id_missing'],
    ['a bad phone', { phone: '1339384' }, 'phone_invalid'],
    ['no phone', { phone: '' }, 'phone_missing'],
    ['no name', { name: '  ' }, 'name_missing'],
    ['a gender that contradicts the ID', { gender: '男' }, 'gender_mismatch'],
    ['an age that contradicts the ID', { age: 40 }, 'age_mismatch'],
    ['an unreadable date', { signedUpOn: '二月' }, 'date_invalid'],
    ['a date in the future', { signedUpOn: '2022-12-01' }, 'date_future'],
    ['an ID from outside the prefecture', { idNumber: '110101199003074477' }, 'region_outside'],
    ['an unknown enterprise', { intendedEnterprise: '某某公司' }, 'enterprise_unknown'],
  ])('reports %s', (_label, patch, code) => {
    expect(codes({ ...good, ...patch })).toContain(code);
  });

  it('imports warnings but not errors', () => {
    expect(checkSeekerRow({ ...good, idNumber: '110101199003074485' }, ctx).input).not.toBeNull();
    const unknown = checkSeekerRow({ ...good, intendedEnterprise: '某某公司' }, ctx);
    expect(unknown.input?.notes).toContain('某某公司');
    expect(checkSeekerRow({ ...good, phone: '1339384' }, ctx).input).toBeNull();
  });

  it('uses the import day when the row has no date', () => {
    expect(checkSeekerRow({ ...good, signedUpOn: null }, ctx).input?.signedUpOn).toBe('2022-03-01');
  });
});
