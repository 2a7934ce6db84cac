import { useState } from 'react';
import type { z } from 'zod';
import type { EventRefusal, RecordEventsInput } from '../../../../../shared/domain/seeker';
import { call } from '../../../api';
import { flashSuccess } from '../../../shell/flash-store';
import { useSeekersStore } from '../seekers-store';

export type RecordInput = z.output<typeof RecordEventsInput>;

export interface RecordFlow {
  /** Set when the last attempt recorded nothing because some people may not take the step. */
  refused: EventRefusal[] | null;
  /** People who may take it: recording for them is offered when there are any. */
  eligible: number;
  busy: boolean;
  /** Records for everyone, or nobody (and then reports who may not and why); true when done. */
  record: (input: RecordInput) => Promise<boolean>;
  /** Records for the eligible ones and skips the rest; true when done. */
  recordEligible: () => Promise<boolean>;
  reset: () => void;
}

function uniqueCount(ids: readonly string[]): number {
  return new Set(ids).size;
}

/** The two-step bulk recording: try all, and when some are refused, offer the rest. */
export function useRecordFlow(stepLabel: (input: RecordInput) => string): RecordFlow {
  const [refused, setRefused] = useState<EventRefusal[] | null>(null);
  const [last, setLast] = useState<RecordInput | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (input: RecordInput): Promise<boolean> => {
    setBusy(true);
    try {
      const result = await call('pipeline.record', input);
      // One person's step shows in their open detail; a toast there would only cover the timeline.
      const shownInDetail =
        input.seekerIds.length === 1 && useSeekersStore.getState().openId === input.seekerIds[0];
      if (result.recorded > 0 && !shownInDetail) {
        flashSuccess('seekers.record.done', { count: result.recorded, step: stepLabel(input) });
      }
      if (result.refused.length > 0 && !input.skipIneligible) {
        setLast(input);
        setRefused(result.refused);
        return false;
      }
      setRefused(null);
      return true;
    } finally {
      setBusy(false);
    }
  };

  const eligible =
    last && refused ? uniqueCount(last.seekerIds) - uniqueCount(refused.map((r) => r.seekerId)) : 0;

  return {
    refused,
    eligible,
    busy,
    record: (input) => run({ ...input, skipIneligible: false }),
    recordEligible: () => (last ? run({ ...last, skipIneligible: true }) : Promise.resolve(false)),
    reset: () => {
      setRefused(null);
      setLast(null);
    },
  };
}
