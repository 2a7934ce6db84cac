import type { Backend } from '../../../electron/backend/backend';
import type { ChannelInput, ChannelOutput } from '../../../shared/contract/channels';
import { idCheckChar } from '../../../shared/domain/id-number';
import { call, enterpriseInput } from './fixtures';

/** A valid ID number of `region` for the n-th invented person (odd sequence: male, even: female). */
export function personId(region: string, n: number): string {
  const birth = `19${70 + (n % 30)}0${1 + (n % 9)}1${n % 10}`;
  const first17 = `${region}${birth}${String(100 + n).slice(-3)}`;
  return first17 + idCheckChar(first17);
}

/** Registers and verifies `count` people of one county; returns their ids in order. */
export async function verifiedPeople(
  backend: Backend,
  count: number,
  options: { county?: string; from?: number; intendedEnterpriseId?: string | null; date?: string } = {},
): Promise<string[]> {
  const county = options.county ?? '422802';
  const date = options.date ?? '2026-02-01';
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = (options.from ?? 0) + i;
    const r = await call(backend, 'seekers.register', {
      name: `乘客${n}`,
      idNumber: personId(county, n),
      phone: `137${String(10_000_000 + n).slice(-8)}`,
      countyCode: county,
      town: n % 2 ? '汪营镇' : '团堡镇',
      village: '青龙村',
      intendedEnterpriseId: options.intendedEnterpriseId ?? null,
      channel: 'point_to_point',
      signedUpOn: date,
    });
    ids.push(r.seeker.id);
  }
  const verified = await call(backend, 'pipeline.record', { seekerIds: ids, type: 'verified', date });
  if (verified.refused.length > 0) throw new Error(JSON.stringify(verified.refused));
  return ids;
}

export async function enterprise(backend: Backend, name: string): Promise<string> {
  return (await call(backend, 'enterprises.save', enterpriseInput(name))).id;
}

export function tripInput(overrides: Partial<ChannelInput<'trips.save'>> = {}): ChannelInput<'trips.save'> {
  return {
    date: '2026-02-11',
    departureTime: '07:30',
    countyCode: '422802',
    destination: '恩施高新区',
    enterpriseIds: [],
    pickups: [{ town: '汪营镇', place: '汪营镇政府门口', time: '07:30' }],
    plate: '鄂Q·A1234',
    seats: 45,
    driverName: '谭师傅',
    driverPhone: '13972712345',
    escorts: [{ name: '向明', phone: '13872710001' }],
    ...overrides,
  };
}

export async function createTrip(
  backend: Backend,
  overrides: Partial<ChannelInput<'trips.save'>> = {},
): Promise<ChannelOutput<'trips.save'>> {
  return call(backend, 'trips.save', tripInput(overrides));
}
