import { useId } from 'react';

interface DateRangeFieldsProps {
  fromLabel: string;
  toLabel: string;
  from?: string | null;
  to?: string | null;
  /** An emptied field is null: no bound on that side. */
  onChange: (patch: { from?: string | null; to?: string | null }) => void;
}

/** "From … to …" date inputs of a filter toolbar. */
export function DateRangeFields({ fromLabel, toLabel, from, to, onChange }: DateRangeFieldsProps) {
  const id = useId();
  const orNull = (v: string) => (v === '' ? null : v);
  return (
    <>
      <label className="toolbar-field" htmlFor={`${id}-from`}>
        {fromLabel}
        <input
          id={`${id}-from`}
          type="date"
          value={from ?? ''}
          onChange={(e) => onChange({ from: orNull(e.target.value) })}
        />
      </label>
      <label className="toolbar-field" htmlFor={`${id}-to`}>
        {toLabel}
        <input
          id={`${id}-to`}
          type="date"
          value={to ?? ''}
          onChange={(e) => onChange({ to: orNull(e.target.value) })}
        />
      </label>
    </>
  );
}
