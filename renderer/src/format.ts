import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface Formatters {
  number: (value: number) => string;
  /** A calendar date `YYYY-MM-DD`, shown without any time-zone shift. */
  date: (iso: string) => string;
  /** A backend timestamp in local time. */
  dateTime: (iso: string) => string;
  /** The same without seconds, for dense tables. */
  dateTimeShort: (iso: string) => string;
  bytes: (size: number) => string;
}

function parseIsoDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function makeFormatters(locale: string): Formatters {
  const number = new Intl.NumberFormat(locale);
  const date = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' });
  const dateTime = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  });
  const dateTimeShort = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
  const kb = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 });
  const mb = new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  return {
    number: (value) => number.format(value),
    date: (iso) => {
      const d = parseIsoDate(iso);
      return d ? date.format(d) : iso;
    },
    dateTime: (iso) => {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
    },
    dateTimeShort: (iso) => {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : dateTimeShort.format(d);
    },
    bytes: (size) => (size >= 1024 * 1024 ? mb.format(size / 1024 / 1024) : kb.format(size / 1024)),
  };
}

/** Formatters for the current UI language; they change when the language does. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return useMemo(() => makeFormatters(i18n.language), [i18n.language]);
}
