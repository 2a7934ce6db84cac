import { ApiError } from '../../../../shared/contract/result';
import type { Database } from '../database';
import { m0001Initial } from './0001-initial';
import { m0002Seekers } from './0002-seekers';
import { m0003ImportBatches } from './0003-import-batches';
import { m0004Transport } from './0004-transport';
import { m0005Stabilisation } from './0005-stabilisation';
import { m0006CountyTasksReports } from './0006-county-tasks-reports';
import { m0007EventTally } from './0007-event-tally';
import { m0008SeekerTally } from './0008-seeker-tally';
import { m0009ImportArchivedLines } from './0009-import-archived-lines';
import { m0010Supervision } from './0010-supervision';
import { m0011Fieldwork } from './0011-fieldwork';
import { m0012Policies } from './0012-policies';
import type { Migration } from './migration';

export const migrations: readonly Migration[] = [
  m0001Initial,
  m0002Seekers,
  m0003ImportBatches,
  m0004Transport,
  m0005Stabilisation,
  m0006CountyTasksReports,
  m0007EventTally,
  m0008SeekerTally,
  m0009ImportArchivedLines,
  m0010Supervision,
  m0011Fieldwork,
  m0012Policies,
];
export const LATEST_VERSION = migrations[migrations.length - 1]?.version ?? 0;

export function assertNotNewer(version: number): void {
  if (version > LATEST_VERSION) {
    throw new ApiError('newer_database', 'e.newer_database', {
      params: { found: version, known: LATEST_VERSION },
    });
  }
}

/** Applies every pending migration, each in its own transaction with its version bump. Returns the versions applied. */
export function migrate(db: Database, upTo: number = LATEST_VERSION): number[] {
  const current = db.userVersion();
  assertNotNewer(current);
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= current || m.version > upTo) continue;
    db.transaction(() => {
      m.up(db);
      db.setUserVersion(m.version);
    });
    applied.push(m.version);
  }
  return applied;
}
