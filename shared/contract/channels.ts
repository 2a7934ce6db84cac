import { z } from 'zod';
import { AuditEntry } from '../domain/audit';
import { BackupInfo, BACKUP_NAME } from '../domain/backups';
import { Enterprise, EnterpriseInput } from '../domain/enterprise';
import { uuid } from '../domain/fields';
import { CountsSummary } from '../domain/counts';
import { isoDate } from '../domain/fields';
import {
  CorrectEventInput,
  RecordEventsInput,
  RecordEventsResult,
  RegisterResult,
  SeekerDetail,
  SeekerFilter,
  SeekerQuery,
  SeekerRow,
  SeekerInput,
  SeekerUpdate,
} from '../domain/seeker';
import { RegisterAgainInput, RegistrationComparison } from '../domain/registration-differences';
import { Settings, SettingsPatch } from '../domain/settings';
import { revealReason } from '../domain/accounts';
import { dashboardChannels } from './dashboard-channels';
import { importChannels } from './import-channels';
import { transportChannels } from './transport-channels';
import { stabilisationChannels } from './stabilisation-channels';
import { supervisionChannels } from './supervision-channels';
import { fieldworkChannels } from './fieldwork-channels';
import { authChannels } from './auth-channels';
import { policyChannels } from './policy-channels';

const Empty = z.object({}).strict();

/** Shown once after start when the database needed attention. */
export const StartupNotice = z.object({
  kind: z.enum(['recovered_from_backup', 'damaged_no_backup', 'migrated', 'tightened', 'encrypted']),
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
  seekers: z.number().int(),
  events: z.number().int(),
  /** The demo's figures hold as of this date with this many stable days; the load sets both in Settings. */
  asOfDate: z.string(),
  stableDays: z.number().int(),
  /** Loaded into a folder not yet set up: the demo admin, its password shown this once. */
  demoAdmin: z.object({ name: z.string(), password: z.string() }).optional(),
});
export type DemoSummary = z.infer<typeof DemoSummary>;

/**
 * How the backend runs a channel:
 * - `read`: at once, never changing anything;
 * - `write`: synchronously inside one transaction that also writes the audit log, answered only
 *   after the durable save that includes it has finished (a failed save undoes it);
 * - `admin`: asynchronous whole-database work (backups, restore), run alone, never beside a write;
 * - `session`: answered by the sign-in gate (accounts, sign-in), never by the backend's handlers.
 */
export type ChannelKind = 'read' | 'write' | 'admin' | 'session';

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
  /** Refused with `v.registration_differs` when a known ID number comes with other values than on file. */
  'seekers.register': { input: SeekerInput, output: RegisterResult, kind: 'write' },
  /**
   * What registering would change for a known ID number: the person on file and each differing field.
   * A write because it answers "is this whole ID number on file?", which is audited.
   */
  'seekers.compareRegistration': { input: SeekerInput, output: RegistrationComparison, kind: 'write' },
  /** Registers a known person again, keeping for each differing field the value the user chose (audited). */
  'seekers.registerAgain': { input: RegisterAgainInput, output: RegisterResult, kind: 'write' },
  'seekers.update': { input: SeekerUpdate, output: SeekerDetail, kind: 'write' },
  'seekers.get': { input: z.object({ id: uuid }).strict(), output: SeekerDetail, kind: 'read' },
  /** One page of the job-seeker grid (the grid loads pages as it scrolls). */
  'seekers.query': {
    input: SeekerQuery,
    output: z.object({ rows: z.array(SeekerRow), total: z.number().int() }),
    kind: 'read',
  },
  /** Every id matching a filter: "select all" for bulk actions. */
  'seekers.selectIds': {
    input: z.object({ filter: SeekerFilter }).strict(),
    output: z.object({ ids: z.array(uuid) }),
    kind: 'read',
  },
  /**
   * Finds the people with a whole ID number or phone. A write because every whole-number lookup is
   * audited: reads match only a name or the last four digits (shared/domain/person-search.ts).
   */
  'seekers.lookup': {
    input: z.object({ number: z.string().trim().min(1).max(40) }).strict(),
    output: z.object({ ids: z.array(uuid) }),
    kind: 'write',
  },
  /** Resolves a pasted list of ID numbers (e.g. the exam results a hospital sends back); audited. */
  'seekers.findByIdNumbers': {
    input: z.object({ idNumbers: z.array(z.string().max(40)).min(1).max(5000) }).strict(),
    output: z.object({
      found: z.array(z.object({ idNumber: z.string(), seekerId: uuid, name: z.string(), stage: z.string() })),
      notFound: z.array(z.string()),
    }),
    kind: 'write',
  },
  /** Shows one full ID number, phone or bank account; a write because every reveal is audited. */
  'seekers.reveal': {
    input: z
      .object({
        id: uuid,
        field: z.enum(['idNumber', 'phone', 'bankAccount']),
        /** Why: the sign-in gate asks for it and it is audited. */
        reason: revealReason.optional(),
      })
      .strict(),
    output: z.object({ value: z.string() }),
    kind: 'write',
  },
  /** Links two people as a couple (夫妻档), or unlinks with partnerId null. */
  'seekers.link': {
    input: z.object({ id: uuid, partnerId: uuid.nullable() }).strict(),
    output: SeekerDetail,
    kind: 'write',
  },
  'pipeline.record': { input: RecordEventsInput, output: RecordEventsResult, kind: 'write' },
  'pipeline.correct': { input: CorrectEventInput, output: SeekerDetail, kind: 'write' },
  /** The counting module: per stage, enterprise and county, as of a date (default: the setting, else today). */
  'counts.summary': {
    input: z
      .object({
        asOf: isoDate.nullable().default(null),
        /** Demand period; default the half-year containing asOf. */
        period: z.object({ start: isoDate, end: isoDate }).strict().nullable().default(null),
      })
      .strict(),
    output: CountsSummary,
    kind: 'read',
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
  ...importChannels,
  ...dashboardChannels,
  ...transportChannels,
  ...stabilisationChannels,
  ...supervisionChannels,
  ...fieldworkChannels,
  ...authChannels,
  ...policyChannels,
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType; kind: ChannelKind }>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<K extends ChannelName> = z.input<Contract[K]['input']>;
export type ChannelParsedInput<K extends ChannelName> = z.output<Contract[K]['input']>;
export type ChannelOutput<K extends ChannelName> = z.output<Contract[K]['output']>;

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

/** The channels the sign-in gate answers itself (kind `session`). */
export type SessionChannelName = {
  [K in ChannelName]: Contract[K]['kind'] extends 'session' ? K : never;
}[ChannelName];
/** The channels the backend's handlers answer. */
export type BackendChannelName = Exclude<ChannelName, SessionChannelName>;

export function isSessionChannel(name: ChannelName): name is SessionChannelName {
  return contract[name].kind === 'session';
}

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
