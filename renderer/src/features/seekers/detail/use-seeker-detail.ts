import { useEffect, useState } from 'react';
import type { SeekerDetail } from '../../../../../shared/domain/seeker';
import { call } from '../../../api';
import { useSeekersStore } from '../seekers-store';

interface DetailState {
  detail: SeekerDetail | null;
  error: unknown;
}

/** One person, reloaded whenever data changes (their own steps, a partner linked elsewhere). */
export function useSeekerDetail(id: string): DetailState {
  const revision = useSeekersStore((s) => s.revision);
  const [state, setState] = useState<DetailState>({ detail: null, error: null });

  useEffect(() => {
    let live = true;
    call('seekers.get', { id }).then(
      (detail) => {
        if (live) setState({ detail, error: null });
      },
      (error: unknown) => {
        if (live) setState((s) => ({ detail: s.detail?.id === id ? s.detail : null, error }));
      },
    );
    return () => {
      live = false;
    };
  }, [id, revision]);

  // Another person opened: never show the previous one's data under the new name.
  return state.detail && state.detail.id !== id ? { detail: null, error: state.error } : state;
}
