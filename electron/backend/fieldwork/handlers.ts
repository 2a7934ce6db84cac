import type { fieldworkChannels } from '../../../shared/contract/fieldwork-channels';
import { figuresAsOf } from '../app/repos/settings';
import type { DomainHandlers } from '../handler-context';
import { listRecruitmentClasses, saveRecruitmentClass } from './repos/classes';
import { listRequests, saveRequest, serviceOverview, setCommissioner } from './repos/service';
import { deleteVisit, getVisit, listVisits, saveVisit } from './repos/visits';

type FieldworkChannel = keyof typeof fieldworkChannels;

/** Handlers of the field-work channels (spread into the backend's handler map). */
export const fieldworkHandlers: DomainHandlers<FieldworkChannel> = {
  'recruitmentClasses.list': (_input, { db }) => listRecruitmentClasses(db),
  'recruitmentClasses.save': (input, ctx) => saveRecruitmentClass(ctx.db, input, ctx),
  'fieldVisits.list': (filter, { db }) => listVisits(db, filter),
  'fieldVisits.get': ({ id }, { db }) => getVisit(db, id),
  'fieldVisits.save': (input, ctx) => saveVisit(ctx.db, input, ctx),
  'fieldVisits.delete': ({ id }, ctx) => deleteVisit(ctx.db, id, ctx),
  'enterpriseService.overview': (_input, { db }) => serviceOverview(db),
  'enterpriseService.requests': (filter, { db, now }) => listRequests(db, filter, figuresAsOf(db, now)),
  'enterpriseService.saveRequest': (input, ctx) =>
    saveRequest(ctx.db, input, ctx, figuresAsOf(ctx.db, ctx.now)),
  'enterpriseService.setCommissioner': (input, ctx) => setCommissioner(ctx.db, input, ctx),
};
