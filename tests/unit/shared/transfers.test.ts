import { describe, expect, it } from 'vitest';
import { isStable } from '../../../shared/domain/pipeline';
import {
  applyTransfer,
  mergeByDate,
  placementHistory,
  transferFlows,
  type PlacementState,
} from '../../../shared/domain/transfers';

const employedAtDaxiang: PlacementState = {
  stage: 'employed',
  stageDate: '2022-02-20',
  enterpriseId: 'daxiang',
  employerId: 'daxiang',
  entryDate: '2022-02-20',
};

describe('a transfer', () => {
  it('moves the employer and keeps the entry date: the stable clock runs on', () => {
    const after = applyTransfer(employedAtDaxiang, { date: '2022-03-03', toEnterpriseId: 'lixun' });
    expect(after).toEqual({
      stage: 'employed',
      stageDate: '2022-03-03',
      enterpriseId: 'lixun',
      employerId: 'lixun',
      entryDate: '2022-02-20',
    });
    // 15 stable days by 10 March: counted from 20 February, not from the transfer.
    expect(isStable(after.stage, after.entryDate, '2022-03-10', 15)).toBe(true);
  });

  it('does nothing to someone no longer (or not yet) on the job', () => {
    const left = { ...employedAtDaxiang, stage: 'left' as const };
    expect(applyTransfer(left, { date: '2022-03-03', toEnterpriseId: 'lixun' })).toBe(left);
    expect(applyTransfer(employedAtDaxiang, { date: '2022-02-19', toEnterpriseId: 'lixun' })).toBe(
      employedAtDaxiang,
    );
  });

  it('falls between the steps by date: after a hire the same day, before leaving the same day', () => {
    const events = [
      { type: 'employed' as const, date: '2022-02-20' },
      { type: 'left' as const, date: '2022-03-03' },
    ];
    const order = mergeByDate(events, [
      { date: '2022-02-20', id: 'a' },
      { date: '2022-03-03', id: 'b' },
    ]).map((s) => (s.kind === 'event' ? s.item.type : s.item.id));
    expect(order).toEqual(['employed', 'a', 'b', 'left']);
  });
});

describe('transfer counting', () => {
  it('counts a move out of one enterprise and into the other; a post change within one is neither', () => {
    const flows = transferFlows([
      { fromEnterpriseId: 'daxiang', toEnterpriseId: 'lixun' },
      { fromEnterpriseId: 'daxiang', toEnterpriseId: 'lixun' },
      { fromEnterpriseId: 'lixun', toEnterpriseId: 'huaxin' },
      { fromEnterpriseId: 'huaxin', toEnterpriseId: 'huaxin' },
    ]);
    expect(Object.fromEntries(flows)).toEqual({
      daxiang: { in: 0, out: 2 },
      lixun: { in: 2, out: 1 },
      huaxin: { in: 1, out: 0 },
    });
  });

  it('keeps both placements in the history, each with how it began and ended', () => {
    const history = placementHistory(
      [
        { type: 'employed', date: '2022-02-20', enterpriseId: 'daxiang', post: '装配工' },
        { type: 'left', date: '2022-03-08', enterpriseId: null, post: '' },
      ],
      [{ date: '2022-03-03', toEnterpriseId: 'lixun', toPost: '宝妈线普工' }],
    );
    expect(history).toEqual([
      { enterpriseId: 'daxiang', post: '装配工', from: '2022-02-20', to: '2022-03-03', via: 'employed' },
      { enterpriseId: 'lixun', post: '宝妈线普工', from: '2022-03-03', to: '2022-03-08', via: 'transfer' },
    ]);
  });
});
