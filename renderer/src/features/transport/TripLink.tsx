import type { CustomCellRendererProps } from 'ag-grid-react';
import type { TripRow } from '../../../../shared/domain/transport/trip';
import { tripHref } from './hash-path';

/** The trip number as a link to the trip, so a single click (or Tab and Enter) opens it. */
export function TripLink({ data, value }: CustomCellRendererProps<TripRow, string>) {
  if (!data) return null;
  return <a href={tripHref(data.id)}>{value}</a>;
}
