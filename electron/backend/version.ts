import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/** The version in package.json, found relative to this file both in the repo and in the packed app. */
function readVersion(): string {
  for (const up of ['../../..', '../..', '..']) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(__dirname, up, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'spring-breeze' && pkg.version) return pkg.version;
    } catch {
      /* try the next folder up */
    }
  }
  return '0.0.0';
}

export const APP_VERSION = readVersion();
