import { create } from 'zustand';

/** Bumped when data changes anywhere: every tab of the page reloads what it shows. */
interface StabilisationState {
  revision: number;
  bump: () => void;
}

export const useStabilisationStore = create<StabilisationState>()((set) => ({
  revision: 0,
  bump: () => set((s) => ({ revision: s.revision + 1 })),
}));
