import { call } from '../api';

/** Electron main prints through the system dialog; elsewhere (browser mode) the browser's print does. */
export async function printPage(): Promise<void> {
  const result = await call('print.page', {}).catch(() => ({ native: false, printed: false }));
  if (!result.native) window.print();
}

/**
 * Save as PDF: Electron main asks where and writes the PDF. The browser has no such call, so its
 * print dialog opens, where "Save as PDF" is one of the printers; `native` tells the caller which.
 */
export async function savePdf(fileName: string): Promise<{ native: boolean; file: string | null }> {
  const result = await call('print.savePdf', { fileName });
  if (!result.native) {
    window.print();
    return { native: false, file: null };
  }
  return { native: true, file: result.saved ? result.file : null };
}

/** `counter(page)` text for CSS: the catalogue's "Page {{page}} of {{pages}}" as a `content` value. */
export function pageCounterContent(template: string): string {
  const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return template
    .split(/(\{\{page\}\}|\{\{pages\}\})/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '{{page}}' ? 'counter(page)' : part === '{{pages}}' ? 'counter(pages)' : quote(part),
    )
    .join(' ');
}

/** A CSS string literal (for the running header). */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
}
