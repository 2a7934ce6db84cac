import { createContext, useContext, type ComponentType } from 'react';

/** What a person section is told about the person whose detail panel shows it. */
export interface PersonSectionProps {
  seekerId: string;
  name: string;
  idMasked: string;
  enterpriseName: string | null;
}

/**
 * Places in one feature's page where another feature shows its part. The shell fills them
 * (slot-fill.ts), so no feature imports another's folder.
 */
export interface Slots {
  /** Sections of the job-seeker detail panel kept by other features (the stabilisation record). */
  personSections: readonly ComponentType<PersonSectionProps>[];
  /** Settings cards kept by other features (return-visit intervals). */
  settingsSections: readonly ComponentType[];
  /** Sections below the enterprises and their quotas (one-to-one service: commissioners, requests). */
  enterpriseSections: readonly ComponentType[];
}

const SlotsContext = createContext<Slots>({
  personSections: [],
  settingsSections: [],
  enterpriseSections: [],
});

export const SlotsProvider = SlotsContext.Provider;

export function useSlots(): Slots {
  return useContext(SlotsContext);
}
