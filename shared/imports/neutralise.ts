/**
 * A cell that starts with = + - @, a tab or a carriage return is a formula to Excel and WPS (CSV
 * injection): prefix it with an apostrophe so it is shown as the text it is. Used by every export.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
