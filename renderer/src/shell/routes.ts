import type { ComponentType } from 'react';
import type { ParseKeys } from 'i18next';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { EnterprisesPage } from '../features/enterprises/EnterprisesPage';
import { FieldworkPage } from '../features/fieldwork/FieldworkPage';
import { ImportsPage } from '../features/imports/ImportsPage';
import { PoliciesPage } from '../features/policies/PoliciesPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { SeekersPage } from '../features/seekers/SeekersPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StabilisationPage } from '../features/stabilisation/StabilisationPage';
import { SupervisionPage } from '../features/supervision/SupervisionPage';
import { TransportPage } from '../features/transport/TransportPage';
import type { IconName } from './icons';

export interface PageRoute {
  /** The hash route, `#/<id>`. */
  id: string;
  label: ParseKeys;
  icon: IconName;
  /** `system` entries sit at the foot of the navigation. */
  group: 'main' | 'system';
  Page: ComponentType;
}

/** The navigation. A new feature page is one line here; only pages that work are listed. */
export const PAGES: readonly PageRoute[] = [
  { id: 'dashboard', label: 'nav.dashboard', icon: 'chart', group: 'main', Page: DashboardPage },
  { id: 'seekers', label: 'nav.seekers', icon: 'people', group: 'main', Page: SeekersPage },
  { id: 'enterprises', label: 'nav.enterprises', icon: 'factory', group: 'main', Page: EnterprisesPage },
  { id: 'transport', label: 'nav.transport', icon: 'bus', group: 'main', Page: TransportPage },
  { id: 'stabilisation', label: 'nav.stabilisation', icon: 'heart', group: 'main', Page: StabilisationPage },
  { id: 'supervision', label: 'nav.supervision', icon: 'flag', group: 'main', Page: SupervisionPage },
  { id: 'fieldwork', label: 'nav.fieldwork', icon: 'pin', group: 'main', Page: FieldworkPage },
  { id: 'policies', label: 'nav.policies', icon: 'coin', group: 'main', Page: PoliciesPage },
  { id: 'imports', label: 'nav.imports', icon: 'upload', group: 'main', Page: ImportsPage },
  { id: 'reports', label: 'nav.reports', icon: 'report', group: 'main', Page: ReportsPage },
  { id: 'settings', label: 'nav.settings', icon: 'gear', group: 'system', Page: SettingsPage },
];

/** Where the app opens once there is data: the supervisors' overview. */
export const DEFAULT_ROUTE = 'dashboard';
export const WELCOME_ROUTE = 'welcome';

export function findPage(id: string): PageRoute | undefined {
  return PAGES.find((p) => p.id === id);
}
