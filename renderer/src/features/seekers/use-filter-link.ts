import { useLayoutEffect } from 'react';
import { linkedFilter } from '../../data/seekers-link';
import { redirect } from '../../shell/hash-route';
import { useSeekersStore } from './seekers-store';

/**
 * Applies a link from another page (`#/seekers?…`, see openSeekersFiltered) before the list first
 * loads, then takes it out of the address so Back and a reload show the list as the user left it.
 */
export function useFilterLink(): void {
  useLayoutEffect(() => {
    const apply = () => {
      const filter = linkedFilter(window.location.hash);
      if (!filter) return;
      const store = useSeekersStore.getState();
      store.resetFilter();
      store.setFilter(filter);
      store.close();
      redirect('seekers');
    };
    apply();
    window.addEventListener('hashchange', apply);
    return () => window.removeEventListener('hashchange', apply);
  }, []);
}
