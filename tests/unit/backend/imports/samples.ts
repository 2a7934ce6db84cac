import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import { ImportOptions, type ImportOptionsParsed } from '../../../../shared/contract/imports';
import {
  analyseSheet,
  pickSheet,
  type Analysis,
  type AnalysisLookups,
} from '../../../../electron/backend/imports/analyse';
import type {
  ExistingDemandLine,
  Registered,
} from '../../../../electron/backend/imports/repos/import-lookups';
import { NO_JOB } from '../../../../electron/backend/imports/job';
import { readWorkbook } from '../../../../electron/backend/imports/read-workbook';

/** The shared sample rosters beside the checkout (found upwards, wherever the checkout sits). */
function rostersDir(): string {
  for (let dir = __dirname; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared/data/rosters');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`no shared/data/rosters above ${__dirname}`);
}
export const ROSTERS = rostersDir();

export const sample = (name: string): Uint8Array => readFileSync(path.join(ROSTERS, name));

export const DEMO_ENTERPRISES = [
  '立讯精密工业（恩施）有限公司',
  '恩施华鑫科技有限公司',
  '恩施大象科技有限公司',
  '恩施硒谷电子有限公司',
  '湖北清江光电科技有限公司',
  '恩施武陵智能制造有限公司',
  '恩施土苗纺织服饰有限公司',
  '恩施精工模具有限公司',
].map((name) => ({ id: randomUUID(), name, shortName: '' }));

export function lookups(
  registered: Map<string, Registered> = new Map(),
  lines: ExistingDemandLine[] = [],
): AnalysisLookups {
  return {
    enterprises: DEMO_ENTERPRISES,
    registered: (ids) =>
      new Map(ids.filter((id) => registered.has(id)).map((id) => [id, registered.get(id)!])),
    demandLines: () => lines,
  };
}

export function options(patch: Partial<ImportOptionsParsed> = {}): ImportOptionsParsed {
  return { ...ImportOptions.parse({ fileId: randomUUID() }), ...patch };
}

export async function analyseBytes(
  bytes: Uint8Array,
  patch: Partial<ImportOptionsParsed> = {},
  look: AnalysisLookups = lookups(),
  today = '2022-03-01',
): Promise<Analysis> {
  const wb = readWorkbook(bytes);
  const sheet = pickSheet(wb.sheets, patch.sheet ?? null);
  return analyseSheet(sheet, { fileName: 'test', format: wb.format }, options(patch), look, today, NO_JOB);
}

/** planted-defects.txt, as (serial number → defect); its "row" is the roster's 序号. */
export function plantedDefects(file: string): { seq: number; defect: string }[] {
  return readFileSync(path.join(ROSTERS, 'planted-defects.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith(file))
    .map((l) => {
      const [, row, defect] = l.split('\t');
      return { seq: Number(row!.replace('row ', '')), defect: defect!.trim() };
    });
}
