import type { Backend } from '../../../electron/backend/backend';
import type { ChannelInput } from '../../../shared/contract/channels';
import { idCheckChar } from '../../../shared/domain/id-number';
import { call } from './fixtures';

/** A valid resident ID number: region, birth date (YYYYMMDD), three-digit sequence (odd = male), check digit. */
export function idOf(region: string, birth: string, seq: string): string {
  const first17 = `${region}${birth}${seq}`;
  return first17 + idCheckChar(first17);
}

export async function addEnterprise(backend: Backend, name: string, shortName: string): Promise<string> {
  const e = await call(backend, 'enterprises.save', {
    name,
    shortName,
    lines: [
      {
        post: '普工',
        headcount: 100,
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

/** Registers a person and takes them through the pipeline to a job starting on `entry`. */
export async function hire(
  backend: Backend,
  person: { name: string; idNumber: string; countyCode: string; phone: string },
  enterpriseId: string,
  entry: string,
  post = '普工',
): Promise<string> {
  const { seeker } = await call(backend, 'seekers.register', {
    ...person,
    channel: 'point_to_point',
    signedUpOn: '2022-02-09',
  });
  const steps: [ChannelInput<'pipeline.record'>['type'], string][] = [
    ['verified', '2022-02-10'],
    ['transported', '2022-02-12'],
    ['interview_passed', '2022-02-12'],
    ['exam_passed', '2022-02-13'],
    ['training_completed', '2022-02-14'],
    ['employed', entry],
  ];
  for (const [type, date] of steps) {
    const r = await call(backend, 'pipeline.record', {
      seekerIds: [seeker.id],
      type,
      date,
      enterpriseId: type === 'interview_passed' || type === 'employed' ? enterpriseId : null,
      post: type === 'employed' ? post : '',
    });
    if (r.refused.length > 0) throw new Error(JSON.stringify(r.refused));
  }
  return seeker.id;
}
