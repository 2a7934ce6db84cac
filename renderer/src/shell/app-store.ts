import { create } from 'zustand';
import type { AppInfo, StartupNotice } from '../../../shared/contract/channels';
import type { Settings, SettingsPatch } from '../../../shared/domain/settings';
import { call } from '../api';
import { applyLanguageSetting } from '../i18n';

type Status = 'loading' | 'ready' | 'failed';

interface AppState {
  status: Status;
  startError: unknown;
  info: AppInfo | null;
  settings: Settings | null;
  /** Startup notices the user has not dismissed yet. */
  notices: StartupNotice[];
  start: () => Promise<void>;
  refresh: () => Promise<void>;
  updateSettings: (patch: SettingsPatch) => Promise<Settings>;
  dismissNotice: (notice: StartupNotice) => void;
}

export const useAppStore = create<AppState>()((set) => ({
  status: 'loading',
  startError: null,
  info: null,
  settings: null,
  notices: [],

  start: async () => {
    set({ status: 'loading', startError: null });
    try {
      const [info, settings] = await Promise.all([call('app.info', {}), call('settings.get', {})]);
      await applyLanguageSetting(settings.language);
      set({ status: 'ready', info, settings, notices: info.notices });
    } catch (error) {
      set({ status: 'failed', startError: error });
    }
  },

  // After a restore the database, its settings and its emptiness may all differ.
  refresh: async () => {
    const [info, settings] = await Promise.all([call('app.info', {}), call('settings.get', {})]);
    await applyLanguageSetting(settings.language);
    set({ info, settings });
  },

  updateSettings: async (patch) => {
    const settings = await call('settings.update', patch);
    await applyLanguageSetting(settings.language);
    set({ settings });
    return settings;
  },

  dismissNotice: (notice) => set((s) => ({ notices: s.notices.filter((n) => n !== notice) })),
}));
