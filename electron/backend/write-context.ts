import type { AuditRecord } from './audit/repos/audit';

/** What a write needs besides its input: the request's time, its operator, and the audit log. */
export interface WriteContext {
  now: string;
  /** The local date of `now`: nothing may be dated after it. */
  today: string;
  /** Recorded on events and registrations, as the audit log records it on entries. */
  operator: string;
  audit: (record: AuditRecord) => void;
}
