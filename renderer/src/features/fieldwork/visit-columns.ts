import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { FieldVisitRow } from '../../../../shared/domain/fieldwork';
import { visitPlace } from '../../data/visit-place';
import type { Formatters } from '../../format';
import { compareLocalDay } from '../../ui/grid';
import { VisitActions } from './VisitActions';

/** What a visit covered: the policies of a briefing, then the notes. */
export function visitContent(t: TFunction, v: FieldVisitRow): string {
  const policies = v.policies.map((p) => t(`fieldwork.policy.${p}`)).join('、');
  return [policies, v.notes].filter(Boolean).join(' · ');
}

export function visitColumns(t: TFunction, fmt: Formatters, language: string): ColDef<FieldVisitRow>[] {
  return [
    {
      colId: 'date',
      field: 'date',
      headerName: t('fieldwork.columns.date'),
      width: 112,
      sort: 'desc',
      filter: 'agDateColumnFilter',
      filterParams: { comparator: compareLocalDay },
      valueFormatter: (p) => (p.value ? fmt.date(p.value as string) : ''),
    },
    {
      colId: 'class',
      headerName: t('fieldwork.columns.class'),
      width: 124,
      valueGetter: (p) => p.data?.className ?? p.data?.staff ?? '',
    },
    {
      colId: 'kind',
      headerName: t('fieldwork.columns.kind'),
      width: 116,
      valueGetter: (p) => (p.data ? t(`fieldwork.kind.${p.data.kind}`) : ''),
    },
    {
      colId: 'place',
      headerName: t('fieldwork.columns.place'),
      flex: 1,
      minWidth: 180,
      valueGetter: (p) => {
        if (!p.data) return '';
        const place = visitPlace(p.data, language);
        const firm = p.data.enterpriseName;
        return firm && place !== firm ? `${place} · ${firm}` : place;
      },
    },
    {
      colId: 'reached',
      field: 'reached',
      headerName: t('fieldwork.columns.reached'),
      width: 84,
      type: 'numericColumn',
    },
    {
      colId: 'signedUp',
      field: 'signedUp',
      headerName: t('fieldwork.columns.signedUp'),
      width: 84,
      type: 'numericColumn',
    },
    {
      colId: 'linked',
      field: 'linked',
      headerName: t('fieldwork.columns.linked'),
      width: 84,
      type: 'numericColumn',
    },
    {
      colId: 'notes',
      headerName: t('fieldwork.columns.notes'),
      flex: 1.4,
      minWidth: 200,
      tooltipValueGetter: (p) => (p.data ? visitContent(t, p.data) : ''),
      valueGetter: (p) => (p.data ? visitContent(t, p.data) : ''),
    },
    {
      colId: 'actions',
      headerName: '',
      width: 78,
      sortable: false,
      filter: false,
      resizable: false,
      cellRenderer: VisitActions,
    },
  ];
}
