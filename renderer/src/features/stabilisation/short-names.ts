import { useMemo } from 'react';
import { useReferenceStore } from '../../data/reference-store';

/** Enterprise short names by id (立讯 rather than 立讯精密工业（恩施）有限公司), for narrow grid columns. */
export function useShortNames(): ReadonlyMap<string, string> {
  const enterprises = useReferenceStore((s) => s.enterprises);
  return useMemo(() => new Map(enterprises.map((e) => [e.id, e.shortName || e.name])), [enterprises]);
}

export const shortName = (names: ReadonlyMap<string, string>, id: string | null, full: string | null) =>
  (id !== null ? names.get(id) : undefined) ?? full ?? '';
