import { describe, expect, it } from 'vitest';
import {
  allowedNext,
  canRecord,
  daysBetween,
  EVENT_TYPES,
  explainRefusal,
  firstIllegal,
  isStable,
  stableEntryCutoff,
  type EventType,
} from '../../../shared/domain/pipeline';

const TO_EMPLOYED: EventType[] = [
  'signed_up',
  'verified',
  'interview_arranged',
  'transported',
  'interview_passed',
  'exam_passed',
  'training_completed',
  'employed',
];

describe('pipeline transitions', () => {
  it('starts only with signing up', () => {
    expect(allowedNext(null)).toEqual(['signed_up']);
    for (const t of EVENT_TYPES) expect(canRecord(null, t), t).toBe(t === 'signed_up');
  });

  it('allows the whole path from sign-up to employed, then left', () => {
    expect(firstIllegal(TO_EMPLOYED)).toBe(-1);
    expect(firstIllegal([...TO_EMPLOYED, 'left'])).toBe(-1);
  });

  it('refuses employed without passing the exam, naming the missing steps', () => {
    expect(canRecord('interview_passed', 'employed')).toBe(false);
    expect(explainRefusal('interview_passed', 'employed')).toEqual({
      message: 'v.transition_missing_steps',
      params: { from: 'interview_passed', to: 'employed', missing: ['exam_passed', 'training_completed'] },
    });
  });

  it('names the shortest way from verified to employed', () => {
    expect(explainRefusal('verified', 'employed')?.params.missing).toEqual([
      'interview_arranged',
      'interview_passed',
      'exam_passed',
      'training_completed',
    ]);
  });

  it('refuses what no path leads to: signing up twice, anything before sign-up', () => {
    expect(explainRefusal('employed', 'signed_up')).toEqual({
      message: 'v.transition_not_allowed',
      params: { from: 'employed', to: 'signed_up', missing: [] },
    });
    expect(explainRefusal(null, 'verified')).toEqual({
      message: 'v.transition_missing_steps',
      params: { from: 'none', to: 'verified', missing: ['signed_up'] },
    });
  });

  it('lets a person ride again, be interviewed elsewhere after a failure, and come back after withdrawing', () => {
    expect(canRecord('transported', 'transported')).toBe(true);
    expect(canRecord('interview_failed', 'interview_arranged')).toBe(true);
    expect(canRecord('exam_failed', 'transported')).toBe(true);
    expect(canRecord('left', 'interview_arranged')).toBe(true);
    expect(canRecord('withdrawn', 'verified')).toBe(true);
  });

  it('keeps an employed person employed until they leave', () => {
    expect(allowedNext('employed')).toEqual(['left']);
    expect(explainRefusal('employed', 'withdrawn')?.params.missing).toEqual(['left']);
    expect(explainRefusal('training_completed', 'left')?.params.missing).toEqual(['employed']);
  });

  it('answers every pair, and explains every refusal', () => {
    for (const from of [null, ...EVENT_TYPES]) {
      for (const to of EVENT_TYPES) {
        const refusal = explainRefusal(from, to);
        expect(refusal === null, `${from} → ${to}`).toBe(canRecord(from, to));
        if (refusal?.message === 'v.transition_missing_steps') {
          // The missing steps really lead there.
          const path = [...refusal.params.missing, to];
          let at: EventType | null = from;
          for (const step of path) {
            expect(canRecord(at, step), `${from} → ${path.join(' → ')}`).toBe(true);
            at = step;
          }
        }
      }
    }
  });

  it('finds the first illegal step of a history', () => {
    expect(firstIllegal([])).toBe(-1);
    expect(firstIllegal(['verified'])).toBe(0);
    expect(firstIllegal(['signed_up', 'verified', 'employed'])).toBe(2);
    expect(firstIllegal(['signed_up', 'verified', 'transported', 'transported', 'interview_failed'])).toBe(
      -1,
    );
  });
});

describe('stable on the post', () => {
  it('is employed, not left, and at least N days past entry', () => {
    expect(isStable('employed', '2022-02-23', '2022-03-10', 15)).toBe(true);
    expect(isStable('employed', '2022-02-24', '2022-03-10', 15)).toBe(false);
    expect(isStable('left', '2022-02-01', '2022-03-10', 15)).toBe(false);
    expect(isStable('employed', null, '2022-03-10', 15)).toBe(false);
    expect(isStable('employed', '2022-01-01', '2022-01-31', 30)).toBe(true);
  });

  it('has a cutoff date that agrees with isStable every day, across month and leap-year ends', () => {
    for (const [asOf, days] of [
      ['2022-03-10', 15],
      ['2024-03-01', 30],
      ['2022-01-05', 30],
      ['2022-12-31', 1],
    ] as const) {
      const cutoff = stableEntryCutoff(asOf, days);
      expect(daysBetween(cutoff, asOf)).toBe(days);
      for (let d = -5; d <= 5; d++) {
        const entry = new Date(Date.parse(`${cutoff}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10);
        expect(isStable('employed', entry, asOf, days), `${entry} ${asOf} ${days}`).toBe(entry <= cutoff);
      }
    }
  });
});
