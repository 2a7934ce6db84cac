import type { FileDownload } from '../../../shared/contract/imports';
import type { Finding } from '../../../shared/contract/supervision';
import { countyByCode } from '../../../shared/domain/counties';
import type { Language } from '../../../shared/domain/settings';
import { translate } from '../../../shared/i18n';
import type { Database } from '../db/database';
import { toDownload } from '../exports/download';
import type { Table, TableColumn } from '../exports/table';
import { listFindings } from './findings';

const COLUMNS: [key: string, kind: TableColumn['kind']][] = [
  ['no', 'number'],
  ['foundOn', 'date'],
  ['class', 'text'],
  ['place', 'text'],
  ['category', 'text'],
  ['problem', 'text'],
  ['requirement', 'text'],
  ['responsibleUnit', 'text'],
  ['responsiblePerson', 'text'],
  ['deadline', 'text'],
  ['state', 'text'],
  ['overdueDays', 'number'],
  ['done', 'text'],
  ['checkedBy', 'text'],
  ['closedOn', 'date'],
];

function row(f: Finding, i: number, t: (key: string, p?: Record<string, string | number>) => string) {
  return [
    i + 1,
    f.foundOn,
    t(`supervision.class.c${f.classNo}`),
    [f.town, f.enterpriseName ?? ''].filter((s) => s !== '').join(' · '),
    t(`supervision.category.${f.category}`),
    f.problem,
    f.requirement,
    f.responsibleUnit,
    f.responsiblePerson,
    f.deadline ?? t('supervision.deadlineKind.ongoing'),
    t(`supervision.state.${f.state}`),
    f.overdueDays > 0 ? f.overdueDays : null,
    f.done,
    f.checkedBy,
    f.closedOn,
  ];
}

/** A county's rectification list (整改清单) as .xlsx: the printed list's rows, overdue first, in the user's language. */
export async function rectificationXlsx(
  db: Database,
  countyCode: string,
  language: Language,
  asOf: string | null,
  now: string,
): Promise<FileDownload> {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(language, key, params);
  const list = listFindings(db, { countyCode, asOf, state: null, category: null, search: '' }, now);
  const county = countyByCode(countyCode);
  const name = (language === 'en' ? county?.nameEn : county?.nameZh) ?? countyCode;
  const title = t('supervision.print.fileName', { county: name, date: list.asOf });
  const table: Table = {
    sheetName: t('supervision.print.sheet'),
    columns: COLUMNS.map(([key, kind]) => ({ header: t(`supervision.col.${key}`), kind })),
    rows: list.rows.map((f, i) => row(f, i, t)),
  };
  return toDownload(table, 'xlsx', 'utf-8', title);
}
