import * as path from 'node:path';
import type { PrintToPDFOptions, WebContents, WebContentsPrintOptions } from 'electron';
import { contract, type ChannelName } from '../../shared/contract/channels';
import type { Result } from '../../shared/contract/result';
import type { InvokeEventLike, ShellHandler } from './ipc-relay';

/** What printing uses of the sender's WebContents. */
export type PrintableContents = Pick<WebContents, 'print' | 'printToPDF'>;

export interface PrintEventLike extends InvokeEventLike {
  readonly sender: PrintableContents;
}

/** Main's side effects, injected so the handlers run under test without Electron. */
export interface PrintDeps {
  showSaveDialog: (
    sender: PrintableContents,
    options: { defaultPath: string; filters: { name: string; extensions: string[] }[] },
  ) => Promise<{ canceled: boolean; filePath?: string | undefined }>;
  writeFile: (file: string, data: Uint8Array) => Promise<void>;
  documentsDir: () => string;
}

/** The page prints as laid out by its CSS (A4 portrait for the manifest, its margins and page numbers). */
export const PRINT_OPTIONS: WebContentsPrintOptions = { silent: false, printBackground: true };
export const PDF_OPTIONS: PrintToPDFOptions = {
  printBackground: true,
  preferCSSPageSize: true,
  pageSize: 'A4',
};

/** A file name from the page's suggestion: no folders, no characters Windows refuses, `.pdf` at the end. */
export function pdfFileName(suggested: string): string {
  const base = suggested
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120);
  return `${base || 'manifest'}.pdf`.replace(/\.pdf\.pdf$/i, '.pdf');
}

function invalid(message: string): Result<never> {
  return {
    ok: false,
    error: { code: 'invalid_input', message: 'e.invalid_input', issues: [{ path: [], message }] },
  };
}

/**
 * `print.page` and `print.savePdf`, answered by main for the window that asked: the system print
 * dialog on what it shows, or printToPDF written where the user chooses. The relay has already
 * checked the sender; the input is parsed with the contract's schema like every other channel.
 */
export function createPrintHandlers<E extends PrintEventLike>(
  deps: PrintDeps,
): Partial<Record<ChannelName, ShellHandler<E>>> {
  return {
    'print.page': async (input, event) => {
      const parsed = contract['print.page'].input.safeParse(input);
      if (!parsed.success) return invalid(parsed.error.message);
      const printed = await new Promise<boolean>((resolve) => {
        // A cancelled dialog reports failure ("cancelled"): nothing printed, nothing wrong.
        event.sender.print(PRINT_OPTIONS, (success) => resolve(success));
      });
      return { ok: true, data: { native: true, printed } };
    },
    'print.savePdf': async (input, event) => {
      const parsed = contract['print.savePdf'].input.safeParse(input);
      if (!parsed.success) return invalid(parsed.error.message);
      const choice = await deps.showSaveDialog(event.sender, {
        defaultPath: path.join(deps.documentsDir(), pdfFileName(parsed.data.fileName)),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (choice.canceled || !choice.filePath)
        return { ok: true, data: { native: true, saved: false, file: null } };
      const pdf = await event.sender.printToPDF(PDF_OPTIONS);
      await deps.writeFile(choice.filePath, pdf);
      return { ok: true, data: { native: true, saved: true, file: choice.filePath } };
    },
  };
}
