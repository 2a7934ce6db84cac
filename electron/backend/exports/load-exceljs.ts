import type ExcelJS from 'exceljs';

let loaded: typeof ExcelJS | null = null;

/** exceljs takes ~0.35 s to load: it loads with the first .xlsx written, not when the backend starts. */
export function loadExcelJS(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('exceljs') as typeof ExcelJS;
  return loaded;
}
