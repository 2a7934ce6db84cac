import type { stabilisationChannels } from '../../../shared/contract/stabilisation-channels';
import type { DomainHandlers, HandlerContext } from '../handler-context';
import { recordVisit } from './repos/return-visits';
import { addCaseAction, getCase, listCases, openCase, updateCase } from './repos/service-cases';
import { figuresAsOf } from '../app/repos/settings';
import { listClasses, saveClass } from './repos/special-classes';
import { atRiskList, overview, visitsDue } from './lists';
import { recordLeave, recordTransfer, returnFromLeave, voidLeave, voidTransfer } from './moves';
import { notableCases } from './notable';
import { personStabilisation } from './person';
import { weeklyDiary } from './weekly-diary';

type StabilisationChannel = keyof typeof stabilisationChannels;

const asOfOf = ({ db, now }: HandlerContext) => figuresAsOf(db, now);

/** Handlers of the stabilisation channels (spread into the backend's handler map). */
export const stabilisationHandlers: DomainHandlers<StabilisationChannel> = {
  'classes.list': (_input, { db }) => listClasses(db),
  'classes.save': (input, ctx) => saveClass(ctx.db, input, ctx),
  'cases.list': (filter, ctx) => listCases(ctx.db, filter, asOfOf(ctx)),
  'cases.get': ({ id }, { db }) => getCase(db, id),
  'cases.open': (input, ctx) => openCase(ctx.db, input, ctx),
  'cases.update': (input, ctx) => updateCase(ctx.db, input, ctx),
  'cases.addAction': (input, ctx) => addCaseAction(ctx.db, input, ctx),
  'cases.notable': ({ from, to, limit }, { db }) => notableCases(db, from, to, limit),
  'visits.due': ({ asOf, enterpriseId }, { db, now }) => visitsDue(db, asOf, enterpriseId, now),
  'visits.record': (input, ctx) => recordVisit(ctx.db, input, ctx),
  'risk.list': ({ asOf, enterpriseId }, { db, now }) => atRiskList(db, asOf, enterpriseId, now),
  'transfers.record': (input, ctx) => recordTransfer(ctx.db, input, ctx),
  'transfers.void': (input, ctx) => voidTransfer(ctx.db, input, ctx),
  'leaves.record': (input, ctx) => recordLeave(ctx.db, input, ctx),
  'leaves.return': (input, ctx) => returnFromLeave(ctx.db, input, ctx),
  'leaves.void': (input, ctx) => voidLeave(ctx.db, input, ctx),
  'stabilisation.person': ({ seekerId }, { db, now }) => personStabilisation(db, seekerId, now),
  'stabilisation.overview': ({ asOf }, { db, now }) => overview(db, asOf, now),
  'diary.week': ({ classId, weekStart }, { db, now }) => weeklyDiary(db, classId, weekStart, now),
};
