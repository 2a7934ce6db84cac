import type { ChannelName } from '../../../shared/contract/channels';
import type { DomainHandlers } from '../handler-context';
import { listAudit, said } from './repos/audit';

type AuditChannel = Extract<ChannelName, `backups.${string}` | 'audit.list'>;

/** The record of what was done (the audit log) and the copies kept of the database (backups). */
export const auditHandlers: DomainHandlers<AuditChannel> = {
  'backups.list': (_input, { store }) => store.listBackups(),
  'backups.create': (_input, { store }) => store.backupNow(),
  'backups.restore': ({ name }, { store, audit }) =>
    // The restored database records who restored it, and from which file, in the same save.
    store.restore(name, (db, result) =>
      audit(
        {
          action: 'backups.restore',
          entity: 'database',
          entityId: null,
          summary: said('backup_restored', result),
        },
        db,
      ),
    ),
  'audit.list': ({ limit, offset }, { db }) => listAudit(db, limit, offset),
};
