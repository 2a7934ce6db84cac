import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { SEEKER_SORT_COLUMNS, type SeekerRow } from '../../../../shared/domain/seeker';
import type { Formatters } from '../../format';
import { PreferenceCell, SelectCell, StageCell } from './cells';
import { countyName, stageLabel } from '../../data/labels';

type Col = ColDef<SeekerRow>;

const SORTABLE = new Set<string>(SEEKER_SORT_COLUMNS);

/** The backend sorts; only the columns it can sort on offer sorting. */
function col(colId: string, headerName: string, width: number, extra: Partial<Col> = {}): Col {
  return { colId, headerName, width, sortable: SORTABLE.has(colId), ...extra };
}

/** Built once per language; pages of rows arriving never rebuild the columns. */
export function seekerColumns(t: TFunction, fmt: Formatters, language: string): Col[] {
  const date = (v: string | null | undefined) => (v ? fmt.date(v) : '');
  // English words are longer than their Chinese counterparts ("Xianfeng County" vs 咸丰县).
  const w = (zh: number, en: number) => (language === 'en' ? en : zh);
  return [
    {
      colId: 'select',
      headerName: '',
      headerTooltip: t('seekers.col.select'),
      width: 46,
      pinned: 'left',
      lockPosition: 'left',
      sortable: false,
      resizable: false,
      suppressMovable: true,
      cellClass: 'select-col',
      cellRenderer: SelectCell,
    },
    col('name', t('seekers.col.name'), 96, { field: 'name', pinned: 'left' }),
    col('gender', t('seekers.col.gender'), w(70, 90), {
      field: 'gender',
      valueFormatter: (p) => (p.data ? t(`gender.${p.data.gender}`) : ''),
    }),
    col('age', t('seekers.col.age'), 66, { field: 'age', type: 'numericColumn' }),
    col('idMasked', t('seekers.col.id'), 172, { field: 'idMasked', cellClass: 'mono' }),
    col('phoneMasked', t('seekers.col.phone'), 118, { field: 'phoneMasked', cellClass: 'mono' }),
    col('countyCode', t('seekers.col.county'), w(90, 136), {
      field: 'countyCode',
      valueFormatter: (p) => (p.value ? countyName(String(p.value), language) : ''),
    }),
    col('town', t('seekers.col.town'), 100, { field: 'town', tooltipField: 'town' }),
    col('village', t('seekers.col.village'), 100, { field: 'village', tooltipField: 'village' }),
    col('stage', t('seekers.col.stage'), w(118, 150), {
      field: 'stage',
      cellRenderer: StageCell,
      tooltipValueGetter: (p) => (p.data ? stageLabel(t, p.data) : ''),
    }),
    col('stageDate', t('seekers.col.stageDate'), 112, {
      field: 'stageDate',
      valueFormatter: (p) => date(p.value as string | undefined),
    }),
    col('enterpriseName', t('seekers.col.enterprise'), 170, {
      field: 'enterpriseName',
      tooltipField: 'enterpriseName',
      valueFormatter: (p) => (p.data ? (p.data.enterpriseName ?? t('seekers.anyEnterprise')) : ''),
    }),
    col('trips', t('seekers.col.trips'), w(90, 76), {
      field: 'trips',
      type: 'numericColumn',
      valueFormatter: (p) => (typeof p.value === 'number' ? fmt.number(p.value) : ''),
    }),
    col('preferences', t('seekers.col.preferences'), w(150, 190), { cellRenderer: PreferenceCell }),
    col('partnerName', t('seekers.col.partner'), w(90, 100), { field: 'partnerName' }),
    col('channel', t('seekers.col.channel'), w(110, 190), {
      field: 'channel',
      valueFormatter: (p) => (p.data ? t(`signupChannel.${p.data.channel}`) : ''),
    }),
    col('signedUpOn', t('seekers.col.signedUpOn'), 112, {
      field: 'signedUpOn',
      valueFormatter: (p) => date(p.value as string | undefined),
    }),
  ];
}

export function isSortColumn(colId: string): colId is (typeof SEEKER_SORT_COLUMNS)[number] {
  return SORTABLE.has(colId);
}
