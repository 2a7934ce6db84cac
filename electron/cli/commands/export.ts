import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { SEEKER_EXPORT_COLUMNS } from '../../../shared/contract/import-channels';
import type { FileDownload } from '../../../shared/contract/imports';
import { translate } from '../../../shared/i18n';
import { CliError } from '../output';
import { signIn } from '../sign-in';

const HEADER_KEYS: Record<(typeof SEEKER_EXPORT_COLUMNS)[number], string> = {
  name: 'seekers.col.name',
  gender: 'seekers.col.gender',
  age: 'seekers.col.age',
  idMasked: 'seekers.col.id',
  phoneMasked: 'seekers.col.phone',
  countyCode: 'seekers.col.county',
  town: 'seekers.col.town',
  village: 'seekers.col.village',
  stage: 'seekers.col.stage',
  stageDate: 'seekers.col.stageDate',
  enterpriseName: 'seekers.col.enterprise',
  trips: 'seekers.col.trips',
  preferences: 'seekers.col.preferences',
  partnerName: 'seekers.col.partner',
  channel: 'seekers.col.channel',
  signedUpOn: 'seekers.col.signedUpOn',
};

/** `spring-breeze export seekers --out FILE`: every person, every column, .xlsx or .csv by the file's extension. */
export async function exportCommand(
  dataDir: string,
  what: string | undefined,
  out: string | undefined,
  unmasked: boolean,
  user: string | undefined,
  reason: string | undefined,
): Promise<void> {
  if (what !== 'seekers')
    throw new CliError(`export what? Only "seekers" can be exported (got "${what ?? ''}")`, 64);
  if (!out) throw new CliError('--out FILE is required', 64);
  const ext = path.extname(out).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv')
    throw new CliError(`--out must end in .xlsx or .csv, not "${ext}"`, 64);
  if (unmasked && !reason)
    throw new CliError('--unmasked needs --reason "why" (it is written into the audit log)', 64);
  const session = await signIn(dataDir, user);
  try {
    const file = await session.invoke<FileDownload>('exports.seekers', {
      format: ext === '.xlsx' ? 'xlsx' : 'csv',
      fileBase: path.basename(out, ext),
      filter: {},
      columns: SEEKER_EXPORT_COLUMNS.map((colId) => ({
        colId,
        header: translate('zh-CN', HEADER_KEYS[colId]),
      })),
      unmasked,
      ...(unmasked ? { reason } : {}),
      language: 'zh-CN',
    });
    await writeFile(out, Buffer.from(file.base64, 'base64'));
    console.log(
      `Exported ${file.rows} people to ${out}${unmasked ? ' (full ID numbers and phones; recorded in the audit log)' : ' (masked)'}.`,
    );
  } finally {
    await session.close();
  }
}
