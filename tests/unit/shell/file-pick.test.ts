import { describe, expect, it } from 'vitest';
import { createFilePickHandler, type ShowOpenDialog } from '../../../electron/shell/file-pick';
import type { InvokeEventLike } from '../../../electron/shell/ipc-relay';

const event: InvokeEventLike = { senderFrame: null };
const FILE_ID = '0b8f5f8e-4c2b-4a47-9f1e-2d6f4e1c9a10';

function handler(choice: { canceled: boolean; filePaths: string[] }) {
  const staged: string[] = [];
  const dialogs: Parameters<ShowOpenDialog>[0][] = [];
  const h = createFilePickHandler<InvokeEventLike>({
    showOpenDialog: (options) => {
      dialogs.push(options);
      return Promise.resolve(choice);
    },
    stageFile: (path) => {
      staged.push(path);
      return Promise.resolve({ ok: true, data: { fileId: FILE_ID, name: 'badong.xlsx', size: 10 } });
    },
  });
  return { h, staged, dialogs };
}

describe('files.pick in Electron main', () => {
  it('stages the path the dialog returned and answers only its id', async () => {
    const { h, staged, dialogs } = handler({ canceled: false, filePaths: ['C:\\rosters\\badong.xlsx'] });
    const result = await h({ path: '/etc/passwd' }, event);
    expect(staged).toEqual(['C:\\rosters\\badong.xlsx']);
    expect(result).toEqual({
      ok: true,
      data: { dialog: true, file: { fileId: FILE_ID, name: 'badong.xlsx', size: 10 } },
    });
    expect(JSON.stringify(result)).not.toContain('rosters');
    expect(dialogs[0]!.filters[0]!.extensions).toEqual(expect.arrayContaining(['xlsx', 'xls', 'csv']));
  });

  it('ignores whatever the renderer sends: a cancelled dialog stages nothing', async () => {
    const { h, staged } = handler({ canceled: true, filePaths: [] });
    expect(await h({ path: '/etc/passwd' }, event)).toEqual({ ok: true, data: { dialog: true, file: null } });
    expect(staged).toEqual([]);
  });
});
