import type { ColDef, GetRowIdParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitDueRow } from '../../../../../shared/contract/stabilisation';
import { useFormatters, type Formatters } from '../../../format';
import { translateError } from '../../../i18n';
import { gridLocaleText, gridTheme } from '../../../ui/grid';
import { stageKeyLabel } from '../../../data/labels';
import { slotLabel } from '../labels';
import { PersonActions } from '../person-cells';
import { shortName, useShortNames } from '../short-names';
import { useChannel } from '../use-channel';
import type { TFunction } from 'i18next';

const getRowId = (p: GetRowIdParams<VisitDueRow>) => p.data.seekerId;
const defaultColDef = { sortable: true, resizable: true, filter: true };

function lastVisitText(t: TFunction, fmt: Formatters, r: VisitDueRow): string {
  const v = r.lastVisit;
  if (!v) return t('stabilisation.visits.never');
  if (!v.reached) return t('stabilisation.visits.lastNotReached', { date: fmt.date(v.date) });
  return t('stabilisation.visits.last', {
    date: fmt.date(v.date),
    risk: t(`stabilisation.risk.${v.risk ?? 'none'}`),
  });
}

function visitColumns(
  t: TFunction,
  fmt: Formatters,
  names: ReadonlyMap<string, string>,
): ColDef<VisitDueRow>[] {
  return [
    {
      colId: 'status',
      headerName: t('stabilisation.col.visitStatus'),
      width: 84,
      valueGetter: (p) => (p.data ? t(`stabilisation.slotStatus.${p.data.slot.status}`) : ''),
      cellClass: (p) => (p.data ? `slot-cell slot-${p.data.slot.status}` : ''),
    },
    {
      colId: 'due',
      headerName: t('stabilisation.col.due'),
      width: 112,
      valueGetter: (p) => p.data?.slot.due,
      valueFormatter: (p) => (p.data ? fmt.date(p.data.slot.due) : ''),
    },
    {
      colId: 'slot',
      headerName: t('stabilisation.col.visitKind'),
      width: 112,
      valueGetter: (p) => (p.data ? slotLabel(t, p.data.slot) : ''),
    },
    {
      colId: 'late',
      headerName: t('stabilisation.col.daysOverdue'),
      width: 104,
      type: 'numericColumn',
      valueGetter: (p) => p.data?.slot.daysOverdue ?? 0,
    },
    { colId: 'name', field: 'name', headerName: t('stabilisation.col.worker'), width: 90 },
    { colId: 'idMasked', field: 'idMasked', headerName: t('stabilisation.col.idMasked'), width: 168 },
    { colId: 'phone', field: 'phoneMasked', headerName: t('stabilisation.col.phone'), width: 118 },
    {
      colId: 'enterprise',
      headerName: t('stabilisation.col.enterprise'),
      width: 96,
      valueGetter: (p) => (p.data ? shortName(names, p.data.enterpriseId, p.data.enterpriseName) : ''),
    },
    {
      colId: 'stage',
      headerName: t('stabilisation.col.stage'),
      width: 104,
      valueGetter: (p) =>
        p.data ? (p.data.onLeave ? t('stabilisation.onLeave') : stageKeyLabel(t, p.data.stage)) : '',
    },
    {
      colId: 'last',
      headerName: t('stabilisation.col.lastVisit'),
      flex: 1,
      minWidth: 140,
      valueGetter: (p) => (p.data ? lastVisitText(t, fmt, p.data) : ''),
    },
    { colId: 'responsible', field: 'responsible', headerName: t('stabilisation.col.responsible'), width: 92 },
    {
      colId: 'actions',
      headerName: '',
      width: 200,
      pinned: 'right',
      sortable: false,
      filter: false,
      cellRenderer: PersonActions,
    },
  ];
}

/** Return visits (回访) overdue, then due within the week: who to see next, and who answers for them. */
export function VisitsTab() {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const { data, error } = useChannel('visits.due', {});
  const names = useShortNames();
  const columnDefs = useMemo(() => visitColumns(t, fmt, names), [t, fmt, names]);
  const localeText = useMemo(
    () => gridLocaleText(i18n.language, t('stabilisation.visits.none')),
    [i18n.language, t],
  );
  const rows = useMemo(() => data?.rows ?? [], [data]);
  return (
    <div className="list-tab">
      <div className="tab-toolbar">
        <p className="list-summary" role="status">
          {data
            ? t('stabilisation.visits.summary', {
                overdue: fmt.number(data.overdue),
                due: fmt.number(data.due),
                date: fmt.date(data.asOf),
              })
            : t('app.loading')}
        </p>
      </div>
      {error ? (
        <p className="inline-error" role="alert">
          {translateError(error)}
        </p>
      ) : null}
      <div className="grid-wrap">
        <AgGridReact<VisitDueRow>
          // AG Grid reads locale text once, and keeps cell values until told: a new language or the
          // enterprises' short names arriving make a new grid.
          key={`${i18n.language}-${names.size}`}
          theme={gridTheme}
          localeText={localeText}
          rowData={rows}
          columnDefs={columnDefs}
          defaultColDef={defaultColDef}
          getRowId={getRowId}
          // Every column in the DOM: screen readers and tests find cells scrolled out of view.
          suppressColumnVirtualisation
        />
      </div>
    </div>
  );
}
