import type { ChannelName } from '../../../shared/contract/channels';
import type { DomainHandlers } from '../handler-context';
import { correctEvent, recordEvents } from './pipeline';
import { compareRegistration, registerAgain } from './repos/register-again';
import { querySeekers, selectSeekerIds } from './repos/seeker-query';
import { rowView } from './repos/seeker-rows';
import {
  findByIdNumbers,
  getSeeker,
  lookupSeekers,
  linkPartner,
  registerSeeker,
  revealField,
  updateSeeker,
} from './repos/seekers';

type SeekerChannel = Extract<ChannelName, `seekers.${string}` | `pipeline.${string}`>;

/** The job-seeker registry and the pipeline of each person's steps. */
export const seekerHandlers: DomainHandlers<SeekerChannel> = {
  'seekers.register': (input, ctx) => registerSeeker(ctx.db, input, ctx, rowView(ctx.db, ctx.now)),
  'seekers.compareRegistration': (input, ctx) => compareRegistration(ctx.db, input, ctx),
  'seekers.registerAgain': (input, ctx) => registerAgain(ctx.db, input, ctx, rowView(ctx.db, ctx.now)),
  'seekers.update': (input, ctx) => updateSeeker(ctx.db, input, ctx, rowView(ctx.db, ctx.now)),
  'seekers.get': ({ id }, { db, now }) => getSeeker(db, id, rowView(db, now)),
  'seekers.query': (query, { db, now }) => querySeekers(db, query, rowView(db, now)),
  'seekers.selectIds': ({ filter }, { db, now }) => ({ ids: selectSeekerIds(db, filter, rowView(db, now)) }),
  'seekers.lookup': ({ number }, ctx) => lookupSeekers(ctx.db, number, ctx),
  'seekers.findByIdNumbers': ({ idNumbers }, ctx) => findByIdNumbers(ctx.db, idNumbers, ctx),
  'seekers.reveal': ({ id, field, reason }, ctx) => revealField(ctx.db, id, field, ctx, reason),
  'seekers.link': ({ id, partnerId }, ctx) =>
    linkPartner(ctx.db, id, partnerId, ctx, rowView(ctx.db, ctx.now)),
  'pipeline.record': (input, ctx) => recordEvents(ctx.db, input, ctx),
  'pipeline.correct': (input, ctx) => correctEvent(ctx.db, input, ctx, rowView(ctx.db, ctx.now)),
};
