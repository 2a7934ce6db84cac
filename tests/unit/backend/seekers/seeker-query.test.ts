import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import type { ChannelInput } from '../../../../shared/contract/channels';
import { idCheckChar } from '../../../../shared/domain/id-number';
import { auditText } from '../../support/audit-text';
import { fakeClock } from '../../support/clock';
import { call } from '../../support/fixtures';
import { createEnterprise, register, step, validId } from '../../support/seekers';
import { tempDirs } from '../../support/temp-dir';

const dirs = tempDirs();
const clock = fakeClock('2022-03-10T02:00:00.000Z');
let backend: Backend;
let luxshare: string;
let huaxin: string;
const ids: Record<string, string> = {};

/** A Hefeng ID whose check character is X, to search by a tail typed with a lower-case x. */
function idEndingInX(): string {
  for (let seq = 100; seq < 1000; seq += 2) {
    const first17 = `42282819750909${seq}`;
    if (idCheckChar(first17) === 'X') return `${first17}X`;
  }
  throw new Error('no X');
}
const ID = {
  xiangmin: validId('422823', '19900115', '124'),
  tianjun: validId('422823', '19850704', '233'),
  tanxiaoyan: validId('422801', '19980505', '342'),
  qinwei: validId('422801', '20001212', '451'),
  yangchunmei: idEndingInX(),
  xiangdong: validId('422828', '19950303', '671'),
};

beforeAll(async () => {
  backend = await Backend.open({ dataDir: dirs.make(), clock: clock.now });
  await call(backend, 'settings.update', { operatorName: '王主任', stableDays: 15 });
  luxshare = await createEnterprise(backend, '立讯精密工业（恩施）有限公司');
  huaxin = await createEnterprise(backend, '恩施华鑫科技有限公司');
  const people: [string, Partial<ChannelInput<'seekers.register'>>][] = [
    ['xiangmin', { name: '向敏', phone: '13712341255', intendedEnterpriseId: luxshare, prefNearHome: true }],
    ['tianjun', { name: '田军', phone: '13900001111', town: '信陵镇' }],
    [
      'tanxiaoyan',
      {
        name: '谭小燕',
        phone: '15012345678',
        countyCode: '422801',
        town: '龙凤镇',
        prefMothersLine: true,
        intendedEnterpriseId: huaxin,
      },
    ],
    ['qinwei', { name: '覃伟', phone: '18612349999', countyCode: '422801', town: '龙凤镇' }],
    ['yangchunmei', { name: '杨春梅', phone: '19912345678', countyCode: '422828', town: '容美镇' }],
    ['xiangdong', { name: '向东', phone: '13312340000', countyCode: '422828', town: '容美镇' }],
  ];
  for (const [key, input] of people)
    ids[key] = await register(backend, { idNumber: ID[key as keyof typeof ID], ...input });
  const { xiangmin, tianjun, tanxiaoyan, qinwei, yangchunmei, xiangdong } = ids as Record<
    keyof typeof ID,
    string
  >;
  await step(backend, [xiangmin, tianjun, tanxiaoyan, qinwei, yangchunmei], 'verified', '2022-02-12');
  await step(backend, [xiangmin, tanxiaoyan, qinwei], 'transported', '2022-02-15');
  await step(backend, [qinwei], 'transported', '2022-02-25');
  await step(backend, [xiangmin], 'interview_passed', '2022-02-15', { enterpriseId: luxshare });
  await step(backend, [tanxiaoyan], 'interview_passed', '2022-02-26', { enterpriseId: huaxin });
  await step(backend, [xiangmin], 'exam_passed', '2022-02-16');
  await step(backend, [tanxiaoyan], 'exam_passed', '2022-02-27');
  await step(backend, [xiangmin], 'training_completed', '2022-02-18');
  await step(backend, [tanxiaoyan], 'training_completed', '2022-02-28');
  await step(backend, [xiangmin], 'employed', '2022-02-20', { enterpriseId: luxshare, post: '普工' });
  await step(backend, [tanxiaoyan], 'employed', '2022-03-01', { enterpriseId: huaxin, post: '普工' });
  await step(backend, [yangchunmei], 'withdrawn', '2022-02-20');
  await call(backend, 'seekers.link', { id: yangchunmei, partnerId: xiangdong });
});
afterAll(async () => {
  await backend.close();
  dirs.cleanup();
});

type Query = ChannelInput<'seekers.query'>;
const names = async (query: Query) => (await call(backend, 'seekers.query', query)).rows.map((r) => r.name);
const matching = async (filter: Query['filter']) => (await names({ filter, limit: 1000 })).sort();

describe('the job-seeker grid query', () => {
  it('lists everyone, newest registration first, with the total', async () => {
    const r = await call(backend, 'seekers.query', {});
    expect(r.total).toBe(6);
    expect(r.rows.map((x) => x.name)).toEqual(['向东', '杨春梅', '覃伟', '谭小燕', '田军', '向敏']);
  });

  it('pages', async () => {
    const r = await call(backend, 'seekers.query', { offset: 2, limit: 2 });
    expect(r).toMatchObject({ total: 6 });
    expect(r.rows.map((x) => x.name)).toEqual(['覃伟', '谭小燕']);
  });

  it('masks ID numbers and phones in every row', async () => {
    const { rows } = await call(backend, 'seekers.query', {});
    const text = JSON.stringify(rows);
    for (const id of Object.values(ID)) expect(text).not.toContain(id);
    for (const phone of ['13712341255', '13900001111', '15012345678']) expect(text).not.toContain(phone);
    for (const r of rows) {
      expect(r.idMasked).toMatch(/^4228\d{2}\*{8}[\dX]{4}$/);
      expect(r.phoneMasked).toMatch(/^1\d{2}\*{4}\d{4}$/);
    }
  });

  it('carries the current state: stage, stable, enterprise, trips, partner', async () => {
    const { rows } = await call(backend, 'seekers.query', {});
    const by = Object.fromEntries(rows.map((r) => [r.name, r]));
    expect(by['向敏']).toMatchObject({
      stage: 'employed',
      stageDate: '2022-02-20',
      stable: true,
      enterpriseId: luxshare,
      trips: 1,
    });
    expect(by['谭小燕']).toMatchObject({
      stage: 'employed',
      stable: false,
      enterpriseName: '恩施华鑫科技有限公司',
    });
    expect(by['覃伟']).toMatchObject({ stage: 'transported', trips: 2, enterpriseId: null });
    expect(by['杨春梅']).toMatchObject({ stage: 'withdrawn', partnerId: ids.xiangdong, partnerName: '向东' });
    expect(by['向东']).toMatchObject({ stage: 'signed_up', partnerName: '杨春梅', age: 27 });
  });

  it('filters by county and town', async () => {
    expect(await matching({ countyCode: '422801' })).toEqual(['覃伟', '谭小燕'].sort());
    expect(await matching({ town: '龙凤镇' })).toEqual(['覃伟', '谭小燕'].sort());
    expect(await matching({ countyCode: '422823', town: '信陵镇' })).toEqual(['田军']);
    expect(await matching({ countyCode: '422802' })).toEqual([]);
  });

  it('filters by stage, "stable" being employed long enough', async () => {
    expect(await matching({ stage: 'employed' })).toEqual(['向敏', '谭小燕'].sort());
    expect(await matching({ stage: 'stable' })).toEqual(['向敏']);
    expect(await matching({ stage: 'verified' })).toEqual(['田军']);
    expect(await matching({ stage: 'signed_up' })).toEqual(['向东']);
  });

  it('filters the people on their way (在途): verified up to trained', async () => {
    expect(await matching({ stage: 'on_the_way' })).toEqual(['田军', '覃伟'].sort());
  });

  it('filters by enterprise, and "any" for those not placed who take any enterprise', async () => {
    expect(await matching({ enterpriseId: luxshare })).toEqual(['向敏']);
    expect(await matching({ enterpriseId: huaxin })).toEqual(['谭小燕']);
    expect(await matching({ enterpriseId: 'any' })).toEqual(['向东', '杨春梅', '田军', '覃伟'].sort());
  });

  it('filters by preference', async () => {
    expect(await matching({ preference: 'near_home' })).toEqual(['向敏']);
    expect(await matching({ preference: 'mothers_line' })).toEqual(['谭小燕']);
    expect(await matching({ preference: 'couple' })).toEqual(['向东', '杨春梅'].sort());
  });

  it('searches a name by any part of it', async () => {
    expect(await matching({ search: '敏' })).toEqual(['向敏']);
    expect(await matching({ search: '向' })).toEqual(['向东', '向敏'].sort());
    expect(await matching({ search: ' 小燕 ' })).toEqual(['谭小燕']);
  });

  it('searches the last four digits of the ID number exactly (full-width and lower-case x too)', async () => {
    expect(await matching({ search: ID.tanxiaoyan.slice(-4) })).toContain('谭小燕');
    expect(await matching({ search: ID.yangchunmei.slice(-4).toLowerCase() })).toEqual(['杨春梅']);
    const fullWidth = ID.qinwei
      .slice(-4)
      .replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    expect(await matching({ search: fullWidth })).toContain('覃伟');
    // Neither the middle of an ID number nor a longer tail narrows the hidden digits.
    expect(await matching({ search: ID.xiangmin.slice(6, 14) })).toEqual([]);
    expect(await matching({ search: ID.tanxiaoyan.slice(-6) })).toEqual([]);
    expect(await matching({ search: ID.tanxiaoyan.slice(-5) })).toEqual([]);
  });

  it('searches the last four digits of the phone, never digits elsewhere in it', async () => {
    expect(await matching({ search: '1111' })).toEqual(['田军']);
    expect(await matching({ search: '0000111' })).toEqual([]);
    expect(await matching({ search: '137 1234' })).toEqual([]);
    expect(await matching({ search: '12349999' })).toEqual([]);
    expect(await matching({ search: '1234' })).toEqual([]);
    expect(await matching({ search: '137' })).toEqual([]);
  });

  it('finds a whole ID number or phone only through the audited lookup, never through a read', async () => {
    for (const search of [ID.qinwei, '18612349999', '186 1234 9999']) {
      const refused = await backend.invoke('seekers.query', { filter: { search } });
      expect(refused.ok ? null : refused.error.issues, search).toEqual([
        { path: ['search'], message: 'v.search_whole_number' },
      ]);
    }
    const before = (await call(backend, 'audit.list', { limit: 500 })).length;
    const byId = await call(backend, 'seekers.lookup', { number: ID.qinwei });
    const byPhone = await call(backend, 'seekers.lookup', { number: '186-1234-9999' });
    expect(byId.ids).toHaveLength(1);
    expect(byPhone.ids).toEqual(byId.ids);
    expect(await names({ filter: { ids: byId.ids } })).toEqual(['覃伟']);
    const audit = await call(backend, 'audit.list', { limit: 500 });
    expect(audit.length).toBe(before + 2);
    expect(audit.slice(0, 2).map((a) => [a.action, auditText(a.summary, 'en')])).toEqual([
      ['seekers.lookup', 'Phone 186****9999 looked up: 1 person found'],
      [
        'seekers.lookup',
        `ID number ${ID.qinwei.slice(0, 6)}********${ID.qinwei.slice(-4)} looked up: 1 person found`,
      ],
    ]);
    // Anything but a whole number is refused by the lookup.
    const partial = await backend.invoke('seekers.lookup', { number: '12349999' });
    expect(partial.ok ? null : partial.error.issues).toEqual([
      { path: ['number'], message: 'v.lookup_whole_number' },
    ]);
  });

  it('takes search characters literally and combines search with filters', async () => {
    expect(await matching({ search: '%' })).toEqual([]);
    expect(await matching({ search: '_' })).toEqual([]);
    expect(await matching({ search: '向', countyCode: '422828' })).toEqual(['向东']);
  });

  it('sorts by any grid column, then newest first', async () => {
    expect(await names({ sort: [{ colId: 'age', sort: 'asc' }] })).toEqual([
      '覃伟',
      '谭小燕',
      '向东',
      '向敏',
      '田军',
      '杨春梅',
    ]);
    expect((await names({ sort: [{ colId: 'trips', sort: 'desc' }] }))[0]).toBe('覃伟');
    expect(await names({ sort: [{ colId: 'stage', sort: 'asc' }] })).toEqual([
      '向东',
      '田军',
      '覃伟',
      '谭小燕',
      '向敏',
      '杨春梅',
    ]);
    // Chinese names sort by code point: 立 (U+7ACB) after 恩 (U+6069).
    expect((await names({ sort: [{ colId: 'enterpriseName', sort: 'desc' }] })).slice(0, 2)).toEqual([
      '向敏',
      '谭小燕',
    ]);
    const byCounty = await names({
      sort: [
        { colId: 'countyCode', sort: 'asc' },
        { colId: 'name', sort: 'asc' },
      ],
    });
    expect(byCounty.slice(0, 2)).toEqual(['覃伟', '谭小燕'].sort());
  });

  it('selects every matching id for bulk actions', async () => {
    for (const filter of [{}, { countyCode: '422801' }, { stage: 'employed' as const }, { search: '向' }]) {
      const { ids: selected } = await call(backend, 'seekers.selectIds', { filter });
      const { rows } = await call(backend, 'seekers.query', { filter, limit: 1000 });
      expect(selected).toEqual(rows.map((r) => r.id));
    }
  });

  it('finds people by pasted ID numbers, as given', async () => {
    const typed = ID.yangchunmei.toLowerCase();
    const r = await call(backend, 'seekers.findByIdNumbers', {
      idNumbers: [typed, ` ${ID.xiangmin} `, '110105194912310021', typed, ''],
    });
    expect(r.found).toEqual([
      { idNumber: typed, seekerId: ids.yangchunmei, name: '杨春梅', stage: 'withdrawn' },
      { idNumber: ID.xiangmin, seekerId: ids.xiangmin, name: '向敏', stage: 'employed' },
    ]);
    expect(r.notFound).toEqual(['110105194912310021']);
  });
});
