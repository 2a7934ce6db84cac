import { z } from 'zod';
import { isoDate, uuid } from '../domain/fields';
import { FindingFilter, FindingInput, FindingStepInput, FindingUpdate } from '../domain/supervision';
import { COUNTIES } from '../domain/counties';
import { FileDownload } from './imports';
import { Finding, FindingList, FindingsSummary } from './supervision';

const COUNTY_CODES = COUNTIES.map((c) => c.code) as [string, ...string[]];
/** Overdue is counted as of the Settings' date (else today) unless a date is given. */
const AsOf = { asOf: isoDate.nullable().default(null) };

/**
 * Supervision findings (督导问题清单): recorded, worked on, asked to close, checked, closed or sent
 * back, followed up (spread into the contract). Every write is audited.
 */
export const supervisionChannels = {
  /** Findings matching a filter: overdue first, then by deadline, closed last. */
  'findings.list': { input: FindingFilter, output: FindingList, kind: 'read' },
  'findings.get': { input: z.object({ id: uuid, ...AsOf }).strict(), output: Finding, kind: 'read' },
  /** Per county: open, overdue, closed this month. */
  'findings.summary': { input: z.object(AsOf).strict(), output: FindingsSummary, kind: 'read' },
  'findings.record': { input: FindingInput, output: Finding, kind: 'write' },
  'findings.update': { input: FindingUpdate, output: Finding, kind: 'write' },
  /** One step of the state machine; an illegal jump is refused. */
  'findings.step': { input: FindingStepInput, output: Finding, kind: 'write' },
  /** A county's rectification list (整改清单) as .xlsx, in the UI language. */
  'findings.export': {
    input: z
      .object({
        countyCode: z.enum(COUNTY_CODES, { error: 'v.county' }),
        language: z.enum(['zh-CN', 'en']).default('zh-CN'),
        ...AsOf,
      })
      .strict(),
    output: FileDownload,
    kind: 'read',
  },
} as const;
