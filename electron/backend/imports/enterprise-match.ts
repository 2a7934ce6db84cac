import { headerKey } from '../../../shared/imports/headers';
import type { EnterpriseName } from './repos/import-lookups';

/** Words that mean "any enterprise" (服从安排). */
const ANY = new Set(['服从安排', '服从分配', '不限', '均可', '任意', '都可以', '无', 'any'].map(headerKey));

/**
 * Matches 意向企业 as written to an enterprise: by full or short name, ignoring spaces, brackets and
 * full-width forms; then by a unique enterprise whose name contains the text (立讯 → 立讯精密…).
 */
export function enterpriseMatcher(
  enterprises: readonly EnterpriseName[],
): (text: string) => string | 'any' | null {
  const exact = new Map<string, string>();
  for (const e of enterprises) {
    exact.set(headerKey(e.name), e.id);
    if (e.shortName) exact.set(headerKey(e.shortName), e.id);
  }
  const keyed = enterprises.map((e) => ({ id: e.id, key: headerKey(e.name) }));
  const cache = new Map<string, string | 'any' | null>();
  return (text) => {
    const key = headerKey(text);
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    let result: string | 'any' | null = null;
    if (ANY.has(key)) result = 'any';
    else if (exact.has(key)) result = exact.get(key)!;
    else if (key.length >= 2) {
      const partial = keyed.filter((e) => e.key.includes(key));
      if (partial.length === 1) result = partial[0]!.id;
    }
    cache.set(key, result);
    return result;
  };
}
