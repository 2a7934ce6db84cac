/**
 * Reads `--name VALUE` or `--name=VALUE` from Electron's argv. Electron's argv carries Chromium
 * switches and, in development, the app folder, so a full parser that rejects unknown options would
 * fail; this looks for the one flag and ignores the rest. The last occurrence wins, as in most CLIs.
 */
export function readFlag(argv: readonly string[], name: string): string | undefined {
  const flag = `--${name}`;
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === undefined) continue;
    if (arg.startsWith(`${flag}=`)) value = arg.slice(flag.length + 1);
    else if (arg === flag) {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        value = next;
        i++;
      }
    }
  }
  return value === '' ? undefined : value;
}
