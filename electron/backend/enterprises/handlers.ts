import type { ChannelName } from '../../../shared/contract/channels';
import type { DomainHandlers } from '../handler-context';
import { archiveEnterprise, listEnterprises, saveEnterprise } from './repos/enterprises';

type EnterpriseChannel = Extract<ChannelName, `enterprises.${string}`>;

/** Enterprises and their demand lines. */
export const enterpriseHandlers: DomainHandlers<EnterpriseChannel> = {
  'enterprises.list': ({ includeArchived }, { db }) => listEnterprises(db, includeArchived),
  'enterprises.save': (input, ctx) => saveEnterprise(ctx.db, input, ctx),
  'enterprises.archive': ({ id, archived }, ctx) => archiveEnterprise(ctx.db, id, archived, ctx),
};
