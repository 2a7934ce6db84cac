import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Finds the Electron executable without requiring the `electron` package (which tries to download
 * the binary when it is missing). Returns the path, or the one-line reason it cannot be used.
 */
export function findElectron(
  appRoot: string,
  env: NodeJS.ProcessEnv = process.env,
): { path: string } | { reason: string } {
  if (env.ELECTRON_BINARY) {
    return existsSync(env.ELECTRON_BINARY)
      ? { path: env.ELECTRON_BINARY }
      : { reason: `ELECTRON_BINARY points to ${env.ELECTRON_BINARY}, which does not exist` };
  }
  const pkgDir = path.join(appRoot, 'node_modules', 'electron');
  if (!existsSync(pkgDir)) return { reason: 'the electron package is not installed' };
  let rel: string;
  try {
    rel = readFileSync(path.join(pkgDir, 'path.txt'), 'utf8').trim();
  } catch {
    return {
      reason: 'the Electron binary was not downloaded (offline install: only the npm registry was reachable)',
    };
  }
  const bin = path.join(pkgDir, 'dist', rel);
  return existsSync(bin) ? { path: bin } : { reason: `the Electron binary is missing at ${bin}` };
}
