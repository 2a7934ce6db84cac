import { useEffect } from 'react';
import { onDataChanged } from '../../api';
import { useReferenceStore } from '../../data/reference-store';

/** Loads the counties and enterprises for the pickers, and again when they change. */
export function useReferenceData(): void {
  const load = useReferenceStore((s) => s.load);
  useEffect(() => {
    void load();
    return onDataChanged((channel) => {
      if (channel.startsWith('enterprises.') || channel === 'demo.load' || channel === 'backups.restore')
        void load();
    });
  }, [load]);
}
