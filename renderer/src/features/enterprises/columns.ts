import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { Formatters } from '../../format';
import { compareLocalDay } from '../../ui/grid';
import { RowActions } from './RowActions';
import type { EnterpriseRow } from './rows';

type Col = ColDef<EnterpriseRow>;

function numberFormatter(fmt: Formatters) {
  return (p: ValueFormatterParams<EnterpriseRow, number | null>) =>
    p.value === null || p.value === undefined ? '—' : fmt.number(p.value);
}

/** Built once per language; row data changes never rebuild the columns. */
export function enterpriseColumns(t: TFunction, fmt: Formatters): Col[] {
  const status = (row: EnterpriseRow | undefined) =>
    row ? (row.archived ? t('common.archived') : t('common.active')) : '';
  return [
    {
      field: 'name',
      headerName: t('enterprises.col.name'),
      flex: 2,
      minWidth: 180,
      filter: 'agTextColumnFilter',
    },
    {
      field: 'shortName',
      headerName: t('enterprises.col.shortName'),
      width: 110,
      filter: 'agTextColumnFilter',
    },
    {
      field: 'demand',
      headerName: t('enterprises.col.demand'),
      width: 110,
      type: 'numericColumn',
      filter: 'agNumberColumnFilter',
      valueFormatter: numberFormatter(fmt),
    },
    {
      field: 'mothersLineDemand',
      headerName: t('enterprises.col.mothersLine'),
      width: 110,
      type: 'numericColumn',
      filter: 'agNumberColumnFilter',
      valueFormatter: numberFormatter(fmt),
    },
    {
      field: 'lineCount',
      headerName: t('enterprises.col.lines'),
      width: 110,
      type: 'numericColumn',
      filter: 'agNumberColumnFilter',
      valueFormatter: numberFormatter(fmt),
    },
    {
      field: 'contactName',
      headerName: t('enterprises.col.contact'),
      width: 110,
      filter: 'agTextColumnFilter',
    },
    {
      field: 'contactPhone',
      headerName: t('enterprises.col.phone'),
      width: 135,
      filter: 'agTextColumnFilter',
    },
    {
      colId: 'status',
      headerName: t('enterprises.col.status'),
      width: 95,
      valueGetter: (p) => status(p.data),
      filter: 'agTextColumnFilter',
      cellClassRules: { 'cell-archived': (p) => p.data?.archived === true },
    },
    {
      field: 'updatedAt',
      headerName: t('enterprises.col.updatedAt'),
      width: 165,
      valueFormatter: (p) => (p.value ? fmt.dateTime(p.value) : ''),
      getQuickFilterText: () => '',
      filter: 'agDateColumnFilter',
      filterParams: { comparator: compareLocalDay },
    },
    { field: 'searchText', hide: true },
    {
      colId: 'actions',
      headerName: t('enterprises.col.actions'),
      width: 150,
      sortable: false,
      filter: false,
      resizable: false,
      cellRenderer: RowActions,
      getQuickFilterText: () => '',
    },
  ];
}
