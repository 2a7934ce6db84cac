import { ApiError } from '../../../../shared/contract/result';
import { isWholeNumber, type PersonSearch } from '../../../../shared/domain/person-search';

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The WHERE clause of a person search on the seekers table aliased `alias`, or null when nothing
 * was typed. Reads refuse a whole number (`whole: 'refuse'`): only the audited lookup matches
 * one (`whole: 'match'`). Other digits match nobody, so no answer narrows a hidden digit.
 */
export function personSearchSql(
  search: PersonSearch,
  alias: string,
  whole: 'refuse' | 'match',
): { clause: string; params: string[] } | null {
  if (search.kind === 'none') return null;
  if (isWholeNumber(search) && whole === 'refuse')
    throw new ApiError('invalid_input', 'e.invalid_input', {
      issues: [{ path: ['search'], message: 'v.search_whole_number' }],
    });
  switch (search.kind) {
    case 'name':
      return { clause: `${alias}.name LIKE ? ESCAPE '\\'`, params: [`%${likeEscape(search.text)}%`] };
    case 'tail':
      return {
        clause: `(substr(${alias}.id_number, -4) = ? OR substr(${alias}.phone, -4) = ?)`,
        params: [search.digits, search.digits],
      };
    case 'idNumber':
      return { clause: `${alias}.id_number = ?`, params: [search.value] };
    case 'phone':
      return { clause: `${alias}.phone = ?`, params: [search.value] };
    case 'digits':
      return { clause: '0', params: [] };
  }
}
