import type { UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { TripInput } from '../../../../../shared/domain/transport/trip-input';
import type { TripFormValues } from './trip-form-values';

export type TripFormApi = UseFormReturn<TripFormValues, unknown, z.output<typeof TripInput>>;

export interface SectionProps {
  form: TripFormApi;
  idPrefix: string;
}
