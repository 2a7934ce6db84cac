import { UPLOAD_CHUNK_BYTES, type StagedFile } from '../../../../shared/contract/imports';
import type { ChannelOutput } from '../../../../shared/contract/channels';
import { call } from '../../api';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks of 32k characters keep String.fromCharCode's argument list within bounds.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Browser mode: stages a chosen file with the backend in chunks; the page then holds only its id. */
export async function uploadFile(
  file: File,
  onProgress: (done: number, total: number) => void,
): Promise<StagedFile> {
  let fileId: string | null = null;
  let offset = 0;
  let staged: StagedFile | null = null;
  do {
    const chunk = new Uint8Array(await file.slice(offset, offset + UPLOAD_CHUNK_BYTES).arrayBuffer());
    const done = offset + chunk.length >= file.size;
    const r: ChannelOutput<'files.upload'> = await call('files.upload', {
      fileId,
      name: file.name,
      offset,
      data: toBase64(chunk),
      done,
    });
    fileId = r.fileId;
    offset += chunk.length;
    onProgress(offset, file.size);
    if (done) staged = { fileId: r.fileId, name: r.name, size: r.size };
  } while (!staged);
  return staged;
}

/** Electron has a native open dialog in main; elsewhere there is none. */
export const hasNativeDialog = (): boolean => navigator.userAgent.includes('Electron/');
