import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import { fakeClock } from '../../support/clock';
import { call, errorOf } from '../../support/fixtures';
import { auditText } from '../../support/audit-text';
import { createEnterprise, register, seekerInput, step, validId } from '../../support/seekers';
import { tempDirs } from '../../support/temp-dir';

const dirs = tempDirs();
const clock = fakeClock('2022-03-10T02:00:00.000Z');
let backend: Backend;
let luxshare: string;

beforeAll(async () => {
  backend = await Backend.open({ dataDir: dirs.make(), clock: clock.now });
  await call(backend, 'settings.update', { operatorName: '王主任' });
  luxshare = await createEnterprise(backend, '立讯精密工业（恩施）有限公司');
});
afterAll(async () => {
  await backend.close();
  dirs.cleanup();
});

const auditActions = async () => (await call(backend, 'audit.list', { limit: 500 })).map((e) => e.action);
const countOf = async (filter: Record<string, unknown> = {}) =>
  (await call(backend, 'seekers.query', { filter: { ...filter }, limit: 1 })).total;

describe('registering a job seeker', () => {
  const id = validId('422823', '19900115', '124');

  it('creates the person with gender and age from the ID (not the birth date), a registration and the sign-up step', async () => {
    const r = await call(
      backend,
      'seekers.register',
      seekerInput({ idNumber: id, intendedEnterpriseId: luxshare }),
    );
    expect(r.created).toBe(true);
    expect(r.firstRegistration).toBeNull();
    // The birth date is the masked middle of the ID number: it comes only with the audited reveal.
    expect(r.seeker).not.toHaveProperty('birthDate');
    expect(JSON.stringify(r)).not.toContain('1990-01-15');
    expect(r.seeker).toMatchObject({
      name: '向敏',
      gender: 'female',
      age: 32,
      idMasked: `422823********${id.slice(-4)}`,
      phoneMasked: '137****1255',
      countyCode: '422823',
      town: '野三关镇',
      village: '青龙村',
      stage: 'signed_up',
      stageDate: '2022-02-10',
      stable: false,
      enterpriseId: luxshare,
      enterpriseName: '立讯精密工业（恩施）有限公司',
      intendedEnterpriseId: luxshare,
      trips: 0,
      partnerId: null,
      signedUpOn: '2022-02-10',
      signedUpAt: '青龙村委会',
      entryDate: null,
    });
    expect(r.seeker.events).toEqual([
      expect.objectContaining({ type: 'signed_up', date: '2022-02-10', recordedBy: '王主任', voided: false }),
    ]);
    expect(r.seeker.registrations).toEqual([
      expect.objectContaining({
        signedUpOn: '2022-02-10',
        signedUpAt: '青龙村委会',
        source: 'form',
        recordedBy: '王主任',
      }),
    ]);
    expect(JSON.stringify(r.seeker)).not.toContain(id);
  });

  it('audits the registration with the ID masked', async () => {
    const entries = await call(backend, 'audit.list', {});
    const entry = entries.find((e) => e.action === 'seekers.register');
    expect(entry).toMatchObject({ operator: '王主任', entity: 'seeker' });
    expect(auditText(entry!.summary)).toContain('422823********');
    expect(JSON.stringify(entry?.summary)).not.toContain(id);
  });

  it('treats a second registration of the same ID (full-width, lower-case x) as the same person', async () => {
    const xId = validId('422823', '19850704', '233');
    const first = await call(
      backend,
      'seekers.register',
      seekerInput({ idNumber: xId, name: '田军', signedUpOn: '2022-02-11' }),
    );
    const typed = xId.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).toLowerCase();
    const again = await call(
      backend,
      'seekers.register',
      seekerInput({
        idNumber: ` ${typed} `,
        name: '田军',
        signedUpOn: '2022-03-01',
        signedUpAt: '巴东县春风行动专场招聘会',
        channel: 'job_fair',
      }),
    );
    expect(again.created).toBe(false);
    expect(again.seeker.id).toBe(first.seeker.id);
    expect(again.firstRegistration).toMatchObject({ signedUpOn: '2022-02-11', signedUpAt: '青龙村委会' });
    expect(again.seeker).toMatchObject({
      name: '田军',
      phoneMasked: '137****1255',
      signedUpOn: '2022-02-11',
    });
    expect(again.seeker.registrations.map((r) => [r.signedUpOn, r.signedUpAt, r.channel])).toEqual([
      ['2022-02-11', '青龙村委会', 'point_to_point'],
      ['2022-03-01', '巴东县春风行动专场招聘会', 'job_fair'],
    ]);
    expect(again.seeker.events.map((e) => e.type)).toEqual(['signed_up']);
    expect(await auditActions()).toContain('seekers.registerAgain');
  });

  describe('a second registration that brings other values', () => {
    const knownId = validId('422823', '19870921', '335');
    const later = {
      idNumber: knownId,
      name: '谭桂华',
      phone: '13988886666',
      village: '青树村',
      town: '',
      signedUpOn: '2022-03-02',
      signedUpAt: '招聘会',
      channel: 'job_fair' as const,
    };

    beforeAll(async () => {
      await register(backend, { idNumber: knownId, name: '谭桂花', phone: '13712341255', village: '' });
    });

    it('is refused, changing nothing, and says how many values differ', async () => {
      const before = (await call(backend, 'seekers.findByIdNumbers', { idNumbers: [knownId] })).found[0]!;
      const e = errorOf(await backend.invoke('seekers.register', seekerInput(later)));
      expect(e).toMatchObject({ code: 'conflict', message: 'v.registration_differs', params: { count: 3 } });
      const person = await call(backend, 'seekers.get', { id: before.seekerId });
      expect(person).toMatchObject({ name: '谭桂花', phoneMasked: '137****1255', village: '' });
      expect(person.registrations).toHaveLength(1);
    });

    it('shows the differences with phones masked, a blank new value being no difference', async () => {
      const c = await call(backend, 'seekers.compareRegistration', seekerInput(later));
      expect(c.existing).toMatchObject({ name: '谭桂花', idMasked: expect.stringMatching(/^422823\*{8}/) });
      expect(c.existing?.firstRegistration).toMatchObject({ signedUpOn: '2022-02-10' });
      expect(c.differences).toEqual([
        { field: 'name', stored: '谭桂花', incoming: '谭桂华' },
        { field: 'phone', stored: '137****1255', incoming: '139****6666' },
        { field: 'village', stored: '', incoming: '青树村' },
      ]);
      expect(JSON.stringify(c)).not.toContain('13988886666');
      const unknown = await call(
        backend,
        'seekers.compareRegistration',
        seekerInput({ idNumber: validId('422823', '19870921', '337') }),
      );
      expect(unknown).toEqual({ existing: null, differences: [] });
      // Each asks whether a whole ID number is on file: both are on record.
      const audit = await call(backend, 'audit.list', { limit: 2 });
      expect(
        audit.map((a) => [a.action, auditText(a.summary, 'en').replace(/\d{6}\*{8}[\dX]{4}/, 'ID')]),
      ).toEqual([
        ['seekers.compareRegistration', 'ID number ID: not on file'],
        ['seekers.compareRegistration', 'ID number ID: on file'],
      ]);
    });

    it('needs a choice for every difference', async () => {
      const e = errorOf(
        await backend.invoke('seekers.registerAgain', {
          person: seekerInput(later),
          keep: { phone: 'incoming' },
        }),
      );
      expect(e).toMatchObject({ code: 'conflict', message: 'v.registration_choose', params: { count: 2 } });
    });

    it('keeps the values chosen, adds the registration and audits the choice', async () => {
      const r = await call(backend, 'seekers.registerAgain', {
        person: seekerInput(later),
        keep: { phone: 'incoming', village: 'incoming', name: 'stored' },
      });
      expect(r.created).toBe(false);
      expect(r.seeker).toMatchObject({ name: '谭桂花', phoneMasked: '139****6666', village: '青树村' });
      expect(r.seeker.registrations.map((x) => x.signedUpAt)).toEqual(['青龙村委会', '招聘会']);
      const entry = (await call(backend, 'audit.list', { limit: 1 }))[0]!;
      expect(entry).toMatchObject({ action: 'seekers.registerAgain', entityId: r.seeker.id });
      const text = auditText(entry.summary);
      expect(text).toContain('mobile changed from “137****1255” to “139****6666”');
      expect(text).toContain('village changed from “none” to “青树村”');
      expect(text).toContain('name kept as “谭桂花” (not changed to “谭桂华”)');
      expect(JSON.stringify(entry.summary)).not.toContain('13988886666');
    });
  });

  it.each([
    [
      'a wrong check digit',
      { idNumber: validId('422823', '19900115', '124').slice(0, 17) + '0' },
      'idNumber',
      'v.id_checksum',
    ],
    [
      'an impossible birth date',
      { idNumber: validId('422823', '19490229', '124') },
      'idNumber',
      'v.id_birthdate',
    ],
    ['a precision-lost ID', { idNumber: '4.22823E+17' }, 'idNumber', 'v.id_precision_lost'],
    [
      'a gender that contradicts the ID',
      { idNumber: validId('422823', '19900115', '126'), gender: 'male' as const },
      'gender',
      'v.gender_mismatch',
    ],
    [
      'an age that contradicts the ID',
      { idNumber: validId('422823', '19900115', '126'), age: 40 },
      'age',
      'v.age_mismatch',
    ],
    [
      'a bad mobile',
      { idNumber: validId('422823', '19900115', '126'), phone: '0718-8295923' },
      'phone',
      'v.phone_invalid',
    ],
    [
      'an unknown enterprise',
      {
        idNumber: validId('422823', '19900115', '126'),
        intendedEnterpriseId: '7d3c1f4e-1111-4a2b-8c3d-0123456789ab',
      },
      'intendedEnterpriseId',
      'v.enterprise_unknown',
    ],
    [
      'a sign-up date in the future',
      { idNumber: validId('422823', '19900115', '126'), signedUpOn: '2022-03-11' },
      'signedUpOn',
      'v.date_future',
    ],
  ])('refuses %s, next to the field, writing nothing', async (_label, overrides, path, message) => {
    const before = { total: await countOf(), audit: (await auditActions()).length };
    const error = errorOf(await backend.invoke('seekers.register', seekerInput(overrides)));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([{ path: [path], message }]);
    expect({ total: await countOf(), audit: (await auditActions()).length }).toEqual(before);
  });
});

describe('editing a job seeker', () => {
  let id: string;
  beforeAll(async () => {
    id = await register(backend, {
      idNumber: validId('422801', '19920301', '351'),
      name: '谭伟',
      countyCode: '422801',
    });
  });

  it('saves the fields and audits the changes with phones masked', async () => {
    const current = await call(backend, 'seekers.get', { id });
    const updated = await call(backend, 'seekers.update', {
      id,
      name: '谭伟',
      phone: '+86 150-1234-5678',
      countyCode: '422801',
      town: '龙凤镇',
      village: '青树村',
      intendedEnterpriseId: luxshare,
      previousWork: '深圳电子厂',
      notes: '会开叉车',
      prefNearHome: true,
      prefMothersLine: false,
      channel: current.channel,
      signedUpOn: current.signedUpOn,
      signedUpAt: current.signedUpAt,
    });
    expect(updated).toMatchObject({
      town: '龙凤镇',
      phoneMasked: '150****5678',
      prefNearHome: true,
      previousWork: '深圳电子厂',
      intendedEnterpriseId: luxshare,
      enterpriseId: luxshare,
    });
    const entry = (await call(backend, 'audit.list', {})).find((e) => e.action === 'seekers.update');
    expect(auditText(entry!.summary)).toContain('mobile changed from “137****1255” to “150****5678”');
    expect(JSON.stringify(entry?.summary)).not.toContain('15012345678');
    expect(JSON.stringify(entry?.summary)).not.toContain('13712341255');
  });

  it('keeps the stored phone when the edit leaves it blank or out, and reveals nothing', async () => {
    const current = await call(backend, 'seekers.get', { id });
    const { phoneMasked, ...rest } = current;
    const edit = {
      id,
      name: rest.name,
      countyCode: rest.countyCode,
      town: '团堡镇',
      village: rest.village,
      intendedEnterpriseId: rest.intendedEnterpriseId,
      previousWork: rest.previousWork,
      notes: rest.notes,
      prefNearHome: rest.prefNearHome,
      prefMothersLine: rest.prefMothersLine,
      channel: rest.channel,
      signedUpOn: rest.signedUpOn,
      signedUpAt: rest.signedUpAt,
    };
    expect(await call(backend, 'seekers.update', { ...edit, phone: '' })).toMatchObject({
      town: '团堡镇',
      phoneMasked,
    });
    expect(await call(backend, 'seekers.update', { ...edit, town: '龙凤镇' })).toMatchObject({ phoneMasked });
    const audit = await call(backend, 'audit.list', {});
    expect(audit.filter((e) => e.action === 'seekers.reveal')).toEqual([]);
    const bad = errorOf(await backend.invoke('seekers.update', { ...edit, phone: '12345' }));
    expect(bad.issues).toEqual([expect.objectContaining({ path: ['phone'], message: 'v.phone_invalid' })]);
  });

  it('moves the sign-up step with the sign-up date, but not past the next step', async () => {
    const current = await call(backend, 'seekers.get', { id });
    const edit = { ...current, id };
    const input = {
      id,
      name: edit.name,
      phone: '15012345678',
      countyCode: edit.countyCode,
      town: edit.town,
      village: edit.village,
      intendedEnterpriseId: edit.intendedEnterpriseId,
      previousWork: edit.previousWork,
      notes: edit.notes,
      prefNearHome: edit.prefNearHome,
      prefMothersLine: edit.prefMothersLine,
      channel: edit.channel,
      signedUpAt: edit.signedUpAt,
    };
    const moved = await call(backend, 'seekers.update', { ...input, signedUpOn: '2022-02-08' });
    expect(moved.events[0]).toMatchObject({ type: 'signed_up', date: '2022-02-08' });
    expect(moved.registrations[0]?.signedUpOn).toBe('2022-02-08');
    await step(backend, [id], 'verified', '2022-02-12');
    const error = errorOf(await backend.invoke('seekers.update', { ...input, signedUpOn: '2022-02-13' }));
    expect(error.issues).toEqual([{ path: ['signedUpOn'], message: 'v.signup_after_next' }]);
  });

  it('cannot change the ID number', async () => {
    const current = await call(backend, 'seekers.get', { id });
    const error = errorOf(
      await backend.invoke('seekers.update', { ...seekerInput(), id, signedUpOn: current.signedUpOn }),
    );
    expect(error.code).toBe('invalid_input');
  });

  it('answers not_found for someone who does not exist', async () => {
    expect(
      errorOf(await backend.invoke('seekers.get', { id: '7d3c1f4e-1111-4a2b-8c3d-0123456789ab' })).code,
    ).toBe('not_found');
  });
});

describe('showing a full ID number or phone', () => {
  it('answers the value and audits who saw whose', async () => {
    const idNumber = validId('422828', '19880808', '517');
    const id = await register(backend, {
      idNumber,
      name: '覃海波',
      countyCode: '422828',
      phone: '18912345678',
    });
    expect(await call(backend, 'seekers.reveal', { id, field: 'idNumber' })).toEqual({ value: idNumber });
    expect(await call(backend, 'seekers.reveal', { id, field: 'phone' })).toEqual({ value: '18912345678' });
    const reveals = (await call(backend, 'audit.list', {})).filter((e) => e.action === 'seekers.reveal');
    expect(reveals.slice(0, 2).map((e) => [e.operator, e.entityId, auditText(e.summary, 'zh-CN')])).toEqual([
      ['王主任', id, '查看了覃海波的完整手机号（189****5678）'],
      ['王主任', id, `查看了覃海波的完整身份证号（422828********${idNumber.slice(-4)}）`],
    ]);
  });
});

describe('couples (夫妻档)', () => {
  let husband: string;
  let wife: string;
  let other: string;
  beforeAll(async () => {
    husband = await register(backend, {
      idNumber: validId('422827', '19870202', '013'),
      name: '杨建国',
      countyCode: '422827',
    });
    wife = await register(backend, {
      idNumber: validId('422827', '19890303', '024'),
      name: '彭春梅',
      countyCode: '422827',
    });
    other = await register(backend, {
      idNumber: validId('422827', '19900404', '035'),
      name: '胡勇',
      countyCode: '422827',
    });
  });

  it('links both people', async () => {
    const h = await call(backend, 'seekers.link', { id: husband, partnerId: wife });
    expect(h).toMatchObject({ partnerId: wife, partnerName: '彭春梅' });
    expect(await call(backend, 'seekers.get', { id: wife })).toMatchObject({
      partnerId: husband,
      partnerName: '杨建国',
    });
    expect(await countOf({ preference: 'couple' })).toBe(2);
  });

  it('refuses to link someone already linked to another person, saying with whom', async () => {
    const fromTaken = errorOf(await backend.invoke('seekers.link', { id: wife, partnerId: other }));
    expect(fromTaken).toMatchObject({
      code: 'conflict',
      message: 'v.partner_taken',
      params: { name: '彭春梅', partner: '杨建国' },
    });
    const toTaken = errorOf(await backend.invoke('seekers.link', { id: other, partnerId: husband }));
    expect(toTaken).toMatchObject({
      message: 'v.partner_taken',
      params: { name: '杨建国', partner: '彭春梅' },
    });
    expect(await call(backend, 'seekers.get', { id: other })).toMatchObject({ partnerId: null });
  });

  it('refuses to link a person with themselves', async () => {
    const error = errorOf(await backend.invoke('seekers.link', { id: other, partnerId: other }));
    expect(error.issues).toEqual([{ path: ['partnerId'], message: 'v.partner_self' }]);
  });

  it('stays linked through steps and edits; linking again changes nothing', async () => {
    const links = async () => (await auditActions()).filter((a) => a === 'seekers.link').length;
    const before = await links();
    await call(backend, 'seekers.link', { id: wife, partnerId: husband });
    expect(await links()).toBe(before);
    await step(backend, [husband, wife], 'verified', '2022-02-12');
    await step(backend, [husband, wife], 'transported', '2022-02-14');
    expect(await call(backend, 'seekers.get', { id: husband })).toMatchObject({ partnerId: wife, trips: 1 });
    expect(await call(backend, 'seekers.get', { id: wife })).toMatchObject({ partnerId: husband, trips: 1 });
  });

  it('unlinks both sides', async () => {
    await call(backend, 'seekers.link', { id: wife, partnerId: null });
    expect(await call(backend, 'seekers.get', { id: husband })).toMatchObject({ partnerId: null });
    expect(await call(backend, 'seekers.get', { id: wife })).toMatchObject({ partnerId: null });
    expect(await auditActions()).toContain('seekers.unlink');
  });
});
