import { existsSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Where Chromium, Chrome or Edge usually live. Browser mode opens the console in one of them as an
 * app window; SPRING_BREEZE_BROWSER overrides the search.
 */
export function browserCandidates(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string[] {
  const list: string[] = [];
  if (env.SPRING_BREEZE_BROWSER) list.push(env.SPRING_BREEZE_BROWSER);
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES(X86)'], env.PROGRAMFILES, env.LOCALAPPDATA].filter(
      (r): r is string => !!r,
    );
    for (const root of roots) {
      list.push(path.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'));
      list.push(path.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'));
      list.push(path.join(root, 'Chromium', 'Application', 'chrome.exe'));
    }
  } else if (platform === 'darwin') {
    list.push('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    list.push('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
    list.push('/Applications/Chromium.app/Contents/MacOS/Chromium');
  } else {
    for (const dir of (env.PATH ?? '/usr/bin:/usr/local/bin').split(':')) {
      for (const name of [
        'chromium',
        'chromium-browser',
        'google-chrome',
        'google-chrome-stable',
        'microsoft-edge',
      ]) {
        list.push(path.join(dir, name));
      }
    }
  }
  return list;
}

export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | null {
  return browserCandidates(env, platform).find((p) => existsSync(p)) ?? null;
}

/** App-window arguments: its own profile inside the data folder, so closing it ends the session. */
export function browserArgs(url: string, profileDir: string, isRoot: boolean): string[] {
  const args = [
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
  ];
  // Chromium refuses to start as root without this (e.g. in a container or a kiosk account).
  if (isRoot) args.push('--no-sandbox');
  return args;
}
