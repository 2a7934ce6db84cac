import type { ColDef, GetRowIdParams, RowClickedEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnterpriseGap } from '../../../../shared/domain/dashboard';
import { useFormatters } from '../../format';
import { gridLocaleText, gridTheme } from '../../ui/grid';

interface GapTableProps {
  rows: EnterpriseGap[];
  onOpen: (enterpriseId: string) => void;
}

const getRowId = (p: GetRowIdParams<EnterpriseGap>) => p.data.enterpriseId;
const defaultColDef: ColDef<EnterpriseGap> = {
  sortable: true,
  resizable: true,
  wrapHeaderText: true,
  autoHeaderHeight: true,
};

/** The gap chart's figures, sortable; a row opens that enterprise's people. */
export function GapTable({ rows, onOpen }: GapTableProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const columnDefs = useMemo<ColDef<EnterpriseGap>[]>(() => {
    const num = (
      field: 'demand' | 'employedNow' | 'inPipeline' | 'gap',
      header: string,
    ): ColDef<EnterpriseGap> => ({
      field,
      headerName: header,
      type: 'numericColumn',
      width: 88,
      valueFormatter: (p) => (typeof p.value === 'number' ? fmt.number(p.value) : ''),
    });
    return [
      {
        colId: 'name',
        headerName: t('dashboard.gap.enterprise'),
        valueGetter: (p) => (p.data ? p.data.shortName || p.data.name : ''),
        tooltipValueGetter: (p) => p.data?.name ?? '',
        flex: 1,
        minWidth: 90,
      },
      num('demand', t('dashboard.gap.demand')),
      num('employedNow', t('dashboard.gap.employedNow')),
      num('inPipeline', t('dashboard.gap.inPipeline')),
      { ...num('gap', t('dashboard.gap.gap')), sort: 'desc' },
    ];
  }, [t, fmt]);
  const localeText = useMemo(() => gridLocaleText(i18n.language, '—'), [i18n.language]);
  return (
    <div className="gap-table" data-testid="gap-table">
      <AgGridReact<EnterpriseGap>
        theme={gridTheme}
        rowData={rows}
        columnDefs={columnDefs}
        defaultColDef={defaultColDef}
        getRowId={getRowId}
        localeText={localeText}
        rowHeight={30}
        headerHeight={34}
        suppressCellFocus
        onRowClicked={(e: RowClickedEvent<EnterpriseGap>) => e.data && onOpen(e.data.enterpriseId)}
        rowClass="clickable-row"
      />
    </div>
  );
}
