import type { z } from 'zod';
import type { SeekerExportInput } from '../../../shared/contract/import-channels';
import { countyByCode } from '../../../shared/domain/counties';
import type { SeekerRow } from '../../../shared/domain/seeker';
import { translate } from '../../../shared/i18n';
import type { Database } from '../db/database';
import { fullContacts } from './repos/export-seekers';
import { querySeekers } from './repos/seeker-query';
import type { RowView } from './repos/seeker-rows';
import type { ColumnKind, Table, TableValue } from '../exports/table';

type Parsed = z.output<typeof SeekerExportInput>;
type ColId = Parsed['columns'][number]['colId'];

const PAGE = 5000;

const KIND: Partial<Record<ColId, ColumnKind>> = {
  idMasked: 'id',
  phoneMasked: 'phone',
  age: 'number',
  trips: 'number',
  stageDate: 'date',
  signedUpOn: 'date',
};

/**
 * The job-seeker grid as an export: every row its filter gives, in its sort, with the columns it
 * shows, values as the grid formats them. ID numbers and phones stay masked unless `unmasked`.
 */
export function seekerTable(
  db: Database,
  input: Parsed,
  view: RowView,
  progress: (done: number, total: number) => void,
): Table {
  const lang = input.language;
  const t = (key: string) => translate(lang, key);
  const rows: SeekerRow[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = querySeekers(db, { filter: input.filter, sort: input.sort, offset, limit: PAGE }, view);
    rows.push(...page.rows);
    progress(rows.length, page.total);
    if (page.rows.length < PAGE) break;
  }
  const full = input.unmasked
    ? fullContacts(
        db,
        rows.map((r) => r.id),
      )
    : null;
  const value = (r: SeekerRow, col: ColId): TableValue => {
    switch (col) {
      case 'gender':
        return t(`gender.${r.gender}`);
      case 'idMasked':
        return full?.get(r.id)?.idNumber ?? r.idMasked;
      case 'phoneMasked':
        return full?.get(r.id)?.phone ?? r.phoneMasked;
      case 'countyCode': {
        const c = countyByCode(r.countyCode);
        return c ? (lang === 'en' ? c.nameEn : c.nameZh) : r.countyCode;
      }
      case 'stage':
        return r.stable ? t('stage.stable') : t(`stage.${r.stage}`);
      case 'enterpriseName':
        return r.enterpriseName ?? t('seekers.anyEnterprise');
      case 'preferences':
        return [
          r.prefNearHome && t('seekers.pref.near_home'),
          r.prefMothersLine && t('seekers.pref.mothers_line'),
          r.partnerId && t('seekers.pref.couple'),
        ]
          .filter(Boolean)
          .join(lang === 'en' ? ', ' : '、');
      case 'channel':
        return t(`signupChannel.${r.channel}`);
      default:
        return r[col] ?? null;
    }
  };
  return {
    sheetName: input.fileBase,
    columns: input.columns.map((c) => ({ header: c.header, kind: KIND[c.colId] ?? 'text' })),
    rows: rows.map((r) => input.columns.map((c) => value(r, c.colId))),
  };
}
