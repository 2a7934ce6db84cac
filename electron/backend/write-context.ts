import type { AuditMessage } from '../../shared/domain/audit';
import type { Catalog } from '../../shared/i18n/en';

type Unplural<K> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;

/** A message of the audit log: a key of `auditSummary` (the compiler checks it has a text). */
export type AuditSummaryKey = Unplural<keyof Catalog['auditSummary'] & string>;

/** `trips.close` for the catalogue's `audit.trips_close`: an action can only be written with its label. */
export type AuditAction = {
  [K in keyof Catalog['audit'] & string]: K extends `${infer Domain}_${infer Verb}`
    ? `${Domain}.${Verb}`
    : never;
}[keyof Catalog['audit'] & string];

/** One entry of the audit log, written inside the transaction of the change it records. */
export interface AuditRecord {
  action: AuditAction;
  entity: string;
  entityId: string | null;
  /** What happened, as data: each operator reads it in their own language. */
  summary: AuditMessage;
}

/** What a write needs besides its input and the database: the request's time, its operator, and the audit log. */
export interface WriteContext {
  /** ISO timestamp of the request; every row it writes carries the same time. */
  now: string;
  /** The local date of `now`: nothing may be dated after it. */
  today: string;
  /** Who acts: recorded on events and registrations, as on audit entries. Empty for read channels. */
  operator: string;
  /** Records one audit entry inside the request's transaction (write and admin channels only). */
  audit: (record: AuditRecord) => void;
}
