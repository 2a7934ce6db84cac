import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlers } from '../../../electron/backend/handlers';
import {
  createPrintHandlers,
  PDF_OPTIONS,
  pdfFileName,
  PRINT_OPTIONS,
  type PrintDeps,
  type PrintEventLike,
  type PrintableContents,
} from '../../../electron/shell/print';

/** A stand-in for the sender's WebContents: records print calls and answers printToPDF with fixed bytes. */
function fakeSender(printSucceeds = true) {
  const calls: { print: unknown[]; pdf: unknown[] } = { print: [], pdf: [] };
  const sender = {
    print(options: unknown, callback?: (success: boolean, reason: string) => void) {
      calls.print.push(options);
      callback?.(printSucceeds, printSucceeds ? '' : 'cancelled');
    },
    printToPDF(options: unknown) {
      calls.pdf.push(options);
      return Promise.resolve(Buffer.from('%PDF-1.7 manifest'));
    },
  };
  const event: PrintEventLike = { senderFrame: null, sender: sender as unknown as PrintableContents };
  return { event, calls };
}

function fakeDeps(filePath: string | null) {
  const written: [string, string][] = [];
  const dialogs: unknown[] = [];
  const deps: PrintDeps = {
    showSaveDialog: (_sender, options) => {
      dialogs.push(options);
      return Promise.resolve(filePath ? { canceled: false, filePath } : { canceled: true });
    },
    writeFile: (file, data) => {
      written.push([file, Buffer.from(data).toString()]);
      return Promise.resolve();
    },
    documentsDir: () => path.join('/home', 'clerk', 'Documents'),
  };
  return { deps, written, dialogs };
}

describe('print.page (Electron main)', () => {
  it('opens the system print dialog on the sender’s page, backgrounds included', async () => {
    const { event, calls } = fakeSender();
    const handlers = createPrintHandlers(fakeDeps(null).deps);
    expect(await handlers['print.page']!({}, event)).toEqual({
      ok: true,
      data: { native: true, printed: true },
    });
    expect(calls.print).toEqual([PRINT_OPTIONS]);
    expect(PRINT_OPTIONS).toMatchObject({ silent: false, printBackground: true });
  });

  it('reports a cancelled dialog as not printed, not as an error', async () => {
    const { event } = fakeSender(false);
    const handlers = createPrintHandlers(fakeDeps(null).deps);
    expect(await handlers['print.page']!({}, event)).toEqual({
      ok: true,
      data: { native: true, printed: false },
    });
  });

  it('refuses input the contract does not allow', async () => {
    const { event, calls } = fakeSender();
    const handlers = createPrintHandlers(fakeDeps(null).deps);
    expect(await handlers['print.page']!({ silent: true }, event)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(calls.print).toEqual([]);
  });
});

describe('print.savePdf (Electron main)', () => {
  it('asks where, in Documents with the suggested name, then writes printToPDF’s A4 pages there', async () => {
    const { event, calls } = fakeSender();
    const target = path.join('/home', 'clerk', 'Documents', '花名册-20220310-05.pdf');
    const { deps, written, dialogs } = fakeDeps(target);
    const handlers = createPrintHandlers(deps);
    expect(await handlers['print.savePdf']!({ fileName: '花名册-20220310-05-鄂QD52240' }, event)).toEqual({
      ok: true,
      data: { native: true, saved: true, file: target },
    });
    expect(dialogs).toEqual([
      {
        defaultPath: path.join('/home', 'clerk', 'Documents', '花名册-20220310-05-鄂QD52240.pdf'),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      },
    ]);
    expect(calls.pdf).toEqual([PDF_OPTIONS]);
    expect(PDF_OPTIONS).toMatchObject({ preferCSSPageSize: true, printBackground: true });
    expect(written).toEqual([[target, '%PDF-1.7 manifest']]);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { event, calls } = fakeSender();
    const { deps, written } = fakeDeps(null);
    const handlers = createPrintHandlers(deps);
    expect(await handlers['print.savePdf']!({ fileName: 'x' }, event)).toEqual({
      ok: true,
      data: { native: true, saved: false, file: null },
    });
    expect(calls.pdf).toEqual([]);
    expect(written).toEqual([]);
  });

  it('keeps the suggested name inside the folder', () => {
    expect(pdfFileName('../../etc/passwd')).toBe('_.._etc_passwd.pdf');
    expect(pdfFileName('a:b*c?.pdf')).toBe('a_b_c_.pdf');
    expect(pdfFileName('   ')).toBe('manifest.pdf');
    expect(path.basename(pdfFileName('C:\\Windows\\x'))).toBe('C__Windows_x.pdf');
  });

  it('is not answered by the backend’s stand-in as native', async () => {
    const ctx = {} as Parameters<(typeof handlers)['print.page']>[1];
    expect(await handlers['print.page']({}, ctx)).toEqual({ native: false, printed: false });
    expect(await handlers['print.savePdf']({ fileName: 'x' }, ctx)).toEqual({
      native: false,
      saved: false,
      file: null,
    });
  });
});
