import { EnterpriseServiceSection } from '../features/fieldwork/service/EnterpriseServiceSection';
import { ServiceSection } from '../features/stabilisation/person/ServiceSection';
import { VisitSettingsSection } from '../features/stabilisation/settings/VisitSettingsSection';
import type { Slots } from './slots';

/** Which feature fills which place in another's page. */
export const SLOTS: Slots = {
  personSections: [ServiceSection],
  settingsSections: [VisitSettingsSection],
  enterpriseSections: [EnterpriseServiceSection],
};
