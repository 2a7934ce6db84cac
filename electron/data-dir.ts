import * as os from 'node:os';
import * as path from 'node:path';

/** Folder name under the OS's per-user application data; Electron's userData uses the same. */
export const APP_FOLDER = 'spring-breeze';

/** The per-user folder Electron calls `appData` (without importing Electron). */
export function appDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform === 'win32') return env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config');
}

/** `--data-dir DIR`, else SPRING_BREEZE_DATA, else the same per-user folder the Electron app uses. */
export function resolveDataDir(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (flag) return path.resolve(flag);
  if (env.SPRING_BREEZE_DATA) return path.resolve(env.SPRING_BREEZE_DATA);
  return path.join(appDataDir(env, platform), APP_FOLDER);
}
