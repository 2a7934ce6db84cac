import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../../../shared/contract/channels';
import type { TripDetail } from '../../../../../shared/domain/transport/trip';
import { call, onDataChanged } from '../../../api';

type TripChannel = {
  [K in ChannelName]: ChannelOutput<K> extends TripDetail ? K : never;
}[ChannelName];

export interface TripHandle {
  trip: TripDetail | null;
  error: unknown;
  /** Runs a channel that answers with the trip and shows its answer at once. */
  run: <K extends TripChannel>(channel: K, input: ChannelInput<K>) => Promise<TripDetail>;
  replace: (trip: TripDetail) => void;
  /** Fetches the trip again, e.g. after a change shown ahead of its answer was refused. */
  reload: () => Promise<void>;
}

/** One trip, reloaded when any window changes data; changes made here show their own answer. */
export function useTrip(id: string): TripHandle {
  const [trip, setTrip] = useState<TripDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const seq = useRef(0);

  const load = useCallback(async () => {
    const mine = ++seq.current;
    try {
      const t = await call('trips.get', { id });
      if (mine === seq.current) {
        setTrip(t);
        setError(null);
      }
    } catch (err) {
      if (mine === seq.current) setError(err);
    }
  }, [id]);

  useEffect(() => {
    void load();
    return onDataChanged(() => void load());
  }, [load]);

  const replace = useCallback((t: TripDetail) => {
    seq.current++; // a reload in flight would bring back the trip as it was
    setTrip(t);
  }, []);

  const run = useCallback(
    async <K extends TripChannel>(channel: K, input: ChannelInput<K>) => {
      const t = (await call(channel, input)) as TripDetail;
      replace(t);
      return t;
    },
    [replace],
  );

  return { trip, error, run, replace, reload: load };
}
