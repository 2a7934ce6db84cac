import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Backend } from '../electron/backend/backend';
import type { ChannelInput, ChannelName } from '../shared/contract/channels';
import { COUNTIES } from '../shared/domain/counties';
import { idCheckChar } from '../shared/domain/id-number';
import { startHostProcess } from '../tests/e2e/host-process';
import { median, report } from './figures';
import { freshPage, sameDocumentToSettings, withRequests } from './page-visit';

const TRIPS = 2000;
const SEATS = 60;

async function call<K extends ChannelName>(backend: Backend, channel: K, input: ChannelInput<K>) {
  const r = await backend.invoke(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.data as never;
}

const day = (i: number) => new Date(Date.UTC(2022, 0, 1) + (i % 300) * 86_400_000).toISOString().slice(0, 10);

/** 2,000 trips over the year and one 60-seat bus with everyone on board; returns the full bus's id. */
async function seed(dataDir: string): Promise<string> {
  const backend = await Backend.open({ dataDir });
  const enterprise: { id: string } = await call(backend, 'enterprises.save', {
    name: '立讯精密工业（恩施）有限公司',
    shortName: '立讯',
    lines: [
      {
        post: '普工',
        headcount: 500,
        periodStart: '2022-01-01',
        periodEnd: '2022-12-31',
        shiftPattern: 'two_shift',
        payMin: null,
        payMax: null,
      },
    ],
  });
  const ids: string[] = [];
  for (let i = 0; i < SEATS; i++) {
    const first17 = `42280219${80 + (i % 20)}0${1 + (i % 9)}1${i % 10}${String(100 + i).slice(-3)}`;
    const r: { seeker: { id: string } } = await call(backend, 'seekers.register', {
      name: `乘客${String(i + 1).padStart(2, '0')}号`,
      idNumber: first17 + idCheckChar(first17),
      phone: `139${String(27_000_000 + i).padStart(8, '0')}`,
      countyCode: '422802',
      town: '汪营镇',
      channel: 'point_to_point',
      signedUpOn: '2022-01-01',
    });
    ids.push(r.seeker.id);
  }
  await call(backend, 'pipeline.record', { seekerIds: ids, type: 'verified', date: '2022-01-02' });
  const trip = (i: number): ChannelInput<'trips.save'> => ({
    date: day(i),
    departureTime: `0${7 + (i % 3)}:30`,
    countyCode: COUNTIES[i % COUNTIES.length]!.code,
    destination: '恩施高新区',
    enterpriseIds: [enterprise.id],
    pickups: [{ town: '汪营镇', place: '劳动保障服务中心门前', time: '07:30' }],
    plate: `鄂Q${String(10_000 + i)}`,
    seats: 55,
    driverName: '谭师傅',
    driverPhone: '13972712345',
    escorts: [{ name: '向明', phone: '13872710001' }],
  });
  // Concurrent writes share the write queue's durable saves, so seeding takes seconds, not minutes.
  await Promise.all(Array.from({ length: TRIPS - 1 }, (_, i) => call(backend, 'trips.save', trip(i))));
  const full: { id: string } = await call(backend, 'trips.save', {
    ...trip(TRIPS),
    date: '2022-03-01',
    countyCode: '422802',
    seats: SEATS,
  });
  await call(backend, 'trips.addPassengers', { tripId: full.id, seekerIds: ids });
  await call(backend, 'trips.setStatus', { id: full.id, status: 'boarding' });
  await call(backend, 'trips.updateSeats', {
    tripId: full.id,
    seats: ids.map((seekerId) => ({ seekerId, boarded: true })),
  });
  await call(backend, 'trips.setStatus', { id: full.id, status: 'departed' });
  const t0 = performance.now();
  const rows = (await call(backend, 'trips.list', {})) as unknown[];
  report(`trips.list, ${rows.length} trips with counts (backend, one call)`, performance.now() - t0, null);
  await backend.close();
  return full.id;
}

test('transport: trip grid of 2,000 trips; 60-seat manifest to PDF', async ({ browser }) => {
  test.setTimeout(600_000);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sb-bench-transport-'));
  const s0 = performance.now();
  const fullTrip = await seed(dataDir);
  report(`seeding: ${TRIPS} trips.save and a full bus (setup, not a target)`, performance.now() - s0, null);
  // As shipped: no output check.
  const host = await startHostProcess(dataDir, { checkOutputs: false });
  const page = await browser.newPage();
  try {
    const toGrid = async () => {
      const t0 = performance.now();
      await page.getByRole('link', { name: '点对点输送' }).click();
      // A plain CSS locator: an accessible-name query would add its own cost to the figure.
      await page.locator('.ag-row [col-id="tripNo"] a').first().waitFor();
      return performance.now() - t0;
    };
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) {
      // Cold: a fresh page, so the trips are fetched (trips.list) and the grid drawn for the first time.
      await freshPage(page, host.url);
      const run = await withRequests(page, 'trips.list', toGrid);
      expect(run.requests, 'a cold visit fetches the trips').toBeGreaterThan(0);
      cold.push(run.value);
      // Warm: back again in the same page, whose store still holds the trips.
      await sameDocumentToSettings(page);
      warm.push(await toGrid());
    }
    report(
      `trip grid, cold (fresh page: trips fetched, then drawn): ${TRIPS} trips, navigation → rows shown (median of 5)`,
      median(cold),
      1000,
    );
    report(
      `trip grid, warm (trips already in the page’s store): navigation → rows shown (median of 5)`,
      median(warm),
      null,
    );

    const pdf: number[] = [];
    const pdfOnly: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 5; i++) {
      await sameDocumentToSettings(page);
      const t0 = performance.now();
      // The manifest page fetches its trip's manifest each time it opens (it keeps no store).
      const { requests } = await withRequests(page, 'trips.manifest', async () => {
        await page.evaluate((id) => (window.location.hash = `#/print/manifest/${id}`), fullTrip);
        await page.locator('.manifest[data-ready]').waitFor();
      });
      expect(requests, 'the manifest is fetched').toBeGreaterThan(0);
      const t1 = performance.now();
      const out = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const t2 = performance.now();
      bytes = out.byteLength;
      pdf.push(t2 - t0);
      pdfOnly.push(t2 - t1);
    }
    report(
      `manifest, ${SEATS} seats: route → manifest fetched and drawn → PDF bytes (median of 5, ${(bytes / 1024).toFixed(0)} KiB)`,
      median(pdf),
      2000,
    );
    report(`manifest, ${SEATS} seats: page.pdf() alone (median of 5)`, median(pdfOnly), null);
  } finally {
    await page.close();
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
