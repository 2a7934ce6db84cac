import type { FilePickResult, StagedFile } from '../../shared/contract/imports';
import type { Result } from '../../shared/contract/result';
import type { InvokeEventLike, ShellHandler } from './ipc-relay';

/** The part of Electron's dialog main uses (a fake in tests). */
export type ShowOpenDialog = (options: {
  title: string;
  properties: 'openFile'[];
  filters: { name: string; extensions: string[] }[];
}) => Promise<{ canceled: boolean; filePaths: string[] }>;

const FILTERS = [
  { name: 'Spreadsheets / 表格', extensions: ['xlsx', 'xls', 'ods', 'csv', 'txt'] },
  { name: 'All files / 所有文件', extensions: ['*'] },
];

/**
 * `files.pick` in Electron: main shows its own open dialog and hands the chosen path to the
 * backend to stage; the renderer only ever receives the staged file's id. A path never comes from
 * the renderer, so it cannot make the backend read a file the user did not choose.
 */
export function createFilePickHandler<E extends InvokeEventLike>(deps: {
  showOpenDialog: ShowOpenDialog;
  stageFile: (path: string) => Promise<Result<StagedFile>>;
}): ShellHandler<E> {
  return async (): Promise<Result<FilePickResult>> => {
    const choice = await deps.showOpenDialog({
      title: 'Spring Breeze',
      properties: ['openFile'],
      filters: FILTERS,
    });
    const path = choice.filePaths[0];
    if (choice.canceled || !path) return { ok: true, data: { dialog: true, file: null } };
    const staged = await deps.stageFile(path);
    return staged.ok ? { ok: true, data: { dialog: true, file: staged.data } } : staged;
  };
}
