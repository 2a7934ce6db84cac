import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { TripInput } from '../../../../../shared/domain/transport/trip-input';
import { scheduleEditable, type TripStatus } from '../../../../../shared/domain/transport/trip-status';
import { call } from '../../../api';
import { flashSuccess } from '../../../shell/flash-store';
import { Modal } from '../../../ui/Modal';
import { useReferenceStore } from '../../../data/reference-store';
import { tripHref } from '../hash-path';
import { transportError } from '../labels';
import { HandoverFields } from './HandoverFields';
import { ListFields } from './ListFields';
import { ScheduleFields } from './ScheduleFields';
import { SupplyFields } from './SupplyFields';
import { applyServerIssues, type TripFormValues } from './trip-form-values';
import { VehicleFields } from './VehicleFields';

type Parsed = z.output<typeof TripInput>;

interface TripFormProps {
  initial: TripFormValues;
  status?: TripStatus;
  tripNo?: string;
  /** Booked passengers: "one each" fills supplies for them. */
  booked?: number;
  onClose: () => void;
  /** Go to the new trip once it is created. */
  openAfterCreate?: boolean;
}

/** Create or edit a trip: route, vehicle and crew, supplies and the Four Haves handover, in one save. */
export function TripForm({
  initial,
  status = 'planned',
  tripNo,
  booked = 0,
  onClose,
  openAfterCreate,
}: TripFormProps) {
  const { t, i18n } = useTranslation();
  const idPrefix = useId();
  const loadReference = useReferenceStore((s) => s.load);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const form = useForm<TripFormValues, unknown, Parsed>({
    resolver: zodResolver(TripInput),
    defaultValues: initial,
  });
  const {
    handleSubmit,
    setError,
    formState: { isSubmitting },
  } = form;
  useEffect(() => {
    void loadReference();
  }, [loadReference]);

  const onSubmit = async (values: Parsed) => {
    setSubmitError(null);
    try {
      const saved = await call('trips.save', {
        ...values,
        supplies: values.supplies.filter((s) => s.quantity > 0),
      });
      flashSuccess('transport.form.savedMessage', { trip: saved.tripNo });
      onClose();
      if (openAfterCreate && initial.id === null) window.location.hash = tripHref(saved.id);
    } catch (error) {
      applyServerIssues(error, setError);
      setSubmitError(error);
    }
  };

  const isNew = !initial.id;
  return (
    <Modal
      title={isNew ? t('transport.form.newTitle') : t('transport.form.editTitle', { trip: tripNo ?? '' })}
      onClose={onClose}
      className="modal-wide trip-form-modal"
    >
      <form className="trip-form" noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
        <div className="modal-body">
          <ScheduleFields form={form} idPrefix={idPrefix} locked={!scheduleEditable(status)} />
          <ListFields form={form} idPrefix={idPrefix} kind="pickups" />
          <VehicleFields form={form} idPrefix={idPrefix} locked={!scheduleEditable(status)} />
          <ListFields form={form} idPrefix={idPrefix} kind="escorts" />
          <SupplyFields form={form} idPrefix={idPrefix} booked={booked} />
          <HandoverFields form={form} idPrefix={idPrefix} />
        </div>
        <footer className="modal-footer">
          {submitError ? (
            <p className="form-error" role="alert">
              {transportError(submitError, i18n.language)}
            </p>
          ) : null}
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={isSubmitting} aria-busy={isSubmitting}>
            {t('common.save')}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
