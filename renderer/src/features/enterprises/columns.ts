import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { Formatters } from '../../format';
import { compareLocalDay } from '../../ui/grid';
import { RowActions } from './RowActions';
import type { EnterpriseRow } from './rows';

type Col = ColDef<EnterpriseRow>;

// Flex with minimum widths: everything fits at 1366 px and wider screens give the room to names.
const text = (minWidth: number): Partial<Col> => ({ flex: 1, minWidth, filter: 'agTextColumnFilter' });

function count(fmt: Formatters, minWidth: number): Partial<Col> {
  return {
    flex: 1,
    minWidth,
    type: 'numericColumn',
    filter: 'agNumberColumnFilter',
    valueFormatter: (p: ValueFormatterParams<EnterpriseRow, number | null>) =>
      p.value === null || p.value === undefined ? '—' : fmt.number(p.value),
  };
}

/** Built once per language; row data changes never rebuild the columns. */
export function enterpriseColumns(t: TFunction, fmt: Formatters): Col[] {
  const status = (row: EnterpriseRow | undefined) =>
    row ? (row.archived ? t('common.archived') : t('common.active')) : '';
  return [
    { field: 'name', headerName: t('enterprises.col.name'), ...text(160), flex: 2, tooltipField: 'name' },
    { field: 'shortName', headerName: t('enterprises.col.shortName'), ...text(90) },
    { field: 'demand', headerName: t('enterprises.col.demand'), ...count(fmt, 90) },
    { field: 'mothersLineDemand', headerName: t('enterprises.col.mothersLine'), ...count(fmt, 95) },
    { field: 'lineCount', headerName: t('enterprises.col.lines'), ...count(fmt, 90) },
    { field: 'contactName', headerName: t('enterprises.col.contact'), ...text(90) },
    { field: 'contactPhone', headerName: t('enterprises.col.phone'), ...text(115) },
    {
      colId: 'status',
      headerName: t('enterprises.col.status'),
      ...text(75),
      valueGetter: (p) => status(p.data),
      cellClassRules: { 'cell-archived': (p) => p.data?.archived === true },
    },
    {
      field: 'updatedAt',
      headerName: t('enterprises.col.updatedAt'),
      flex: 1,
      minWidth: 135,
      // A date picker does not fit a floating filter cell; the header's filter button opens it.
      floatingFilter: false,
      valueFormatter: (p) => (p.value ? fmt.dateTimeShort(p.value) : ''),
      getQuickFilterText: () => '',
      filter: 'agDateColumnFilter',
      filterParams: { comparator: compareLocalDay },
    },
    { field: 'searchText', hide: true },
    {
      colId: 'actions',
      headerName: t('enterprises.col.actions'),
      width: 150,
      pinned: 'right',
      sortable: false,
      filter: false,
      resizable: false,
      cellRenderer: RowActions,
      getQuickFilterText: () => '',
    },
  ];
}
