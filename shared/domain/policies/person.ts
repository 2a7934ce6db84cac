import { z } from 'zod';
import { isoDate, uuid } from '../fields';
import { IDENTITIES, type Identity } from './catalogue';

/** A bank account number: 10 to 30 digits, spaces and dashes dropped. */
export const bankAccountField = z
  .string({ error: 'v.text' })
  .transform((v) => v.replace(/[\s-]/g, ''))
  .refine((v) => v === '' || /^\d{10,30}$/.test(v), { error: 'v.bank_account' });

/**
 * The facts about a person that subsidies depend on, beside what the pipeline knows (entry date,
 * employer, buses ridden): identity flags, the labour contract, social-insurance months, the bank
 * account. `bankAccount` blank keeps the stored one, so editing needs no reveal.
 */
export const PersonPolicyInput = z
  .object({
    seekerId: uuid,
    identities: z.array(z.enum(IDENTITIES)).max(IDENTITIES.length).default([]),
    /** When the person graduated: "a graduate within 2 years" counts from it. */
    graduatedOn: isoDate.nullable().default(null),
    contractMonths: z
      .number({ error: 'v.number' })
      .int({ error: 'v.integer' })
      .min(1, { error: 'v.policy_contract_months' })
      .max(120, { error: 'v.policy_contract_months' })
      .nullable()
      .default(null),
    contractStart: isoDate.nullable().default(null),
    insuranceMonths: z
      .number({ error: 'v.number' })
      .int({ error: 'v.integer' })
      .min(0, { error: 'v.not_negative' })
      .max(600, { error: 'v.too_large' })
      .nullable()
      .default(null),
    bankAccount: bankAccountField.default(''),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.identities.includes('graduate') && p.graduatedOn === null)
      ctx.addIssue({ code: 'custom', path: ['graduatedOn'], message: 'v.policy_graduated_on' });
    if ((p.contractMonths === null) !== (p.contractStart === null))
      ctx.addIssue({
        code: 'custom',
        path: [p.contractMonths === null ? 'contractMonths' : 'contractStart'],
        message: 'v.policy_contract_both',
      });
  });
export type PersonPolicyInput = z.input<typeof PersonPolicyInput>;

/** What eligibility reads about one person. */
export interface PolicyPerson {
  countyCode: string;
  birthDate: string;
  /** The latest entry (入职) date; null: never employed. */
  entryDate: string | null;
  /** When they left the job; null while on it. */
  leftOn: string | null;
  /** Buses of ours the person arrived on. */
  trips: number;
  identities: readonly Identity[];
  graduatedOn: string | null;
  contractMonths: number | null;
  insuranceMonths: number | null;
}

/** `6222 **** **** 1234` style: the first 4 and last 4 digits, as ID numbers are masked. */
export function maskBankAccount(account: string): string {
  if (account.length < 10) return '*'.repeat(account.length);
  return account.slice(0, 4) + '*'.repeat(account.length - 8) + account.slice(-4);
}
