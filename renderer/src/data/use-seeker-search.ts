import { useEffect, useState } from 'react';
import type { SeekerRow } from '../../../shared/domain/seeker';
import { call } from '../api';
import { searchFilter } from './person-lookup';

/**
 * People matching what was typed (a name, the tail of an ID number or phone digits), through the
 * job-seeker page's own search; asks once typing pauses. `searched` tells "nobody" from "not yet".
 */
export function useSeekerSearch(query: string, limit = 8): { rows: SeekerRow[]; searched: boolean } {
  const [rows, setRows] = useState<SeekerRow[]>([]);
  const [searched, setSearched] = useState(false);
  useEffect(() => {
    const q = query.trim();
    if (q.length === 0) {
      setRows([]);
      setSearched(false);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      void searchFilter(q)
        .then((filter) => call('seekers.query', { filter, limit }))
        .then(
          (r) => {
            if (!live) return;
            setRows(r.rows);
            setSearched(true);
          },
          () => live && setRows([]),
        );
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, limit]);
  return { rows, searched };
}
