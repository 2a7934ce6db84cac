import { create } from 'zustand';
import type { County } from '../../../shared/contract/channels';
import type { Enterprise } from '../../../shared/domain/enterprise';
import { effectiveAsOf } from '../../../shared/domain/settings';
import { call } from '../api';
import { useAppStore } from '../shell/app-store';

/** Counties with their towns and the enterprises: the pickers' choices, loaded once per change. */
interface ReferenceState {
  counties: County[];
  enterprises: Enterprise[];
  error: unknown;
  load: () => Promise<void>;
}

let loadSeq = 0;

export const useReferenceStore = create<ReferenceState>()((set) => ({
  counties: [],
  enterprises: [],
  error: null,
  load: async () => {
    const seq = ++loadSeq;
    try {
      const [counties, enterprises] = await Promise.all([
        call('counties.list', {}),
        call('enterprises.list', { includeArchived: true }),
      ]);
      if (seq === loadSeq) set({ counties, enterprises, error: null });
    } catch (error) {
      if (seq === loadSeq) set({ error });
    }
  },
}));

/** Enterprises a new event may name: archived ones keep their history but take nobody new. */
export function activeEnterprises(enterprises: readonly Enterprise[]): Enterprise[] {
  return enterprises.filter((e) => !e.archived);
}

export function townsOf(counties: readonly County[], code: string | null | undefined): string[] {
  if (!code) return [];
  return counties.find((c) => c.code === code)?.towns.map((t) => t.name) ?? [];
}

/** The date new events and sign-ups default to: the as-of date in Settings, else today. */
export function useDefaultDate(): string {
  const asOfDate = useAppStore((s) => s.settings?.asOfDate ?? null);
  return effectiveAsOf({ asOfDate }, new Date());
}
