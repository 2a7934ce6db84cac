import { z } from 'zod';
import { isoDate, uuid } from '../domain/fields';
import {
  CaseActionInput,
  CaseFilter,
  CaseList,
  CaseOpenInput,
  CaseUpdateInput,
  ServiceCase,
} from '../domain/service-cases';
import { SpecialClass, SpecialClassInput } from '../domain/special-classes';
import { Leave, LeaveInput, LeaveReturnInput, Transfer, TransferInput, VoidInput } from '../domain/transfers';
import {
  AtRiskList,
  PersonStabilisation,
  ReturnVisit,
  StabilisationOverview,
  VisitInput,
  VisitsDue,
  WeeklyDiary,
} from './stabilisation';

const Empty = z.object({}).strict();
const ById = z.object({ id: uuid }).strict();
/** Lists are as of the Settings' date (else today) unless a date is given. */
const AsOf = { asOf: isoDate.nullable().default(null) };

/**
 * Job stabilisation (稳岗): special classes, the factory diary, return visits, the at-risk list,
 * transfers and leave (spread into the contract). Every write is audited.
 */
export const stabilisationChannels = {
  'classes.list': { input: Empty, output: z.array(SpecialClass), kind: 'read' },
  'classes.save': { input: SpecialClassInput, output: SpecialClass, kind: 'write' },
  /** The diary: cases matching a filter, newest first. */
  'cases.list': { input: CaseFilter, output: CaseList, kind: 'read' },
  'cases.get': { input: ById, output: ServiceCase, kind: 'read' },
  'cases.open': { input: CaseOpenInput, output: ServiceCase, kind: 'write' },
  'cases.update': { input: CaseUpdateInput, output: ServiceCase, kind: 'write' },
  'cases.addAction': { input: CaseActionInput, output: ServiceCase, kind: 'write' },
  /** Cases worth telling in a report for a period (the daily report's "notable service cases"). */
  'cases.notable': {
    input: z
      .object({ from: isoDate, to: isoDate, limit: z.number().int().min(1).max(50).default(10) })
      .strict(),
    output: z.array(ServiceCase),
    kind: 'read',
  },
  /** Visits due within a week and overdue, most overdue first. */
  'visits.due': {
    input: z.object({ ...AsOf, enterpriseId: uuid.nullable().default(null) }).strict(),
    output: VisitsDue,
    kind: 'read',
  },
  'visits.record': { input: VisitInput, output: ReturnVisit, kind: 'write' },
  'risk.list': {
    input: z.object({ ...AsOf, enterpriseId: uuid.nullable().default(null) }).strict(),
    output: AtRiskList,
    kind: 'read',
  },
  'transfers.record': { input: TransferInput, output: Transfer, kind: 'write' },
  'transfers.void': { input: VoidInput, output: Transfer, kind: 'write' },
  'leaves.record': { input: LeaveInput, output: Leave, kind: 'write' },
  /** The person is back at work. */
  'leaves.return': { input: LeaveReturnInput, output: Leave, kind: 'write' },
  'leaves.void': { input: VoidInput, output: Leave, kind: 'write' },
  'stabilisation.person': {
    input: z.object({ seekerId: uuid }).strict(),
    output: PersonStabilisation,
    kind: 'read',
  },
  'stabilisation.overview': { input: z.object(AsOf).strict(), output: StabilisationOverview, kind: 'read' },
  /** One special class's week for printing; `weekStart` is moved back to its Monday. */
  'diary.week': {
    input: z.object({ classId: uuid, weekStart: isoDate }).strict(),
    output: WeeklyDiary,
    kind: 'read',
  },
} as const;
