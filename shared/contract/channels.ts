import { z } from 'zod';
import { AuditEntry } from '../domain/audit';
import { BackupInfo, BACKUP_NAME } from '../domain/backups';
import { Enterprise, EnterpriseInput } from '../domain/enterprise';
import { uuid } from '../domain/fields';
import { Settings, SettingsPatch } from '../domain/settings';

const Empty = z.object({}).strict();

/** Shown once after start when the database needed attention. */
export const StartupNotice = z.object({
  kind: z.enum(['recovered_from_backup', 'damaged_no_backup', 'migrated']),
  /** Backup file that was opened, or the copy taken before migrating. */
  file: z.string().nullable(),
  /** Where the damaged file was kept. */
  damagedCopy: z.string().nullable(),
});
export type StartupNotice = z.infer<typeof StartupNotice>;

export const AppInfo = z.object({
  version: z.string(),
  dataDir: z.string(),
  dbFile: z.string(),
  schemaVersion: z.number().int(),
  empty: z.boolean(),
  notices: z.array(StartupNotice),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const County = z.object({
  id: uuid,
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  towns: z.array(z.object({ id: uuid, name: z.string() })),
});
export type County = z.infer<typeof County>;

export const DemoSummary = z.object({
  counties: z.number().int(),
  towns: z.number().int(),
  enterprises: z.number().int(),
  demandLines: z.number().int(),
});
export type DemoSummary = z.infer<typeof DemoSummary>;

/**
 * How the backend runs a channel:
 * - `read`: at once, never changing anything;
 * - `write`: synchronously inside one transaction that also writes the audit log, answered only
 *   after the durable save that includes it has finished (a failed save undoes it);
 * - `admin`: asynchronous whole-database work (backups, restore), run alone, never beside a write.
 */
export type ChannelKind = 'read' | 'write' | 'admin';

/** The one contract. Every channel is `domain.verb` with an input and an output schema. */
export const contract = {
  'app.info': { input: Empty, output: AppInfo, kind: 'read' },
  'settings.get': { input: Empty, output: Settings, kind: 'read' },
  'settings.update': { input: SettingsPatch.strict(), output: Settings, kind: 'write' },
  'demo.load': { input: Empty, output: DemoSummary, kind: 'write' },
  'counties.list': { input: Empty, output: z.array(County), kind: 'read' },
  'enterprises.list': {
    input: z.object({ includeArchived: z.boolean().default(true) }).strict(),
    output: z.array(Enterprise),
    kind: 'read',
  },
  'enterprises.save': { input: EnterpriseInput.strict(), output: Enterprise, kind: 'write' },
  'enterprises.archive': {
    input: z.object({ id: uuid, archived: z.boolean() }).strict(),
    output: Enterprise,
    kind: 'write',
  },
  'backups.list': { input: Empty, output: z.array(BackupInfo), kind: 'read' },
  'backups.create': { input: Empty, output: BackupInfo, kind: 'admin' },
  'backups.restore': {
    input: z.object({ name: z.string().regex(BACKUP_NAME, { error: 'v.backup_name' }) }).strict(),
    output: z.object({ restored: z.string(), keptAside: z.string() }),
    kind: 'admin',
  },
  'audit.list': {
    input: z
      .object({
        limit: z.number().int().min(1).max(500).default(100),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    output: z.array(AuditEntry),
    kind: 'read',
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType; kind: ChannelKind }>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<K extends ChannelName> = z.input<Contract[K]['input']>;
export type ChannelParsedInput<K extends ChannelName> = z.output<Contract[K]['input']>;
export type ChannelOutput<K extends ChannelName> = z.output<Contract[K]['output']>;

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
