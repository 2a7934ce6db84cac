import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { ServiceCase } from '../../../../../shared/domain/service-cases';
import type { Formatters } from '../../../format';
import { countyName } from '../../../data/labels';
import { aidLabel } from '../labels';
import { shortName } from '../short-names';
import { OpenCaseButton } from './OpenCaseButton';

type Col = ColDef<ServiceCase>;

/** What was done, in order: "充值100元饭卡；2022/03/03 转交现金100元". */
export function actionsText(fmt: Formatters, c: ServiceCase, sep: string): string {
  // The case's own day goes without saying; later days are written out.
  return c.actions
    .map((a) => (a.date === c.openedOn ? a.action : `${fmt.date(a.date)} ${a.action}`))
    .join(sep);
}

/** The diary's columns, built once per language. Every column is in the export but the button. */
export function diaryColumns(
  t: TFunction,
  fmt: Formatters,
  language: string,
  names: ReadonlyMap<string, string>,
): Col[] {
  return [
    {
      colId: 'openedOn',
      field: 'openedOn',
      headerName: t('stabilisation.col.openedOn'),
      width: 112,
      sort: 'desc',
      valueFormatter: (p) => (p.value ? fmt.date(p.value as string) : ''),
    },
    { colId: 'seekerName', field: 'seekerName', headerName: t('stabilisation.col.worker'), width: 96 },
    {
      colId: 'type',
      headerName: t('stabilisation.col.type'),
      width: 132,
      valueGetter: (p) => (p.data ? t(`stabilisation.caseType.${p.data.type}`) : ''),
    },
    {
      colId: 'status',
      headerName: t('stabilisation.col.status'),
      width: 96,
      valueGetter: (p) => (p.data ? t(`stabilisation.caseStatus.${p.data.status}`) : ''),
      cellClass: (p) => (p.data ? `case-status-cell status-${p.data.status}` : ''),
    },
    {
      colId: 'request',
      field: 'request',
      headerName: t('stabilisation.col.request'),
      flex: 2,
      minWidth: 180,
      tooltipField: 'request',
    },
    {
      colId: 'done',
      headerName: t('stabilisation.col.done'),
      flex: 2,
      minWidth: 200,
      valueGetter: (p) => (p.data ? actionsText(fmt, p.data, t('stabilisation.sep')) : ''),
      tooltipValueGetter: (p) => (p.data ? actionsText(fmt, p.data, t('stabilisation.sep')) : ''),
    },
    {
      colId: 'aid',
      headerName: t('stabilisation.col.aid'),
      width: 130,
      valueGetter: (p) => (p.data ? aidLabel(fmt, p.data.cashYuan, p.data.goods) : ''),
    },
    { colId: 'handledBy', field: 'handledBy', headerName: t('stabilisation.col.handledBy'), width: 96 },
    {
      colId: 'followUpOn',
      headerName: t('stabilisation.col.followUp'),
      width: 112,
      valueGetter: (p) =>
        p.data?.status === 'resolved'
          ? p.data.resolvedOn
            ? t('stabilisation.col.resolvedOnValue', { date: fmt.date(p.data.resolvedOn) })
            : ''
          : p.data?.followUpOn
            ? fmt.date(p.data.followUpOn)
            : '',
    },
    {
      colId: 'enterprise',
      headerName: t('stabilisation.col.enterprise'),
      width: 100,
      valueGetter: (p) => (p.data ? shortName(names, p.data.enterpriseId, p.data.enterpriseName) : ''),
      tooltipField: 'enterpriseName',
    },
    {
      colId: 'county',
      headerName: t('stabilisation.col.county'),
      width: 84,
      valueGetter: (p) => (p.data ? countyName(p.data.countyCode, language) : ''),
    },
    { colId: 'idMasked', field: 'idMasked', headerName: t('stabilisation.col.idMasked'), width: 170 },
    {
      colId: 'open',
      headerName: '',
      width: 74,
      pinned: 'right',
      sortable: false,
      filter: false,
      resizable: false,
      cellRenderer: OpenCaseButton,
    },
  ];
}
