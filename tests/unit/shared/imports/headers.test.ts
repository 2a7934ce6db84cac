import { describe, expect, it } from 'vitest';
import {
  cleanMapping,
  detectHeader,
  fieldForHeader,
  headerKey,
  missingFields,
  suggestMapping,
} from '../../../../shared/imports/headers';

describe('headerKey', () => {
  it('ignores spaces, brackets, full-width forms and case', () => {
    expect(headerKey('姓 名')).toBe('姓名');
    expect(headerKey('村（社区）')).toBe(headerKey('村(社区)'));
    expect(headerKey(' ＩＤ Number ')).toBe('idnumber');
  });
});

describe('synonyms', () => {
  it.each([
    ['姓名', 'name'],
    ['姓 名', 'name'],
    ['身份证号码', 'idNumber'],
    ['公民身份号码', 'idNumber'],
    ['身份证号', 'idNumber'],
    ['证件号码', 'idNumber'],
    ['联系电话', 'phone'],
    ['手机', 'phone'],
    ['手机号码', 'phone'],
    ['乡镇', 'town'],
    ['所在乡镇', 'town'],
    ['村（社区）', 'village'],
    ['村组', 'village'],
    ['意向企业', 'intendedEnterprise'],
    ['求职意向', 'intendedEnterprise'],
    ['报名日期', 'signedUpOn'],
    ['登记时间', 'signedUpOn'],
    ['性别', 'gender'],
    ['年龄', 'age'],
    ['备注', 'notes'],
    ['序号', 'seq'],
  ])('%s is %s on a sign-up sheet', (header, field) => {
    expect(fieldForHeader('seekers', header)).toBe(field);
  });

  it.each([
    ['企业名称', 'enterpriseName'],
    ['岗位', 'post'],
    ['需求人数', 'headcount'],
    ['月薪（元）', 'pay'],
    ['联系电话', 'contactPhone'],
  ])('%s is %s on a demand sheet', (header, field) => {
    expect(fieldForHeader('demand', header)).toBe(field);
  });

  it('maps each field to its first column only and ignores unknown headers', () => {
    expect(suggestMapping('seekers', ['姓名', '手机', '电话', '爱好'])).toEqual([
      'name',
      'phone',
      null,
      null,
    ]);
  });
});

describe('detectHeader', () => {
  const roster = [
    ['巴东县2022年“春风行动”点对点输送报名花名册', null, null],
    [null, null, null],
    ['序号', '姓 名', '公民身份号码', '手机号码', '所在乡镇'],
    [1, '易玲波', '422823200301296461', '13794571255', '东瀼口镇'],
  ];

  it('finds the header below title and blank rows', () => {
    const h = detectHeader(roster)!;
    expect(h.rowIndex).toBe(2);
    expect(h.kind).toBe('seekers');
    expect(h.mapping).toEqual(['seq', 'name', 'idNumber', 'phone', 'town']);
  });

  it('tells a demand sheet by its headers', () => {
    const h = detectHeader([['企业名称', '岗位', '需求人数', '开始日期']])!;
    expect(h.kind).toBe('demand');
  });

  it('finds nothing without the required columns', () => {
    expect(
      detectHeader([
        ['a', 'b'],
        ['姓名', '备注'],
      ]),
    ).toBeNull();
  });

  it('reports required fields a mapping lacks, and cleans a user mapping', () => {
    expect(missingFields('seekers', ['name', null, 'phone'])).toEqual(['idNumber']);
    expect(cleanMapping('seekers', ['name', 'name', 'post', 'bogus', null])).toEqual([
      'name',
      null,
      null,
      null,
      null,
    ]);
  });
});
