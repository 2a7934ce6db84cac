import { useCallback, useEffect, useState } from 'react';
import type { ChannelName } from '../../../../shared/contract/channels';
import { onDataChanged } from '../../api';

interface Loaded<T> {
  data: T | null;
  error: unknown;
  reload: () => Promise<void>;
}

/**
 * Small read-only lists on the settings page (backups, audit): loaded on entry and after any change,
 * since every write adds an audit entry and a restore swaps the backups' context.
 */
export function useReloadingList<T>(
  load: () => Promise<T>,
  when: (channel: ChannelName) => boolean,
): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    try {
      setData(await load());
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [load]);
  useEffect(() => {
    void reload();
    return onDataChanged((channel) => {
      if (when(channel)) void reload();
    });
  }, [reload, when]);
  return { data, error, reload };
}
