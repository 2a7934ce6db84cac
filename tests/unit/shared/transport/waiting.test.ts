import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../../../shared/domain/pipeline';
import {
  goesTheirWay,
  headedFor,
  mayRide,
  rideStanding,
  RIDING_STAGES,
  type Heading,
} from '../../../../shared/domain/transport/waiting';

const LUX = 'lux';
const HX = 'hx';
const person = (stage: Heading['stage'], intended: string | null, enterprise: string | null = intended) => ({
  stage,
  intendedEnterpriseId: intended,
  enterpriseId: enterprise,
});

describe('who a bus is for', () => {
  it('lets ride whoever the pipeline lets take a bus, from their latest step on', () => {
    expect(RIDING_STAGES).toEqual([
      'verified',
      'interview_arranged',
      'transported',
      'interview_passed',
      'interview_failed',
      'exam_failed',
      'left',
    ]);
    expect(mayRide('verified', '2022-03-01', '2022-03-01')).toBe(true);
    expect(mayRide('verified', '2022-03-02', '2022-03-01')).toBe(false);
    expect(mayRide('employed', '2022-03-01', '2022-03-05')).toBe(false);
  });

  it('counts as waiting only the verified and those with an interview arranged', () => {
    const standings = Object.fromEntries(RIDING_STAGES.map((s) => [s, rideStanding(s)]));
    expect(standings).toEqual({
      verified: 'waiting',
      interview_arranged: 'waiting',
      transported: 'rode_unresolved',
      interview_passed: 'other',
      interview_failed: 'other',
      exam_failed: 'other',
      left: 'other',
    });
    expect(EVENT_TYPES.filter((s) => rideStanding(s) === 'waiting')).toEqual([
      'verified',
      'interview_arranged',
    ]);
  });

  it('goes to the enterprise of an arranged interview, else the intended one, null for any', () => {
    expect(headedFor(person('verified', LUX))).toBe(LUX);
    expect(headedFor(person('verified', null))).toBeNull();
    expect(headedFor(person('interview_arranged', HX, LUX))).toBe(LUX);
    expect(headedFor(person('interview_arranged', null, LUX))).toBe(LUX);
    // A failed interview at 华鑫 does not make 华鑫 where they are going.
    expect(headedFor(person('interview_failed', LUX, HX))).toBe(LUX);
    expect(headedFor(person('interview_failed', null, HX))).toBeNull();
  });

  it('goes their way when it visits where they are going or they take any; a bus to nowhere named goes everyone’s', () => {
    expect(goesTheirWay(person('verified', LUX), [LUX])).toBe(true);
    expect(goesTheirWay(person('verified', null), [LUX])).toBe(true);
    expect(goesTheirWay(person('verified', HX), [LUX])).toBe(false);
    expect(goesTheirWay(person('interview_arranged', LUX, HX), [LUX])).toBe(false);
    expect(goesTheirWay(person('verified', HX), [])).toBe(true);
  });
});
