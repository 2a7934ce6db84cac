/**
 * Small UI state kept across restarts (filters, column layout). localStorage is per origin, which
 * in Electron is the app and in the browser host is the port: losing it only resets the layout.
 */
export function readLocal(key: string): unknown {
  try {
    const raw = window.localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null;
  }
}

export function writeLocal(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the layout is a convenience, never worth an error.
  }
}
