import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../electron/backend/backend';
import { fakeClock } from '../support/clock';
import { call } from '../support/fixtures';
import { READ_CHANNELS, readInputs, type ReadInputs } from '../support/read-inputs';
import { tempDirs } from '../support/temp-dir';

interface Person {
  id: string;
  idNumber: string;
  phone: string;
  birthDate: string;
}

/** A file an answer carries (.xlsx, .csv), as the text of its cells, so that it is checked too. */
async function withFileText(data: unknown): Promise<unknown> {
  const file = data as { fileName?: unknown; base64?: unknown };
  if (typeof file?.base64 !== 'string' || typeof file.fileName !== 'string') return data;
  const bytes = Buffer.from(file.base64, 'base64');
  if (file.fileName.endsWith('.csv')) return { ...file, base64: bytes.toString('utf8') };
  if (!file.fileName.endsWith('.xlsx')) return data;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: string[] = [];
  book.eachSheet((sheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.text)))),
  );
  return { ...file, base64: cells };
}

/** Everything in one answer that would let a masked ID number or phone be completed. */
function leaks(data: unknown, people: Person[]): string[] {
  const found: string[] = [];
  // Record ids are UUIDs, whose hex may hold a run of digits: they are not personal data.
  const text = JSON.stringify(data).replace(/[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}/gi, '');
  const byUuid = new Map(people.map((p) => [p.id, p]));
  const byMask = new Map<string, Person[]>();
  for (const p of people) {
    const key = `${p.idNumber.slice(0, 6)}${p.idNumber.slice(-4)}`;
    byMask.set(key, [...(byMask.get(key) ?? []), p]);
  }
  const middles = new Set(people.map((p) => p.idNumber.slice(6, 14)));
  const phones = new Set(people.map((p) => p.phone));

  for (const m of text.matchAll(/(?<![\dX])\d{17}[\dX](?![\dX])/gi)) found.push(`an ID number ${m[0]}`);
  // Drivers' and escorts' phones are staff contacts, shown in full: a job seeker's is masked.
  for (const m of text.matchAll(/(?<!\d)1[3-9]\d{9}(?!\d)/g)) {
    if (phones.has(m[0])) found.push(`a job seeker's phone ${m[0]}`);
  }
  for (const m of text.matchAll(/(?<!\d)\d{8}(?!\d)/g)) {
    if (middles.has(m[0])) found.push(`an ID number's middle digits ${m[0]}`);
  }

  // An object that names a person (by id or masked ID) must not carry that person's birth date.
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    const entries = Object.entries(value as Record<string, unknown>);
    const named: Person[] = [];
    for (const [, v] of entries) {
      if (typeof v !== 'string') continue;
      const person = byUuid.get(v);
      if (person) named.push(person);
      const mask = /^(\d{6})\*+(\d{3}[\dX])$/.exec(v);
      if (mask) named.push(...(byMask.get(`${mask[1]}${mask[2]}`) ?? []));
    }
    for (const person of named) {
      const compact = person.birthDate.replace(/-/g, '');
      for (const [key, v] of entries) {
        if (typeof v === 'string' && (v.includes(person.birthDate) || v.includes(compact)))
          found.push(`${key}: the birth date of ${person.idNumber.slice(0, 6)}…`);
      }
    }
    entries.forEach(([, v]) => walk(v));
  };
  walk(data);
  return found;
}

describe('masks that hide', () => {
  const dirs = tempDirs();
  const clock = fakeClock('2026-02-11T08:00:00.000Z');
  let backend: Backend;
  let people: Person[];

  beforeAll(async () => {
    backend = await Backend.open({ dataDir: dirs.make(), clock: clock.now });
    await call(backend, 'demo.load', {});
    people = backend.store.db.all<Person>(
      'SELECT id, id_number AS idNumber, phone, birth_date AS birthDate FROM seekers',
    );
  }, 60_000);
  afterAll(async () => {
    await backend.close();
    dirs.cleanup();
  });

  it('finds a leak where there is one (the check itself works)', () => {
    const p = people[0]!;
    const masked = `${p.idNumber.slice(0, 6)}********${p.idNumber.slice(-4)}`;
    expect(leaks({ idMasked: masked, birthDate: p.birthDate }, people)).toHaveLength(1);
    expect(leaks({ note: `call ${p.phone}` }, people)).toHaveLength(1);
    expect(leaks({ note: p.idNumber }, people).length).toBeGreaterThan(0);
    expect(leaks({ note: `x${p.idNumber.slice(6, 14)}y` }, people)).toHaveLength(1);
    expect(leaks({ idMasked: masked, age: 40 }, people)).toEqual([]);
  });

  it('lets no read channel answer with anything that completes a masked ID number or phone', async () => {
    const inputs: Partial<ReadInputs> = await readInputs(backend);
    expect(READ_CHANNELS.filter((c) => !(c in inputs))).toEqual([]);
    const found: Record<string, string[]> = {};
    for (const channel of READ_CHANNELS) {
      const result = await backend.invoke(channel, inputs[channel]);
      expect(result.ok ? null : result.error, channel).toBeNull();
      const leaked = leaks(await withFileText(result.ok ? result.data : null), people);
      if (leaked.length > 0) found[channel] = [...new Set(leaked)].slice(0, 3);
    }
    expect(found).toEqual({});
  }, 60_000);
});
