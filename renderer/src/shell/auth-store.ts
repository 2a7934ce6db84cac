import { create } from 'zustand';
import { mayDo, type AuthStatus, type Permission } from '../../../shared/domain/accounts';
import { call, onSessionEnded } from '../api';

interface AuthState {
  /** Null until the first answer. */
  status: AuthStatus | null;
  error: unknown;
  load: () => Promise<void>;
  /** A sign-in, set-up or recovery answered with this status. */
  signedIn: (status: AuthStatus) => void;
  signOut: () => Promise<void>;
  lock: () => Promise<void>;
}

/** Who is signed in; the app behind the sign-in screen shows only while somebody is. */
export const useAuthStore = create<AuthState>()((set) => ({
  status: null,
  error: null,
  load: async () => {
    try {
      set({ status: await call('auth.status', {}), error: null });
    } catch (error) {
      set({ error });
    }
  },
  signedIn: (status) => set({ status }),
  signOut: async () => set({ status: await call('auth.signOut', {}) }),
  lock: async () => set({ status: await call('auth.lock', {}) }),
}));

// A request refused for want of a session (it locked on the backend's clock): ask again who is there.
onSessionEnded(() => void useAuthStore.getState().load());

/** Whether the signed-in account holds a permission: to hide or disable what it cannot do (the backend checks anyway). */
export function useCan(permission: Permission): boolean {
  return useAuthStore((s) => (s.status?.account ? mayDo(s.status.account, permission) : false));
}
