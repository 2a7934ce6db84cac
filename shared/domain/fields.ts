import { z } from 'zod';

/**
 * Field rules shared by forms, imports and the contract. Messages are i18n keys (`v.*`) so the
 * renderer shows them in the user's language next to the field, and the CLI prints the English.
 */
export const isoDate = z.iso.date({ error: 'v.date' });

export const requiredText = (max: number) =>
  z.string({ error: 'v.required' }).trim().min(1, { error: 'v.required' }).max(max, { error: 'v.too_long' });

export const optionalText = (max: number) =>
  z.string({ error: 'v.text' }).trim().max(max, { error: 'v.too_long' }).default('');

/** A contact number as printed on a notice: mobile or landline with area code, e.g. 0718-8295923. */
export const contactPhone = z
  .string({ error: 'v.text' })
  .trim()
  .max(30, { error: 'v.too_long' })
  .regex(/^[0-9+\-() ]*$/, { error: 'v.contact_phone' })
  .default('');

export const uuid = z.uuid({ error: 'v.id' });

/**
 * A record the user picks from a list (a worker, an enterprise). Left unpicked, the message says
 * what to pick, not that an identifier is invalid.
 */
export const picked = (message: 'v.worker_required' | 'v.enterprise_required') => z.uuid({ error: message });

/** ISO timestamp written by the backend. */
export const timestamp = z.string();
