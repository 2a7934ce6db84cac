import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PipelineStage } from '../../../shared/domain/dashboard';

/**
 * Colours that stay apart on a light background, on paper and in grey: the job (green) against
 * the pipeline (blues, darker the nearer the job), demand in grey, trips in amber.
 */
export const COLOURS = {
  demand: '#b9c6c0',
  employedNow: '#1f7a5c',
  stable: '#0d4d38',
  trips: '#d48a1e',
  signedUp: '#8c9994',
  left: '#b4372f',
  target: '#b4372f',
  projection: '#d48a1e',
  required: '#6a4aa8',
  grid: '#e3e9e6',
  axis: '#5c6b65',
} as const;

export const STAGE_COLOURS: Record<PipelineStage, string> = {
  verified: '#dce9f6',
  interview_arranged: '#bed6ee',
  transported: '#9dc1e6',
  interview_passed: '#79a8da',
  exam_passed: '#5a8fcb',
  training_completed: '#3c74b5',
};

export const AXIS_TICK = { fontSize: 12, fill: COLOURS.axis } as const;

/** A share as a percentage in the UI language (e.g. 39.0% / 39.0%). */
export function usePercent(): (value: number | null) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const f = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
    return (value) => (value === null ? '—' : f.format(value));
  }, [i18n.language]);
}

/** A signed change, `+12` / `−3` / `±0`. */
export function signed(value: number, format: (n: number) => string): string {
  if (value > 0) return `+${format(value)}`;
  if (value < 0) return `−${format(-value)}`;
  return '±0';
}

/** Days from 1970 for a time axis; dates stay calendar days, never shifted by a time zone. */
export const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
export const isoOfDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
