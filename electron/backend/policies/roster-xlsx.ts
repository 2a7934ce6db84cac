import type { FileDownload } from '../../../shared/contract/imports';
import type { PolicyRuleView } from '../../../shared/contract/policy-channels';
import { countyByCode } from '../../../shared/domain/counties';
import { maskIdNumber } from '../../../shared/domain/id-number';
import { maskBankAccount } from '../../../shared/domain/policies/person';
import type { Language } from '../../../shared/domain/settings';
import { translate } from '../../../shared/i18n';
import { neutraliseCell } from '../../../shared/imports/neutralise';
import type { Database } from '../db/database';
import { safeFileBase } from '../exports/download';
import { loadExcelJS } from '../exports/load-exceljs';
import { columnWidths, type TableColumn, type TableValue } from '../exports/table';
import { batchRow } from './repos/batches';
import { claimsOfBatch } from './repos/claims';
import { ruleById } from './repos/rules';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface RosterPerson {
  seq: number;
  name: string;
  gender: string;
  id_number: string;
  employer_name: string | null;
  entry_date: string | null;
  contract_months: number | null;
  insurance_months: number | null;
  bank_account: string | null;
}

type T = (key: string, p?: Record<string, string | number>) => string;
type Col = {
  key: string;
  kind: TableColumn['kind'];
  value: (p: RosterPerson, amount: number | null, tier: string | null) => TableValue;
};

/** The columns this rule needs: who, where, from when, the thresholds it checks, the tier, the account, the amount. */
function columns(rule: PolicyRuleView, unmasked: boolean, t: T): Col[] {
  const cols: Col[] = [
    { key: 'name', kind: 'text', value: (p) => p.name },
    { key: 'gender', kind: 'text', value: (p) => t(`gender.${p.gender}`) },
    { key: 'idNumber', kind: 'id', value: (p) => (unmasked ? p.id_number : maskIdNumber(p.id_number)) },
    { key: 'enterprise', kind: 'text', value: (p) => p.employer_name ?? '' },
    { key: 'entryDate', kind: 'date', value: (p) => p.entry_date },
  ];
  if (rule.minContractMonths !== null)
    cols.push({ key: 'contractMonths', kind: 'number', value: (p) => p.contract_months });
  if (rule.minInsuranceMonths !== null || rule.amount.kind === 'monthly')
    cols.push({ key: 'insuranceMonths', kind: 'number', value: (p) => p.insurance_months });
  if (rule.amount.kind === 'tiered')
    cols.push({
      key: 'tier',
      kind: 'text',
      value: (_p, _a, tier) => (tier ? t(`policies.tier.${tier}`) : ''),
    });
  if (rule.payee === 'worker' || rule.evidence.includes('bank_account'))
    cols.push({
      key: 'bankAccount',
      kind: 'id',
      value: (p) => (unmasked ? (p.bank_account ?? '') : maskBankAccount(p.bank_account ?? '')),
    });
  cols.push({ key: 'amount', kind: 'number', value: (_p, amount) => amount });
  return cols;
}

/**
 * A batch's claim roster (申报花名册) in the layout offices submit: a title, the batch and rule,
 * a numbered row per person with the columns the rule needs, ID numbers and accounts masked unless
 * full values were chosen, the totals, then the signature and seal lines.
 */
export async function rosterXlsx(
  db: Database,
  batchId: string,
  unmasked: boolean,
  language: Language,
): Promise<FileDownload> {
  const t: T = (key, params = {}) => translate(language, key, params);
  const batch = batchRow(db, batchId);
  const rule = ruleById(db, batch.rule_id);
  const claims = claimsOfBatch(db, batchId).filter((c) => c.state !== 'returned');
  const seqs = claims.map((c) => c.seeker_seq);
  const people = new Map(
    (seqs.length === 0
      ? []
      : db.all<RosterPerson>(
          `SELECT s.seq, s.name, s.gender, s.id_number, e.name AS employer_name, s.entry_date, p.contract_months,
             p.insurance_months, p.bank_account FROM seekers s
           LEFT JOIN enterprises e ON e.id = s.employer_id LEFT JOIN person_policy p ON p.seeker_seq = s.seq
           WHERE s.seq IN (${seqs.map(() => '?').join(',')})`,
          seqs,
        )
    ).map((p) => [p.seq, p]),
  );
  const county = countyByCode(batch.county_code);
  const countyName = (language === 'en' ? county?.nameEn : county?.nameZh) ?? batch.county_code;
  const cols = columns(rule, unmasked, t);
  const headers = [t('policies.roster.no'), ...cols.map((c) => t(`policies.roster.${c.key}`))];
  const rows: TableValue[][] = claims.map((c, i) => {
    const p = people.get(c.seeker_seq)!;
    return [i + 1, ...cols.map((col) => col.value(p, c.computed_amount, c.tier))];
  });
  const total = Math.round(claims.reduce((n, c) => n + (c.computed_amount ?? 0), 0) * 100) / 100;

  const wb = new (loadExcelJS().Workbook)();
  wb.creator = 'Spring Breeze';
  const ws = wb.addWorksheet(t('policies.roster.sheet'), {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const widths = columnWidths({
    sheetName: '',
    columns: headers.map((header) => ({ header, kind: 'text' })),
    rows,
  });
  ws.columns = headers.map((_h, i) => ({
    width: widths[i],
    style: i > 0 && cols[i - 1]!.kind !== 'number' ? { numFmt: '@' } : {},
  }));
  const width = headers.length;
  const title = t('policies.roster.title', { county: countyName, rule: rule.name });
  ws.addRow([title]);
  ws.mergeCells(1, 1, 1, width);
  const titleCell = ws.getCell(1, 1);
  titleCell.font = { bold: true, size: 16 };
  titleCell.alignment = { horizontal: 'center' };
  ws.addRow([
    t('policies.roster.subtitle', {
      batch: batch.batch_no,
      date: batch.made_on,
      rule: `${rule.name} v${rule.version}`,
      payee: t(`policies.payee.${rule.payee}`),
    }),
  ]);
  ws.mergeCells(2, 1, 2, width);
  const head = ws.addRow(headers);
  head.font = { bold: true };
  head.eachCell((cell) => {
    cell.border = {
      top: { style: 'thin' },
      bottom: { style: 'thin' },
      left: { style: 'thin' },
      right: { style: 'thin' },
    };
    cell.alignment = { horizontal: 'center', wrapText: true };
  });
  for (const r of rows) {
    const row = ws.addRow(r.map((v) => (typeof v === 'string' ? neutraliseCell(v) : v)));
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = {
        top: { style: 'thin' },
        bottom: { style: 'thin' },
        left: { style: 'thin' },
        right: { style: 'thin' },
      };
    });
  }
  const totals = new Array<TableValue>(width).fill(null);
  totals[0] = t('policies.roster.total');
  totals[1] = t('policies.roster.people', { count: rows.length });
  totals[width - 1] = total;
  const totalRow = ws.addRow(totals);
  totalRow.font = { bold: true };
  ws.addRow([]);
  ws.addRow([
    t('policies.roster.signMaker'),
    null,
    t('policies.roster.signChecker'),
    null,
    t('policies.roster.signHead'),
  ]);
  ws.addRow([t('policies.roster.seal'), null, null, null, t('policies.roster.signDate')]);
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  const bytes = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return {
    fileName: `${safeFileBase(`${title} ${batch.batch_no}`)}.xlsx`,
    mime: XLSX_MIME,
    base64: bytes.toString('base64'),
    rows: rows.length,
  };
}
