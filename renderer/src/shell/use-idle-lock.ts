import { useEffect } from 'react';
import { useAuthStore } from './auth-store';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Locks the session when the person at the window did nothing for the idle time (the backend also
 * locks on its own clock when no request came). The timer restarts on every key, click or move.
 */
export function useIdleLock(minutes: number | null): void {
  const lock = useAuthStore((s) => s.lock);
  useEffect(() => {
    if (minutes === null) return;
    let timer: ReturnType<typeof setTimeout>;
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void lock(), minutes * 60_000);
    };
    restart();
    for (const name of ACTIVITY) window.addEventListener(name, restart, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const name of ACTIVITY) window.removeEventListener(name, restart);
    };
  }, [minutes, lock]);
}
