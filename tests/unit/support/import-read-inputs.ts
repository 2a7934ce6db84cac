import { randomUUID } from 'node:crypto';
import type { Backend } from '../../../electron/backend/backend';
import type { ChannelInput } from '../../../shared/contract/channels';
import { call } from './fixtures';

/** One good row and one with a mistyped ID number (a problem row to download). */
const ROSTER = Buffer.from(
  '姓名,身份证号码,联系电话\n易玲波,422823200301296461,13794571255\n易玲芳,422823200301296462,13794571256\n',
);

type ImportReadChannel =
  | 'files.pick'
  | 'files.upload'
  | 'files.discard'
  | 'imports.inspect'
  | 'imports.preview'
  | 'imports.cancel'
  | 'imports.batches'
  | 'imports.problemRows';

/**
 * Valid inputs for the import channels that read (a staged file, its preview), for tests that call
 * every read channel. Staging writes only under the data folder's imports/, never the database.
 */
export async function importReadInputs(
  backend: Backend,
): Promise<{ [K in ImportReadChannel]: ChannelInput<K> }> {
  const staged = await backend.imports.staging.stageBytes('roster.csv', ROSTER);
  const preview = await call(backend, 'imports.preview', { fileId: staged.fileId, countyCode: '422823' });
  return {
    'files.pick': {},
    'files.upload': {
      fileId: null,
      name: 'roster.csv',
      offset: 0,
      data: ROSTER.toString('base64'),
      done: true,
    },
    // Another file's id: the sample must not delete the file the other samples read.
    'files.discard': { fileId: randomUUID() },
    'imports.inspect': { fileId: staged.fileId },
    'imports.preview': { fileId: staged.fileId, countyCode: '422823' },
    'imports.cancel': { jobId: randomUUID() },
    'imports.batches': {},
    'imports.problemRows': { previewId: preview.previewId },
  };
}
