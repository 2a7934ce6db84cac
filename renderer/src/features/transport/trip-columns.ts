import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { TripRow } from '../../../../shared/domain/transport/trip';
import type { Formatters } from '../../format';
import { countyLabel, statusLabel } from './labels';
import { TripLink } from './TripLink';

type Col = ColDef<TripRow>;

const text = (minWidth: number): Partial<Col> => ({ flex: 1, minWidth, filter: 'agTextColumnFilter' });

function count(fmt: Formatters, minWidth = 78): Partial<Col> {
  return {
    minWidth,
    width: minWidth,
    type: 'numericColumn',
    filter: 'agNumberColumnFilter',
    valueFormatter: (p: ValueFormatterParams<TripRow, number>) =>
      p.value == null ? '' : fmt.number(p.value),
  };
}

/** Built once per language; new rows never rebuild the columns. */
export function tripColumns(t: TFunction, fmt: Formatters, language: string): Col[] {
  const en = language === 'en';
  return [
    {
      field: 'tripNo',
      headerName: t('transport.col.tripNo'),
      minWidth: 118,
      width: 118,
      pinned: 'left',
      filter: 'agTextColumnFilter',
      cellRenderer: TripLink,
    },
    {
      field: 'date',
      headerName: t('transport.col.date'),
      minWidth: 108,
      width: 108,
      filter: 'agTextColumnFilter',
      valueFormatter: (p) => (p.value ? fmt.date(p.value) : ''),
    },
    { field: 'departureTime', headerName: t('transport.col.time'), minWidth: 80, width: 80 },
    {
      field: 'countyCode',
      headerName: t('transport.col.county'),
      minWidth: en ? 130 : 96,
      width: en ? 130 : 96,
      filter: 'agTextColumnFilter',
      valueFormatter: (p) => (p.value ? countyLabel(p.value, language) : ''),
      getQuickFilterText: (p) => countyLabel(p.value as string, language),
      filterValueGetter: (p) => (p.data ? countyLabel(p.data.countyCode, language) : ''),
    },
    {
      field: 'plate',
      headerName: t('transport.col.plate'),
      minWidth: 100,
      width: 100,
      filter: 'agTextColumnFilter',
    },
    {
      field: 'driverName',
      headerName: t('transport.col.driver'),
      minWidth: 84,
      width: 84,
      filter: 'agTextColumnFilter',
    },
    {
      field: 'status',
      headerName: t('transport.col.status'),
      minWidth: 88,
      width: 88,
      filter: 'agTextColumnFilter',
      valueFormatter: (p) => (p.value ? statusLabel(t, p.value) : ''),
      filterValueGetter: (p) => (p.data ? statusLabel(t, p.data.status) : ''),
      getQuickFilterText: (p) => statusLabel(t, p.value as TripRow['status']),
      cellClass: (p) => `trip-status status-${p.value as string}`,
    },
    { field: 'seats', headerName: t('transport.col.seats'), ...count(fmt, 70) },
    // English headers are longer words: wide enough not to break inside one ("Boarde / d").
    { field: 'booked', headerName: t('transport.col.booked'), ...count(fmt, en ? 90 : 78) },
    { field: 'boarded', headerName: t('transport.col.boarded'), ...count(fmt, en ? 94 : 78) },
    { field: 'arrived', headerName: t('transport.col.arrived'), ...count(fmt, en ? 90 : 78) },
    {
      colId: 'handovers',
      headerName: t('transport.col.handovers'),
      minWidth: en ? 104 : 76,
      width: en ? 104 : 76,
      filter: false,
      valueGetter: (p) => (p.data ? Object.values(p.data.handovers).filter(Boolean).length : 0),
      valueFormatter: (p) => `${p.value as number}/3`,
      getQuickFilterText: () => '',
    },
    {
      field: 'pickupNames',
      headerName: t('transport.col.pickups'),
      ...text(150),
      tooltipField: 'pickupNames',
    },
    {
      field: 'enterpriseNames',
      headerName: t('transport.col.enterprises'),
      ...text(140),
      tooltipField: 'enterpriseNames',
    },
    { field: 'escortNames', headerName: t('transport.col.escorts'), ...text(100) },
  ];
}
