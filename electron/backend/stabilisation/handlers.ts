import type { stabilisationChannels } from '../../../shared/contract/stabilisation-channels';
import { effectiveAsOf } from '../../../shared/domain/settings';
import type { HandlerContext, Handlers } from '../handlers';
import { recordVisit } from './repos/return-visits';
import { addCaseAction, getCase, listCases, openCase, updateCase } from './repos/service-cases';
import { readSettings } from '../app/repos/settings';
import { listClasses, saveClass } from './repos/special-classes';
import type { WriteContext } from '../write-context';
import { atRiskList, overview, visitsDue } from './lists';
import { recordLeave, recordTransfer, returnFromLeave, voidLeave, voidTransfer } from './moves';
import { notableCases } from './notable';
import { personStabilisation } from './person';
import { weeklyDiary } from './weekly-diary';

type StabilisationChannel = keyof typeof stabilisationChannels;

function writeContext({ db, now, audit }: HandlerContext): WriteContext {
  return {
    now,
    today: effectiveAsOf({ asOfDate: null }, new Date(now)),
    operator: readSettings(db).operatorName,
    audit: (record) => audit(record),
  };
}

const asOfOf = ({ db, now }: HandlerContext) => effectiveAsOf(readSettings(db), new Date(now));

/** Handlers of the stabilisation channels (spread into the backend's handler map). */
export const stabilisationHandlers: Pick<Handlers, StabilisationChannel> = {
  'classes.list': (_input, { db }) => listClasses(db),
  'classes.save': (input, ctx) => saveClass(ctx.db, input, writeContext(ctx)),
  'cases.list': (filter, ctx) => listCases(ctx.db, filter, asOfOf(ctx)),
  'cases.get': ({ id }, { db }) => getCase(db, id),
  'cases.open': (input, ctx) => openCase(ctx.db, input, writeContext(ctx)),
  'cases.update': (input, ctx) => updateCase(ctx.db, input, writeContext(ctx)),
  'cases.addAction': (input, ctx) => addCaseAction(ctx.db, input, writeContext(ctx)),
  'cases.notable': ({ from, to, limit }, { db }) => notableCases(db, from, to, limit),
  'visits.due': ({ asOf, enterpriseId }, { db, now }) => visitsDue(db, asOf, enterpriseId, now),
  'visits.record': (input, ctx) => recordVisit(ctx.db, input, writeContext(ctx)),
  'risk.list': ({ asOf, enterpriseId }, { db, now }) => atRiskList(db, asOf, enterpriseId, now),
  'transfers.record': (input, ctx) => recordTransfer(ctx.db, input, writeContext(ctx)),
  'transfers.void': (input, ctx) => voidTransfer(ctx.db, input, writeContext(ctx)),
  'leaves.record': (input, ctx) => recordLeave(ctx.db, input, writeContext(ctx)),
  'leaves.return': (input, ctx) => returnFromLeave(ctx.db, input, writeContext(ctx)),
  'leaves.void': (input, ctx) => voidLeave(ctx.db, input, writeContext(ctx)),
  'stabilisation.person': ({ seekerId }, { db, now }) => personStabilisation(db, seekerId, now),
  'stabilisation.overview': ({ asOf }, { db, now }) => overview(db, asOf, now),
  'diary.week': ({ classId, weekStart }, { db, now }) => weeklyDiary(db, classId, weekStart, now),
};
