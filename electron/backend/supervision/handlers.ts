import type { supervisionChannels } from '../../../shared/contract/supervision-channels';
import type { DomainHandlers } from '../handler-context';
import {
  findFinding,
  findingsSummary,
  listFindings,
  recordFinding,
  recordStep,
  updateFinding,
} from './findings';
import { rectificationXlsx } from './findings-xlsx';

type SupervisionChannel = keyof typeof supervisionChannels;

/** Handlers of the supervision findings channels (spread into the backend's handler map). */
export const supervisionHandlers: DomainHandlers<SupervisionChannel> = {
  'findings.list': (filter, { db, now }) => listFindings(db, filter, now),
  'findings.get': ({ id, asOf }, { db, now }) => findFinding(db, id, asOf, now),
  'findings.summary': ({ asOf }, { db, now }) => findingsSummary(db, asOf, now),
  'findings.record': (input, ctx) => recordFinding(ctx.db, input, ctx),
  'findings.update': (input, ctx) => updateFinding(ctx.db, input, ctx),
  'findings.step': (input, ctx) => recordStep(ctx.db, input, ctx),
  'findings.export': ({ countyCode, language, asOf }, { db, now }) =>
    rectificationXlsx(db, countyCode, language, asOf, now),
};
