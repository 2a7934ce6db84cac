import { useEffect, useState } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SupplyItem } from '../../../../../shared/domain/transport/trip';
import { call, onDataChanged } from '../../../api';
import { supplyName, supplyUnit } from '../labels';
import { SuppliesDialog } from '../SuppliesDialog';
import type { SectionProps } from './form-types';
import { supplyRows } from './trip-form-values';

/** A quantity for each item of the supplies list; the list itself can be edited from here. */
export function SupplyFields({ form, idPrefix, booked }: SectionProps & { booked: number }) {
  const { t, i18n } = useTranslation();
  const { control, register, getValues } = form;
  const list = useFieldArray({ control, name: 'supplies' });
  const seats = useWatch({ control, name: 'seats' });
  // The unit beside each quantity reads with it: 1 bottle, 45 bottles.
  const quantities = (useWatch({ control, name: 'supplies' }) ?? []).map((s) => s?.quantity);
  const [items, setItems] = useState<SupplyItem[] | null>(null);
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    const load = () =>
      void call('supplies.list', { includeArchived: true }).then((all) => {
        setItems(all);
        list.replace(supplyRows(all, getValues('supplies')));
      });
    load();
    return onDataChanged((channel) => {
      if (channel === 'supplies.save') load();
    });
  }, []);

  const byId = new Map((items ?? []).map((i) => [i.id, i]));
  // Supplies go to the people on the bus; before anyone is booked, to every seat.
  const perPerson = booked > 0 ? booked : Number.isFinite(seats) ? Number(seats) : 0;
  const onePerPerson = () =>
    list.replace(
      list.fields.map((f) => ({
        itemId: f.itemId,
        quantity: byId.get(f.itemId)?.archived ? f.quantity : perPerson,
      })),
    );

  return (
    <fieldset className="form-section">
      <legend>{t('transport.form.supplies')}</legend>
      <div className="supply-grid">
        {list.fields.map((f, i) => {
          const item = byId.get(f.itemId);
          const id = `${idPrefix}-supply-${i}`;
          return (
            <label key={f.id} htmlFor={id} className="supply-row">
              <span>{item ? supplyName(item, i18n.language) : ''}</span>
              <input
                id={id}
                type="number"
                min={0}
                {...register(`supplies.${i}.quantity`, { valueAsNumber: true })}
              />
              <span className="muted">{item ? supplyUnit(item.unit, Number(quantities[i]) || 0) : ''}</span>
            </label>
          );
        })}
      </div>
      <div className="toolbar">
        <button type="button" className="small" onClick={onePerPerson}>
          {t('transport.form.perPerson')}
        </button>
        <button type="button" className="small subtle" onClick={() => setEditing(true)}>
          {t('transport.form.editList')}
        </button>
      </div>
      {editing ? <SuppliesDialog onClose={() => setEditing(false)} /> : null}
    </fieldset>
  );
}
