import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  shell,
  type IpcMainInvokeEvent,
  type WebContents,
} from 'electron';
import { IPC_EVENT, IPC_INVOKE } from '../../shared/contract/bridge';
import { CHANNEL_NAMES, type ChannelName } from '../../shared/contract/channels';
import { resolveLanguage, type Language } from '../../shared/domain/settings';
import { translate } from '../../shared/i18n';
import { BackendClient } from '../backend/worker-client';
import { resolveDataDir } from '../data-dir';
import { createAppRequestHandler } from './app-protocol';
import { readFlag } from './argv';
import { createPrintHandlers } from './print';
import { createFilePickHandler } from './file-pick';
import { createInvokeRelay, type ShellHandler } from './ipc-relay';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  hardenSession,
  hardenWebContents,
  isAllowedExternalUrl,
  windowWebPreferences,
} from './security';

const WINDOW_TITLE = '春风行动 Spring Breeze';
/** dist/electron/shell → dist/renderer, the same inside app.asar. */
const RENDERER_DIR = path.join(__dirname, '..', '..', 'renderer');
const PRELOAD = path.join(__dirname, 'preload.js');
/** Saves normally finish in well under a second; this only keeps a hung worker from blocking quit. */
const CLOSE_TIMEOUT_MS = 60_000;

/**
 * Channels main answers itself because they need the window, not the database: printing
 * (`print.*` → webContents.print / printToPDF on the sender's contents).
 */
const SHELL_HANDLERS: Partial<Record<ChannelName, ShellHandler<IpcMainInvokeEvent>>> = {
  ...createPrintHandlers<IpcMainInvokeEvent>({
    showSaveDialog: (sender, options) => {
      const owner = BrowserWindow.fromWebContents(sender as WebContents);
      return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
    },
    writeFile: (file, data) => fs.writeFile(file, data),
    documentsDir: () => app.getPath('documents'),
  }),
};

// Both must happen before `ready`.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

const dataDir = resolveDataDir(readFlag(process.argv, 'data-dir'));
app.setPath('userData', dataDir);
// Chromium's caches and storage go in a subfolder so the data folder stays the database and backups.
app.setPath('sessionData', path.join(dataDir, 'chromium'));

// The lock lives in userData, so it is per data folder: two windows never write one database, while
// tests with their own folders run side by side.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  run();
}

function run(): void {
  let win: BrowserWindow | null = null;
  let client: BackendClient | null = null;
  let backendClosed = false;
  let closing = false;

  const openExternal = (url: string): Promise<void> =>
    isAllowedExternalUrl(url) ? shell.openExternal(url) : Promise.resolve();

  // Every web contents, not only our window's, so nothing created later escapes the guards.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, { openExternal }));

  app.on('second-instance', () => {
    if (!win || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });

  app.on('window-all-closed', () => app.quit());

  app.on('will-quit', (event) => {
    if (backendClosed || !client) return;
    // Hold the quit until queued writes are saved; quitting again afterwards passes through.
    event.preventDefault();
    if (closing) return;
    closing = true;
    void closeWithin(client, CLOSE_TIMEOUT_MS).finally(() => {
      backendClosed = true;
      app.quit();
    });
  });

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, createAppRequestHandler(RENDERER_DIR));
    if (app.isPackaged) Menu.setApplicationMenu(null);

    try {
      client = await BackendClient.start(dataDir);
    } catch (err) {
      showStartupError(err);
      app.exit(1);
      return;
    }
    const backend = client;

    ipcMain.handle(
      IPC_INVOKE,
      createInvokeRelay<IpcMainInvokeEvent>({
        backend,
        mainFrame: () => (win && !win.isDestroyed() ? win.webContents.mainFrame : null),
        shellHandlers: {
          ...SHELL_HANDLERS,
          'files.pick': createFilePickHandler<IpcMainInvokeEvent>({
            showOpenDialog: (options) =>
              win && !win.isDestroyed()
                ? dialog.showOpenDialog(win, options)
                : dialog.showOpenDialog(options),
            stageFile: (file) => backend.stageFile(file),
          }),
        },
      }),
    );
    backend.onEvent((event) => {
      if (win && !win.isDestroyed()) win.webContents.send(IPC_EVENT, event);
    });

    win = createWindow();
  });
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    autoHideMenuBar: true,
    webPreferences: windowWebPreferences({
      preload: PRELOAD,
      channelNames: CHANNEL_NAMES,
      devTools: !app.isPackaged,
    }),
  });
  // The taskbar and window switcher always show the product name, whatever the page calls itself.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

function showStartupError(err: unknown): void {
  const language = resolveLanguage('system', app.getPreferredSystemLanguages());
  dialog.showErrorBox(WINDOW_TITLE, describeStartupError(err, language));
}

/**
 * The backend's errors carry an i18n key and params (ApiError); anything else (a worker that could
 * not load) is shown as an internal error with its message. Checked by shape, not `instanceof`, so
 * an error rebuilt on another side of a module or thread boundary still reads well.
 */
function describeStartupError(err: unknown, language: Language): string {
  const message = err instanceof Error ? err.message : String(err);
  const params = err instanceof Error && 'params' in err && isParams(err.params) ? err.params : {};
  const translated = translate(language, message, params);
  return translated !== message ? translated : translate(language, 'e.internal', { detail: message });
}

function isParams(value: unknown): value is Record<string, string | number> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number')
  );
}

async function closeWithin(client: BackendClient, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  try {
    await Promise.race([client.close(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
