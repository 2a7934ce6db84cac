import { create } from 'zustand';
import type { PolicyStatus } from '../../../../shared/domain/policies/status';

export type PoliciesTab = 'people' | 'missing' | 'closing' | 'batches';

export interface EvidenceTarget {
  seekerId: string;
  name: string;
  ruleName: string;
}

interface PoliciesState {
  countyCode: string | null;
  tab: PoliciesTab;
  ruleKey: string | null;
  status: PolicyStatus | null;
  batchId: string | null;
  evidenceFor: EvidenceTarget | null;
  set: (patch: Partial<Omit<PoliciesState, 'set'>>) => void;
}

/** The policies page: the county and tab chosen, the list's filters, the batch open and the evidence dialog. */
export const usePoliciesStore = create<PoliciesState>()((set) => ({
  countyCode: null,
  tab: 'people',
  ruleKey: null,
  status: null,
  batchId: null,
  evidenceFor: null,
  set: (patch) => set(patch),
}));
