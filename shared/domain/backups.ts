import { z } from 'zod';

export const BackupInfo = z.object({
  name: z.string(),
  createdAt: z.string(),
  size: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

/** A backup file name as the backend writes it; anything else is refused before touching the disk. */
export const BACKUP_NAME = /^spring-breeze-\d{8}-\d{6}-\d{3}(?:-[a-z]+)?\.sqlite$/;
