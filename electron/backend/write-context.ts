/** One entry of the audit log, written inside the transaction of the change it records. */
export interface AuditRecord {
  action: string;
  entity: string;
  entityId: string | null;
  /** Human-readable, e.g. the changed fields with before → after. */
  summary: string;
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
