import { z } from 'zod';
import { uuid } from './fields';
import { Registration, SeekerInput } from './seeker';

/**
 * A second registration of a known ID number: the person is the same, but what they say now may
 * differ from what is on file (a new phone, another village). Nothing is overwritten or dropped
 * silently: the differences are shown and the user chooses, field by field, which value to keep.
 * Pure: the backend compares and applies with it, the form shows what it returns.
 */

/** The person's fields a registration may bring anew (not the ID, nor where and when they signed up). */
export const COMPARED_FIELDS = [
  'name',
  'phone',
  'countyCode',
  'town',
  'village',
  'intendedEnterpriseId',
  'previousWork',
  'notes',
  'prefNearHome',
  'prefMothersLine',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface PersonValues {
  name: string;
  phone: string;
  countyCode: string;
  town: string;
  village: string;
  intendedEnterpriseId: string | null;
  previousWork: string;
  notes: string;
  prefNearHome: boolean;
  prefMothersLine: boolean;
}

export const KEEP_CHOICES = ['stored', 'incoming'] as const;
export type KeepChoice = (typeof KEEP_CHOICES)[number];
export type KeepChoices = Partial<Record<ComparedField, KeepChoice>>;

/**
 * Whether the new registration gives the field at all: a blank text, an unticked preference or
 * "any enterprise" (the form's defaults) says nothing new, so it is not a difference.
 */
function given(value: PersonValues[ComparedField]): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'boolean') return value;
  return value !== null;
}

/** The fields the new registration gives with a value other than the one on file, in form order. */
export function registrationDifferences(stored: PersonValues, incoming: PersonValues): ComparedField[] {
  return COMPARED_FIELDS.filter((f) => given(incoming[f]) && incoming[f] !== stored[f]);
}

/** Differences the user has not chosen for yet. */
export function unchosen(differences: readonly ComparedField[], keep: KeepChoices): ComparedField[] {
  return differences.filter((f) => keep[f] === undefined);
}

/** The values to store: the new one for each difference the user chose to take, the stored one otherwise. */
export function applyChoices(stored: PersonValues, incoming: PersonValues, keep: KeepChoices): PersonValues {
  const out: PersonValues = { ...stored };
  for (const f of registrationDifferences(stored, incoming)) {
    if (keep[f] === 'incoming') Object.assign(out, { [f]: incoming[f] });
  }
  return out;
}

/** A value as shown beside its rival: phones masked, enterprises by id (the screen names them). */
const ShownValue = z.union([z.string(), z.boolean(), z.null()]);

export const RegistrationComparison = z.object({
  /** The person on file with this ID number; null when the number is new (nothing to compare). */
  existing: z
    .object({
      id: uuid,
      name: z.string(),
      idMasked: z.string(),
      firstRegistration: Registration.nullable(),
    })
    .nullable(),
  differences: z.array(
    z.object({ field: z.enum(COMPARED_FIELDS), stored: ShownValue, incoming: ShownValue }),
  ),
});
export type RegistrationComparison = z.infer<typeof RegistrationComparison>;

/** Registering a known person again, with the user's choice for every field that differs. */
export const RegisterAgainInput = z
  .object({
    person: SeekerInput,
    keep: z.partialRecord(z.enum(COMPARED_FIELDS), z.enum(KEEP_CHOICES, { error: 'v.choose' })).default({}),
  })
  .strict();
export type RegisterAgainInput = z.input<typeof RegisterAgainInput>;
