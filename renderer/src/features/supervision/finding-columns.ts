import type { ColDef, RowClassRules } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { Finding } from '../../../../shared/contract/supervision';
import { countyName } from '../../data/labels';
import type { Formatters } from '../../format';
import { classLabel, deadlineLabel, placeLabel } from './labels';
import { OpenFindingButton } from './OpenFindingButton';

type Col = ColDef<Finding>;

/** Overdue rows stand out in the grid, whatever it is sorted by. */
export const findingRowClassRules: RowClassRules<Finding> = {
  'row-overdue': (p) => (p.data?.overdueDays ?? 0) > 0,
};

/** The list's columns, built once per language. The backend's order (overdue first) is the grid's. */
export function findingColumns(t: TFunction, fmt: Formatters, language: string): Col[] {
  // English words are longer than their Chinese: the state and county columns widen.
  const en = language === 'en';
  return [
    {
      colId: 'state',
      headerName: t('supervision.col.state'),
      width: en ? 210 : 150,
      valueGetter: (p) => {
        if (!p.data) return '';
        const state = t(`supervision.state.${p.data.state}`);
        return p.data.overdueDays > 0
          ? `${state} · ${t('supervision.overdue', { days: p.data.overdueDays })}`
          : state;
      },
      cellClass: (p) =>
        p.data ? `finding-state state-${p.data.state} ${p.data.overdueDays > 0 ? 'overdue' : ''}` : '',
    },
    {
      colId: 'county',
      headerName: t('supervision.col.county'),
      width: en ? 130 : 92,
      valueGetter: (p) => (p.data ? countyName(p.data.countyCode, language) : ''),
    },
    {
      colId: 'deadline',
      headerName: t('supervision.col.deadline'),
      width: 112,
      valueGetter: (p) => (p.data ? deadlineLabel(t, fmt, p.data) : ''),
    },
    {
      colId: 'problem',
      field: 'problem',
      headerName: t('supervision.col.problem'),
      flex: 2,
      minWidth: 220,
      tooltipField: 'problem',
    },
    {
      colId: 'requirement',
      field: 'requirement',
      headerName: t('supervision.col.requirement'),
      flex: 2,
      minWidth: 200,
      tooltipField: 'requirement',
    },
    {
      colId: 'responsible',
      headerName: t('supervision.col.responsible'),
      width: 170,
      valueGetter: (p) => (p.data ? `${p.data.responsibleUnit} ${p.data.responsiblePerson}` : ''),
    },
    {
      colId: 'category',
      headerName: t('supervision.col.category'),
      width: en ? 140 : 104,
      valueGetter: (p) => (p.data ? t(`supervision.category.${p.data.category}`) : ''),
    },
    {
      colId: 'place',
      headerName: t('supervision.col.place'),
      width: 120,
      valueGetter: (p) => (p.data ? placeLabel(p.data) : ''),
      tooltipValueGetter: (p) => (p.data ? placeLabel(p.data) : ''),
    },
    {
      colId: 'foundOn',
      field: 'foundOn',
      headerName: t('supervision.col.foundOn'),
      width: 112,
      valueFormatter: (p) => (p.value ? fmt.date(p.value as string) : ''),
    },
    {
      colId: 'class',
      headerName: t('supervision.col.class'),
      width: 120,
      valueGetter: (p) => (p.data ? classLabel(t, p.data.classNo) : ''),
    },
    {
      colId: 'open',
      headerName: '',
      width: 74,
      pinned: 'right',
      sortable: false,
      filter: false,
      resizable: false,
      cellRenderer: OpenFindingButton,
    },
  ];
}
