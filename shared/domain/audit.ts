import { z } from 'zod';

/** A value in an audit message: data as stored (a name, a date, a count, or a code shown translated). */
export const AuditValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);
export type AuditValue = z.infer<typeof AuditValue>;

/** One sentence: a key under `auditSummary` in the catalogues and its parameters. */
export const AuditPart = z.object({
  key: z.string(),
  params: z.record(z.string(), AuditValue),
});
export type AuditPart = z.infer<typeof AuditPart>;

/**
 * What an audit entry says, stored as data so each operator reads it in their own language: the main
 * sentence, then the details (the fields an update changed, the seats a tick changed).
 */
export const AuditMessage = AuditPart.extend({ parts: z.array(AuditPart) });
export type AuditMessage = z.infer<typeof AuditMessage>;

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  operator: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  /** A message to translate; plain text for entries written before summaries were stored as data. */
  summary: z.union([AuditMessage, z.string()]),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
