import type {
  BackendChannelName,
  ChannelName,
  ChannelOutput,
  ChannelParsedInput,
  Contract,
} from '../../shared/contract/channels';
import type { BackendEvent } from '../../shared/contract/events';
import type { Database } from './db/database';
import type { Store } from './db/store';
import type { ImportSession } from './imports/import-session';
import type { AuditRecord, WriteContext } from './write-context';

/**
 * What every handler gets beside its input: the database and the request's write context (time,
 * local date, operator, audit), plus what a few channels need (the store, import session, events).
 */
export interface HandlerContext extends WriteContext {
  store: Store;
  db: Database;
  /** As in WriteContext; `db` lets a restore write its audit entry into the restored database. */
  audit: (record: AuditRecord, db?: Database) => void;
  version: string;
  /** Staged files, previews and running import jobs. */
  imports: ImportSession;
  /** Sends an event to every window (import progress). */
  emit: (event: BackendEvent) => void;
  /**
   * For `admin` handlers, which run alone and may await: runs `fn` as one journaled transaction
   * (like a write channel) and resolves once it is on disk. Other kinds must not call it.
   */
  write: <T>(fn: () => T) => Promise<T>;
}

type Output<K extends ChannelName> = ChannelOutput<K>;
type Handler<K extends ChannelName> = Contract[K]['kind'] extends 'write'
  ? (input: ChannelParsedInput<K>, ctx: HandlerContext) => Output<K>
  : (input: ChannelParsedInput<K>, ctx: HandlerContext) => Output<K> | Promise<Output<K>>;

/** One handler per channel (but the sign-in gate's own); a channel without a handler does not compile. */
export type Handlers = { [K in BackendChannelName]: Handler<K> };

/** The handlers of one domain's channels, spread into the backend's map by handlers.ts. */
export type DomainHandlers<C extends BackendChannelName> = Pick<Handlers, C>;
