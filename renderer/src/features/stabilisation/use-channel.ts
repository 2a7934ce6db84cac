import { useEffect, useState } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../../shared/contract/channels';
import { call } from '../../api';
import { useStabilisationStore } from './stabilisation-store';

export interface Loaded<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
}

/**
 * Reads a channel and reads it again whenever data changes (the store's revision) or the input
 * does; keeps showing the last answer while the next one loads, so grids do not flash empty.
 */
export function useChannel<K extends ChannelName>(
  channel: K,
  input: ChannelInput<K>,
): Loaded<ChannelOutput<K>> {
  const revision = useStabilisationStore((s) => s.revision);
  const key = JSON.stringify(input);
  const [state, setState] = useState<Loaded<ChannelOutput<K>>>({ data: null, error: null, loading: true });
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    void call(channel, JSON.parse(key) as ChannelInput<K>).then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error: unknown) => live && setState((s) => ({ data: s.data, error, loading: false })),
    );
    return () => {
      live = false;
    };
  }, [channel, key, revision]);
  return state;
}

/** The value once it has stopped changing for `ms` (typing in a search box asks once, not per key). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
