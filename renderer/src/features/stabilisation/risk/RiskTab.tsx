import type { ColDef, GetRowIdParams } from 'ag-grid-community';
import type { CustomCellRendererProps } from 'ag-grid-react';
import { AgGridReact } from 'ag-grid-react';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtRiskRow } from '../../../../../shared/contract/stabilisation';
import { useFormatters, type Formatters } from '../../../format';
import { translateError } from '../../../i18n';
import { gridLocaleText, gridTheme } from '../../../ui/grid';
import { countyName } from '../../../data/labels';
import { signalLabel } from '../labels';
import { PersonActions } from '../person-cells';
import { shortName, useShortNames } from '../short-names';
import { useChannel } from '../use-channel';

type Ranked = AtRiskRow & { rank: number };

const getRowId = (p: GetRowIdParams<Ranked>) => p.data.seekerId;
const defaultColDef = { sortable: true, resizable: true, filter: true };

/** The reasons as tags: why this person is on the list, since when. */
function SignalTags({ data }: CustomCellRendererProps<Ranked>) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  if (!data) return null;
  return (
    <span className="signal-tags">
      {data.signals.map((s) => (
        <span key={s.reason} className={`signal-tag signal-${s.reason}`}>
          {signalLabel(t, fmt, s)}
        </span>
      ))}
    </span>
  );
}

function riskColumns(
  t: TFunction,
  fmt: Formatters,
  language: string,
  names: ReadonlyMap<string, string>,
): ColDef<Ranked>[] {
  return [
    { colId: 'rank', field: 'rank', headerName: '#', width: 64, type: 'numericColumn', filter: false },
    { colId: 'name', field: 'name', headerName: t('stabilisation.col.worker'), width: 96 },
    {
      colId: 'reasons',
      headerName: t('stabilisation.col.reasons'),
      flex: 1,
      minWidth: 220,
      valueGetter: (p) =>
        p.data ? p.data.signals.map((s) => signalLabel(t, fmt, s)).join(t('stabilisation.sep')) : '',
      cellRenderer: SignalTags,
    },
    {
      colId: 'responsible',
      field: 'responsible',
      headerName: t('stabilisation.col.responsible'),
      width: 100,
    },
    {
      colId: 'enterprise',
      headerName: t('stabilisation.col.enterprise'),
      width: 96,
      valueGetter: (p) => (p.data ? shortName(names, p.data.enterpriseId, p.data.enterpriseName) : ''),
    },
    {
      colId: 'county',
      headerName: t('stabilisation.col.county'),
      width: 92,
      valueGetter: (p) => (p.data ? countyName(p.data.countyCode, language) : ''),
    },
    { colId: 'idMasked', field: 'idMasked', headerName: t('stabilisation.col.idMasked'), width: 170 },
    { colId: 'phone', field: 'phoneMasked', headerName: t('stabilisation.col.phone'), width: 120 },
    {
      colId: 'urgency',
      field: 'urgency',
      headerName: t('stabilisation.col.urgency'),
      width: 90,
      type: 'numericColumn',
    },
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

/** 风险名单: people who may go home, most urgent first, each with the staff member who answers for them. */
export function RiskTab() {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const { data, error } = useChannel('risk.list', {});
  const names = useShortNames();
  const columnDefs = useMemo(() => riskColumns(t, fmt, i18n.language, names), [t, fmt, i18n.language, names]);
  const localeText = useMemo(
    () => gridLocaleText(i18n.language, t('stabilisation.riskList.none')),
    [i18n.language, t],
  );
  // The backend's order is the urgency order; the rank keeps it readable after sorting by another column.
  const rows = useMemo(() => (data?.rows ?? []).map((r, i) => ({ ...r, rank: i + 1 })), [data]);
  return (
    <div className="list-tab">
      <div className="tab-toolbar">
        <p className="list-summary" role="status">
          {data
            ? t('stabilisation.riskList.summary', {
                count: data.rows.length,
                n: fmt.number(data.rows.length),
                date: fmt.date(data.asOf),
              })
            : t('app.loading')}
        </p>
        <p className="muted help-inline">{t('stabilisation.riskList.rule')}</p>
      </div>
      {error ? (
        <p className="inline-error" role="alert">
          {translateError(error)}
        </p>
      ) : null}
      <div className="grid-wrap">
        <AgGridReact<Ranked>
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
