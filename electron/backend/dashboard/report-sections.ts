import type { ReportSection } from '../../../shared/domain/daily-report';
import type { Database } from '../db/database';
import { notableCases } from '../stabilisation/notable';

/** At most this many cases: the report tells the telling ones; the diary holds the rest. */
const MAX_CASES = 12;

/** Stabilisation's notable service cases that day: worker, enterprise, what was asked and done, status. */
function notableServiceCases(db: Database, date: string): ReportSection | null {
  const cases = notableCases(db, date, date, MAX_CASES);
  if (cases.length === 0) return null;
  return {
    kind: 'notable_cases',
    title: 'reports.cases.title',
    columns: [
      { title: 'reports.cases.worker', translate: false },
      { title: 'reports.cases.enterprise', translate: false },
      { title: 'reports.cases.type', translate: true },
      { title: 'reports.cases.request', translate: false },
      { title: 'reports.cases.done', translate: false },
      { title: 'reports.cases.status', translate: true },
    ],
    rows: cases.map((c) => [
      c.seekerName,
      c.enterpriseName,
      `stabilisation.caseType.${c.type}`,
      c.request,
      c.actions
        .map((a) => a.action)
        .filter(Boolean)
        .join('；'),
      `stabilisation.caseStatus.${c.status}`,
    ]),
  };
}

/** The sections other parts of the console add to the daily report, in order. */
export const REPORT_SECTIONS: readonly ((db: Database, date: string) => ReportSection | null)[] = [
  notableServiceCases,
];
