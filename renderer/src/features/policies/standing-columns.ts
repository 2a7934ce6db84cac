import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { Standing } from '../../../../shared/contract/policy-channels';
import { countyName } from '../../data/labels';
import type { Formatters } from '../../format';
import { EvidenceButton } from './EvidenceButton';
import { missingText, statusLabel, whyText, yuan } from './labels';

/** The beneficiaries' columns, built once per language. */
export function standingColumns(
  t: TFunction,
  fmt: Formatters,
  language: string,
  closing: boolean,
): ColDef<Standing>[] {
  const cols: ColDef<Standing>[] = [
    { colId: 'name', field: 'name', headerName: t('policies.col.name'), width: 100 },
    { colId: 'id', field: 'idMasked', headerName: t('policies.col.idNumber'), width: 180, cellClass: 'mono' },
    {
      colId: 'phone',
      field: 'phoneMasked',
      headerName: t('policies.col.phone'),
      width: 130,
      cellClass: 'mono',
    },
    {
      colId: 'county',
      headerName: t('policies.col.county'),
      width: 100,
      valueGetter: (p) => (p.data ? countyName(p.data.countyCode, language) : ''),
    },
    { colId: 'enterprise', field: 'enterpriseName', headerName: t('policies.col.enterprise'), width: 180 },
    { colId: 'rule', field: 'ruleName', headerName: t('policies.col.rule'), width: 170 },
    {
      colId: 'status',
      headerName: t('policies.col.status'),
      width: 110,
      valueGetter: (p) => (p.data ? statusLabel(t, p.data) : ''),
      cellClass: (p) => (p.data ? `policy-status status-${p.data.status}` : ''),
    },
    {
      colId: 'why',
      headerName: t('policies.col.why'),
      flex: 2,
      minWidth: 220,
      valueGetter: (p) => (p.data ? whyText(t, fmt, p.data) : ''),
      tooltipValueGetter: (p) => (p.data ? whyText(t, fmt, p.data) : ''),
    },
    {
      colId: 'missing',
      headerName: t('policies.col.missing'),
      flex: 1,
      minWidth: 160,
      valueGetter: (p) => (p.data ? missingText(t, p.data) : ''),
      tooltipValueGetter: (p) => (p.data ? missingText(t, p.data) : ''),
    },
    {
      colId: 'amount',
      headerName: t('policies.col.amount'),
      width: 100,
      type: 'numericColumn',
      valueGetter: (p) => (p.data ? (p.data.paidAmount ?? p.data.amount) : null),
      valueFormatter: (p) => yuan(fmt, (p.value as number | null) ?? null),
    },
    { colId: 'batch', field: 'batchNo', headerName: t('policies.col.batch'), width: 150 },
  ];
  if (closing)
    cols.splice(6, 0, {
      colId: 'windowCloses',
      field: 'windowCloses',
      headerName: t('policies.col.windowCloses'),
      width: 110,
      valueFormatter: (p) => (p.value ? fmt.date(p.value as string) : ''),
    });
  cols.splice(1, 0, {
    colId: 'evidence',
    headerName: '',
    width: 80,
    sortable: false,
    filter: false,
    resizable: false,
    cellRenderer: EvidenceButton,
  });
  return cols;
}
