import { describe, expect, it } from 'vitest';
import {
  allowedSteps,
  compareFindings,
  FINDING_STATES,
  FINDING_STEPS,
  FindingInput,
  FindingStepInput,
  isOverdue,
  overdueDays,
  stepTarget,
  summariseByCounty,
  type FindingState,
} from '../../../shared/domain/supervision';

const XUANEN = '422825';
const base = {
  classNo: 2,
  foundOn: '2022-03-01',
  countyCode: XUANEN,
  category: 'recruitment_task',
  problem: '报名人员核实分类滞后',
  requirement: '3日内完成核实分类',
  responsibleUnit: '宣恩县人社局',
  responsiblePerson: '田xx',
  deadlineKind: 'by_date',
  deadline: '2022-03-05',
} as const;

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => ({ path: i.path, message: i.message }));

describe('the state machine of a finding', () => {
  it('walks 交办 → 整改中 → 申请销号 → 复核 → 已销号', () => {
    let state: FindingState = 'assigned';
    for (const [step, expected] of [
      ['progress', 'in_progress'],
      ['progress', 'in_progress'],
      ['request_closure', 'closure_requested'],
      ['check', 'checked'],
      ['close', 'closed'],
    ] as const) {
      state = stepTarget(state, step)!;
      expect(state).toBe(expected);
    }
  });

  it('sends a finding back from the request or the check, and it can be asked to close again', () => {
    expect(stepTarget('closure_requested', 'return')).toBe('returned');
    expect(stepTarget('checked', 'return')).toBe('returned');
    expect(stepTarget('returned', 'progress')).toBe('in_progress');
    expect(stepTarget('returned', 'request_closure')).toBe('closure_requested');
  });

  it('lets a finding fixed at once ask to close straight from assigned', () => {
    expect(stepTarget('assigned', 'request_closure')).toBe('closure_requested');
  });

  it('refuses illegal jumps: closing what was never checked, checking what nobody asked to close', () => {
    for (const state of ['assigned', 'in_progress', 'returned', 'closure_requested', 'closed'] as const)
      expect(stepTarget(state, 'close'), state).toBeNull();
    for (const state of ['assigned', 'in_progress', 'returned', 'checked', 'closed'] as const)
      expect(stepTarget(state, 'check'), state).toBeNull();
    expect(stepTarget('closed', 'progress')).toBeNull();
    expect(stepTarget('closed', 'return')).toBeNull();
    expect(stepTarget('checked', 'request_closure')).toBeNull();
    expect(stepTarget('in_progress', 'follow_up', 'held')).toBeNull();
  });

  it('follows a closed finding up: held keeps it closed, relapsed reopens it', () => {
    expect(stepTarget('closed', 'follow_up', 'held')).toBe('closed');
    expect(stepTarget('closed', 'follow_up', 'relapsed')).toBe('returned');
  });

  it('offers exactly the steps it would accept', () => {
    for (const state of FINDING_STATES) {
      expect(allowedSteps(state), state).toEqual(
        FINDING_STEPS.filter((s) => stepTarget(state, s, 'held') !== null),
      );
    }
    expect(allowedSteps('checked')).toEqual(['return', 'close']);
    expect(allowedSteps('closed')).toEqual(['follow_up']);
  });
});

describe('the overdue rule', () => {
  const f = (state: FindingState, deadline: string | null = '2022-03-05', kind = 'by_date' as const) => ({
    state,
    deadline,
    deadlineKind: deadline === null ? ('ongoing' as const) : kind,
  });

  it('is overdue the day after the deadline, counting the days', () => {
    expect(overdueDays(f('in_progress'), '2022-03-05')).toBe(0);
    expect(overdueDays(f('in_progress'), '2022-03-06')).toBe(1);
    expect(overdueDays(f('assigned'), '2022-03-10')).toBe(5);
    expect(isOverdue(f('returned'), '2022-03-10')).toBe(true);
  });

  it('stops the clock once closure is asked for, and never runs for ongoing findings', () => {
    for (const state of ['closure_requested', 'checked', 'closed'] as const)
      expect(overdueDays(f(state), '2022-03-10'), state).toBe(0);
    expect(overdueDays(f('in_progress', null), '2030-01-01')).toBe(0);
  });

  it('sorts overdue first (most overdue first), then by deadline, ongoing after, closed last', () => {
    const rows = [
      { id: 'closed', ...f('closed'), foundOn: '2022-03-01', closedOn: '2022-03-04' },
      { id: 'ongoing', ...f('in_progress', null), foundOn: '2022-03-01', closedOn: null },
      { id: 'late-1', ...f('in_progress', '2022-03-09'), foundOn: '2022-03-01', closedOn: null },
      { id: 'asked', ...f('closure_requested', '2022-03-01'), foundOn: '2022-02-20', closedOn: null },
      { id: 'late-5', ...f('assigned', '2022-03-05'), foundOn: '2022-03-01', closedOn: null },
      { id: 'due', ...f('assigned', '2022-03-20'), foundOn: '2022-03-01', closedOn: null },
    ];
    expect(rows.sort((a, b) => compareFindings(a, b, '2022-03-10')).map((r) => r.id)).toEqual([
      'late-5',
      'late-1',
      'due',
      'ongoing',
      'asked',
      'closed',
    ]);
  });

  it('summarises every county: open, overdue, closed this month (up to the date)', () => {
    const rows = [
      { countyCode: XUANEN, ...f('in_progress'), closedOn: null },
      { countyCode: XUANEN, ...f('closure_requested'), closedOn: null },
      { countyCode: XUANEN, ...f('closed'), closedOn: '2022-03-04' },
      { countyCode: XUANEN, ...f('closed'), closedOn: '2022-02-27' },
      { countyCode: XUANEN, ...f('closed'), closedOn: '2022-03-12' },
      { countyCode: '422802', ...f('assigned', '2022-03-20'), closedOn: null },
    ];
    const summary = summariseByCounty(rows, '2022-03-10');
    expect(summary).toHaveLength(8);
    expect(summary.find((c) => c.countyCode === XUANEN)).toEqual({
      countyCode: XUANEN,
      open: 2,
      overdue: 1,
      closedThisMonth: 1,
      total: 5,
    });
    expect(summary.find((c) => c.countyCode === '422802')).toMatchObject({ open: 1, overdue: 0 });
    expect(summary.find((c) => c.countyCode === '422801')).toMatchObject({ open: 0, total: 0 });
  });
});

describe('what a finding and its steps must carry', () => {
  it('refuses a deadline before the finding, on the deadline field', () => {
    expect(issues(FindingInput.safeParse({ ...base, deadline: '2022-02-28' }))).toEqual([
      { path: ['deadline'], message: 'v.deadline_before_finding' },
    ]);
    expect(FindingInput.safeParse({ ...base, deadline: '2022-03-01' }).success).toBe(true);
  });

  it('needs a deadline to fix by a date, and none for an ongoing finding', () => {
    expect(issues(FindingInput.safeParse({ ...base, deadline: null }))).toEqual([
      { path: ['deadline'], message: 'v.deadline_required' },
    ]);
    expect(FindingInput.safeParse({ ...base, deadlineKind: 'ongoing', deadline: null }).success).toBe(true);
  });

  it('refuses asking to close without saying what was done', () => {
    const step = { id: '7a1c1c52-2b44-4a55-9a1e-1b4fb1e0e001', step: 'request_closure', date: '2022-03-08' };
    expect(issues(FindingStepInput.safeParse({ ...step, note: '   ' }))).toEqual([
      { path: ['note'], message: 'v.done_required' },
    ]);
    expect(issues(FindingStepInput.safeParse(step))).toEqual([
      { path: ['note'], message: 'v.done_required' },
    ]);
    expect(FindingStepInput.safeParse({ ...step, note: '已完成全部核实' }).success).toBe(true);
  });

  it('needs who checked, why it was sent back, and what a follow-up found', () => {
    const id = '7a1c1c52-2b44-4a55-9a1e-1b4fb1e0e001';
    const date = '2022-03-08';
    expect(issues(FindingStepInput.safeParse({ id, date, step: 'check', by: '' }))).toEqual([
      { path: ['by'], message: 'v.checked_by_required' },
    ]);
    expect(issues(FindingStepInput.safeParse({ id, date, step: 'return', note: '' }))).toEqual([
      { path: ['note'], message: 'v.reason_required' },
    ]);
    expect(
      issues(FindingStepInput.safeParse({ id, date, step: 'follow_up', outcome: 'held', note: '' })),
    ).toEqual([{ path: ['note'], message: 'v.follow_up_required' }]);
  });
});
