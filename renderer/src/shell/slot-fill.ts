import { EnterpriseServiceSection } from '../features/fieldwork/service/EnterpriseServiceSection';
import { EnterprisePoliciesSection } from '../features/policies/enterprise/EnterprisePoliciesSection';
import { PolicySection } from '../features/policies/person/PolicySection';
import { CatalogueSection } from '../features/policies/settings/CatalogueSection';
import { ServiceSection } from '../features/stabilisation/person/ServiceSection';
import { VisitSettingsSection } from '../features/stabilisation/settings/VisitSettingsSection';
import type { Slots } from './slots';

/** Which feature fills which place in another's page. */
export const SLOTS: Slots = {
  personSections: [ServiceSection, PolicySection],
  settingsSections: [VisitSettingsSection, CatalogueSection],
  enterpriseSections: [EnterpriseServiceSection, EnterprisePoliciesSection],
};
