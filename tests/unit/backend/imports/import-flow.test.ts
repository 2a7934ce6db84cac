import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import type { z } from 'zod';
import { contract, type ChannelOutput } from '../../../../shared/contract/channels';
import { UPLOAD_CHUNK_BYTES } from '../../../../shared/contract/imports';
import { fakeClock } from '../../support/clock';
import { call, enterpriseInput, errorOf } from '../../support/fixtures';
import { tempDirs } from '../../support/temp-dir';
import { DEMO_ENTERPRISES, sample } from './samples';

const dirs = tempDirs();
const clock = fakeClock('2022-03-01T08:00:00.000Z');
let backend: Backend;

beforeAll(async () => {
  backend = await Backend.open({ dataDir: dirs.make(), clock: clock.now });
  await call(backend, 'settings.update', { operatorName: '王主任' });
  // The enterprises the rosters name (the demo's, without its 8,000 people).
  for (const { name } of DEMO_ENTERPRISES) await call(backend, 'enterprises.save', enterpriseInput(name));
});
afterAll(async () => {
  await backend.close();
  dirs.cleanup();
});

/** Uploads like the browser does: base64 chunks. */
async function upload(name: string, bytes: Uint8Array, chunk = UPLOAD_CHUNK_BYTES): Promise<string> {
  let fileId: string | null = null;
  for (let offset = 0; offset < bytes.length || offset === 0; offset += chunk) {
    const part = Buffer.from(bytes.subarray(offset, offset + chunk));
    const done = offset + chunk >= bytes.length;
    const r: ChannelOutput<'files.upload'> = await call(backend, 'files.upload', {
      fileId,
      name,
      offset,
      data: part.toString('base64'),
      done,
    });
    fileId = r.fileId;
    if (done) break;
  }
  return fileId!;
}

async function readXlsx(base64: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return wb.worksheets[0]!;
}

const countSeekers = async () => (await call(backend, 'seekers.query', { limit: 1 })).total;

describe('importing a roster', () => {
  let batchId: string;
  let before: number;

  it('uploads in chunks, lists the sheet and previews every row', async () => {
    before = await countSeekers();
    const fileId = await upload('badong-signups.xlsx', sample('badong-signups.xlsx'), 4096);
    const inspect = await call(backend, 'imports.inspect', { fileId });
    expect(inspect).toMatchObject({ fileName: 'badong-signups.xlsx', format: 'xlsx' });
    expect(inspect.sheets).toEqual([{ name: 'badong-signups', rows: 323, kind: 'seekers', headerRow: 2 }]);
    const preview = await call(backend, 'imports.preview', { fileId });
    expect(preview.counts).toMatchObject({ rows: 320, imported: 312, rejected: 6, duplicates: 2 });
    expect(preview.rows).toHaveLength(320);
    expect(preview.rows.find((r) => r.row === 29)).toMatchObject({
      status: 'error',
      // The file's cells as in the file, but with ID numbers and phones masked like every screen.
      cells: expect.arrayContaining(['田静平', '422823********8212', '***9384']),
      problems: [expect.objectContaining({ code: 'phone_invalid', column: '联系电话' })],
    });
    const committed = await call(backend, 'imports.commit', { previewId: preview.previewId });
    expect(committed.counts.imported).toBe(312);
    expect(committed.batch).toMatchObject({
      fileName: 'badong-signups.xlsx',
      operator: '王主任',
      imported: 312,
      problemRows: 8,
    });
    batchId = committed.batch!.id;
    expect(await countSeekers()).toBe(before + 312);
    expect(errorOf(await backend.invoke('imports.commit', { previewId: preview.previewId })).message).toBe(
      'imports.read.preview_gone',
    );
  });

  it('registers people through the same records as the form (registration from the batch, sign-up step)', async () => {
    const page = await call(backend, 'seekers.query', { filter: { search: '易玲波' } });
    const detail = await call(backend, 'seekers.get', { id: page.rows[0]!.id });
    expect(detail).toMatchObject({
      name: '易玲波',
      countyCode: '422823',
      town: '东瀼口镇',
      signedUpOn: '2022-02-16',
      stage: 'signed_up',
    });
    expect(detail.enterpriseName).toBe('恩施精工模具有限公司');
    expect(detail.registrations).toEqual([expect.objectContaining({ source: `import:${batchId}` })]);
    expect(detail.events.map((e) => e.type)).toEqual(['signed_up']);
  });

  it('lists the batch and reports people already registered, saying where and when', async () => {
    expect((await call(backend, 'imports.batches', {}))[0]).toMatchObject({ id: batchId, status: 'active' });
    const fileId = await upload('badong-signups.csv', sample('badong-signups.csv'));
    const preview = await call(backend, 'imports.preview', { fileId });
    expect(preview.counts).toMatchObject({ imported: 0, duplicates: 314 });
    const dup = preview.rows.find((r) => r.row === 3)!.problems[0]!;
    expect(dup).toMatchObject({
      code: 'duplicate_in_db',
      params: {
        name: '易玲波',
        county: '巴东县',
        town: '东瀼口镇',
        signedUpOn: '2022-02-16',
        source: 'badong-signups.xlsx',
      },
    });
    expect(dup.message).toContain('2022-02-16');
  });

  it('downloads the problem rows with the original columns and a problem column', async () => {
    const file = await call(backend, 'imports.problemRows', { batchId });
    expect(file.fileName).toBe('badong-signups-problem-rows.xlsx');
    const ws = await readXlsx(file.base64);
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 10)).toEqual([
      '序号',
      '姓名',
      '性别',
      '身份证号码',
      '联系电话',
      '乡镇',
      '村（社区）',
      '意向企业',
      '报名日期',
      '备注',
    ]);
    expect(header[10]).toBe('问题');
    expect(ws.rowCount).toBe(9);
    const phones = [2, 3, 4, 5, 6, 7, 8, 9].map((r) => ws.getRow(r).getCell(5).value);
    expect(phones).toContain('***9384');
    expect(String(ws.getRow(2).getCell(11).value)).toContain('联系电话');
  });

  it('refuses to undo once a later step depends on the batch, even after that step is voided', async () => {
    const page = await call(backend, 'seekers.query', { filter: { search: '易辉' } });
    const person = page.rows.find((r) => r.signedUpOn === '2022-01-31')!;
    const recorded = await call(backend, 'pipeline.record', {
      seekerIds: [person.id],
      type: 'verified',
      date: '2022-02-20',
    });
    expect(recorded.recorded).toBe(1);
    const refused = errorOf(await backend.invoke('imports.undo', { batchId }));
    expect(refused).toMatchObject({
      code: 'conflict',
      message: 'imports.undo.later_steps',
      params: { count: 1 },
    });
    const detail = await call(backend, 'seekers.get', { id: person.id });
    const verified = detail.events.find((e) => e.type === 'verified')!;
    await call(backend, 'pipeline.correct', { action: 'void', eventId: verified.id, reason: 'test' });
    // A voided step is still a record someone made: it keeps the batch.
    expect(errorOf(await backend.invoke('imports.undo', { batchId })).message).toBe(
      'imports.undo.later_steps',
    );
  });

  it('undoes a fresh batch completely', async () => {
    const count = await countSeekers();
    const fileId = await upload('jianshi-signups.xlsx', sample('jianshi-signups.xlsx'));
    const preview = await call(backend, 'imports.preview', { fileId });
    const { batch } = await call(backend, 'imports.commit', { previewId: preview.previewId });
    expect(await countSeekers()).toBe(count + batch!.imported);
    const undone = await call(backend, 'imports.undo', { batchId: batch!.id });
    expect(undone).toMatchObject({ status: 'undone', undoneBy: '王主任' });
    expect(await countSeekers()).toBe(count);
    expect(errorOf(await backend.invoke('imports.undo', { batchId: batch!.id })).message).toBe(
      'imports.undo.already',
    );
    const audit = await call(backend, 'audit.list', { limit: 5 });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['imports.undo', 'imports.commit']));
  });

  it('refuses to undo while two of its people are linked as a couple, then undoes it once they are not', async () => {
    const count = await countSeekers();
    const fileId = await upload('jianshi-signups.xlsx', sample('jianshi-signups.xlsx'));
    const preview = await call(backend, 'imports.preview', { fileId });
    const { batch } = await call(backend, 'imports.commit', { previewId: preview.previewId });
    // Nobody else in this database comes from Jianshi: these are the batch's people.
    const jianshi = await call(backend, 'seekers.query', { filter: { countyCode: '422822' }, limit: 2 });
    expect(jianshi.total).toBe(batch!.imported);
    const [a, b] = jianshi.rows;
    await call(backend, 'seekers.link', { id: a!.id, partnerId: b!.id });
    expect(errorOf(await backend.invoke('imports.undo', { batchId: batch!.id }))).toMatchObject({
      code: 'conflict',
      message: 'imports.undo.partners',
      params: { count: 2 },
    });
    expect(await countSeekers()).toBe(count + batch!.imported);

    await call(backend, 'seekers.link', { id: a!.id, partnerId: null });
    expect(await call(backend, 'imports.undo', { batchId: batch!.id })).toMatchObject({ status: 'undone' });
    expect(await countSeekers()).toBe(count);
  });

  it('imports a demand sheet into enterprises and lines, finds its lines again, and undoes it', async () => {
    const fileId = await upload('enterprise-demand-h1.xlsx', sample('enterprise-demand-h1.xlsx'));
    const preview = await call(backend, 'imports.preview', { fileId });
    expect(preview.kind).toBe('demand');
    const before = (await call(backend, 'enterprises.list', {})).flatMap((e) => e.lines).length;
    const { batch } = await call(backend, 'imports.commit', { previewId: preview.previewId });
    const after = (await call(backend, 'enterprises.list', {})).flatMap((e) => e.lines).length;
    expect(after - before).toBe(batch!.imported);
    const again = await call(backend, 'imports.preview', {
      fileId: await upload('d.csv', sample('enterprise-demand-h1.csv')),
    });
    expect(again.counts.duplicates).toBe(15);
    await call(backend, 'imports.undo', { batchId: batch!.id });
    expect((await call(backend, 'enterprises.list', {})).flatMap((e) => e.lines).length).toBe(before);
  });

  it('cancels a preview: an error, and nothing kept', async () => {
    const rows = ['姓名,身份证号码,联系电话'];
    for (let i = 0; i < 20_000; i++) rows.push(`某${i},422823200301296461,13794571255`);
    const fileId = await upload('big.csv', Buffer.from(rows.join('\n')));
    const jobId = randomUUID();
    const events: string[] = [];
    const off = backend.onEvent((e) => e.name === 'import.progress' && events.push(e.payload.phase));
    const running = backend.invoke('imports.preview', { fileId, jobId, countyCode: '422823' });
    await new Promise((r) => setImmediate(r));
    expect(await call(backend, 'imports.cancel', { jobId })).toEqual({ cancelled: true });
    expect(errorOf(await running).message).toBe('imports.read.cancelled');
    off();
    expect(events.length).toBeGreaterThan(0);
    expect(await call(backend, 'imports.cancel', { jobId })).toEqual({ cancelled: false });
  });
});

describe('the contract', () => {
  it('answers the import channels with data matching their output schemas', async () => {
    const fileId = await upload('badong-signups.csv', sample('badong-signups.csv'));
    const answers: [keyof typeof contract, unknown][] = [];
    const ask = async (channel: keyof typeof contract, input: unknown) => {
      const r = await backend.invoke(channel, input);
      if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
      answers.push([channel, r.data]);
      return r.data;
    };
    await ask('files.pick', {});
    await ask('imports.inspect', { fileId });
    const preview = (await ask('imports.preview', { fileId })) as { previewId: string };
    await ask('imports.problemRows', { previewId: preview.previewId });
    await ask('imports.batches', {});
    await ask('imports.cancel', { jobId: randomUUID() });
    for (const [channel, data] of answers) {
      const check = (contract[channel].output as z.ZodType).safeParse(data);
      expect(check.success ? [] : check.error.issues, channel).toEqual([]);
    }
    expect(answers[0]![1]).toEqual({ dialog: false, file: null });
  });
});

describe('exports', () => {
  const columns = [
    { colId: 'name', header: '姓名' },
    { colId: 'idMasked', header: '身份证号码' },
    { colId: 'phoneMasked', header: '手机号码' },
    { colId: 'stage', header: '当前环节' },
  ] as const;
  const filter = { countyCode: '422823', search: '易玲波' };

  it('writes the grid as shown to .xlsx: bold frozen header, widths, text IDs, masked', async () => {
    const file = await call(backend, 'exports.seekers', {
      format: 'xlsx',
      fileBase: '求职者',
      filter,
      columns: [...columns],
    });
    expect(file.fileName).toBe('求职者.xlsx');
    const ws = await readXlsx(file.base64);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(18);
    expect(ws.getColumn(2).numFmt).toBe('@');
    expect(ws.getRow(2).getCell(2).value).toBe('422823********6461');
    expect(ws.getRow(2).getCell(4).value).toBe('已报名');
  });

  it('writes CSV with a BOM or in GBK; full values only on request, and audited', async () => {
    const utf8 = Buffer.from(
      (
        await call(backend, 'exports.seekers', {
          format: 'csv',
          fileBase: 'x',
          filter,
          columns: [...columns],
        })
      ).base64,
      'base64',
    );
    expect([...utf8.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(utf8.toString('utf8')).toContain('易玲波,422823********6461,137****1255');
    const gbk = await call(backend, 'exports.seekers', {
      format: 'csv',
      encoding: 'gbk',
      fileBase: 'x',
      filter,
      columns: [...columns],
      unmasked: true,
    });
    expect(iconv.decode(Buffer.from(gbk.base64, 'base64'), 'gbk')).toContain(
      '易玲波,422823200301296461,13794571255',
    );
    const audit = await call(backend, 'audit.list', { limit: 1 });
    expect(audit[0]).toMatchObject({ action: 'exports.seekersUnmasked', operator: '王主任' });
  });

  it('neutralises formula-like cells in a table export', async () => {
    const file = await call(backend, 'exports.table', {
      format: 'csv',
      fileBase: 'enterprises',
      columns: [{ header: '企业' }, { header: '需求', kind: 'number' }],
      rows: [
        ['=HYPERLINK("http://evil")', 12],
        ['@cmd', -3],
      ],
    });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")",12`);
    expect(text).toContain(`'@cmd,-3`);
  });
});
