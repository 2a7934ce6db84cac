import { useCallback, useEffect, useState } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract/channels';
import { call, onDataChanged } from '../api';

export interface Read<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
}

/**
 * Reads a channel, and reads it again when its input changes or any window changes data; keeps
 * the last answer on screen while the next one loads, so tables do not flash empty.
 */
export function useRead<K extends ChannelName>(channel: K, input: ChannelInput<K>): Read<ChannelOutput<K>> {
  const key = JSON.stringify(input);
  const [revision, setRevision] = useState(0);
  const [state, setState] = useState<Read<ChannelOutput<K>>>({ data: null, error: null, loading: true });
  const bump = useCallback(() => setRevision((r) => r + 1), []);
  useEffect(() => onDataChanged(bump), [bump]);
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
