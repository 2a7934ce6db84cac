import { expect } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { COUNTS_FROM_SEEKERS_SQL, COUNTS_SQL } from '../../../electron/backend/counts/counts';
import type { ChannelInput } from '../../../shared/contract/channels';
import { idCheckChar } from '../../../shared/domain/id-number';
import { call, enterpriseInput, type Answers } from './fixtures';

/** A valid resident ID number: region code, birth date (YYYYMMDD), a three-digit sequence (odd = male), check digit. */
export function validId(region: string, birth: string, seq: string): string {
  const first17 = `${region}${birth}${seq}`;
  return first17 + idCheckChar(first17);
}

export function seekerInput(
  overrides: Partial<ChannelInput<'seekers.register'>> = {},
): ChannelInput<'seekers.register'> {
  return {
    name: '向敏',
    idNumber: validId('422823', '19900115', '124'),
    phone: '13712341255',
    countyCode: '422823',
    town: '野三关镇',
    village: '青龙村',
    channel: 'point_to_point',
    signedUpOn: '2022-02-10',
    signedUpAt: '青龙村委会',
    ...overrides,
  };
}

/** Registers a person and returns their id. */
export async function register(
  backend: Answers,
  overrides: Partial<ChannelInput<'seekers.register'>> = {},
): Promise<string> {
  return (await call(backend, 'seekers.register', seekerInput(overrides))).seeker.id;
}

export async function createEnterprise(backend: Answers, name: string, headcount = 100): Promise<string> {
  const e = await call(backend, 'enterprises.save', {
    ...enterpriseInput(name),
    lines: [
      {
        post: '普工',
        headcount,
        periodStart: '2022-01-01',
        periodEnd: '2022-06-30',
        shiftPattern: 'long_day',
        payMin: 4000,
        payMax: 5500,
      },
    ],
  });
  return e.id;
}

/** Records one step for some people; fails the test when anyone is refused. */
export async function step(
  backend: Answers,
  seekerIds: string[],
  type: ChannelInput<'pipeline.record'>['type'],
  date: string,
  extra: Partial<ChannelInput<'pipeline.record'>> = {},
): Promise<void> {
  const r = await call(backend, 'pipeline.record', { seekerIds, type, date, ...extra });
  if (r.refused.length > 0) throw new Error(`refused: ${JSON.stringify(r.refused)}`);
}

/** The counting tally (kept by triggers) agrees with the groups counted from the people themselves. */
export function expectTallyAgrees(backend: Backend, stableCutoff = '2022-02-23'): void {
  const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();
  const db = backend.store.db;
  expect(sorted(db.all(COUNTS_SQL, [stableCutoff]))).toEqual(
    sorted(db.all(COUNTS_FROM_SEEKERS_SQL, [stableCutoff])),
  );
}
