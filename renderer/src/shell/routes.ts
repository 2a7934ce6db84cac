import type { ComponentType } from 'react';
import type { ParseKeys } from 'i18next';
import { EnterprisesPage } from '../features/enterprises/EnterprisesPage';
import { ImportsPage } from '../features/imports/ImportsPage';
import { SeekersPage } from '../features/seekers/SeekersPage';
import { SettingsPage } from '../features/settings/SettingsPage';
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
  { id: 'seekers', label: 'nav.seekers', icon: 'people', group: 'main', Page: SeekersPage },
  { id: 'enterprises', label: 'nav.enterprises', icon: 'factory', group: 'main', Page: EnterprisesPage },
  { id: 'imports', label: 'nav.imports', icon: 'upload', group: 'main', Page: ImportsPage },
  { id: 'settings', label: 'nav.settings', icon: 'gear', group: 'system', Page: SettingsPage },
];

export const DEFAULT_ROUTE = 'enterprises';
export const WELCOME_ROUTE = 'welcome';

export function findPage(id: string): PageRoute | undefined {
  return PAGES.find((p) => p.id === id);
}
