import type { SeekerVisit } from '../../../shared/domain/fieldwork';
import { countyName } from './labels';

type Place = Pick<SeekerVisit, 'countyCode' | 'town' | 'village' | 'enterpriseName'>;

/**
 * Where a field visit was, as people say it: 建始县长梁镇长梁村 in Chinese, "长梁村, 长梁镇, Jianshi
 * County" in English; a policy briefing is at its enterprise.
 */
export function visitPlace(v: Place, language: string): string {
  const county = v.countyCode ? countyName(v.countyCode, language) : '';
  const parts = [county, v.town, v.village].filter(Boolean);
  if (parts.length === 0) return v.enterpriseName ?? '';
  return language === 'en' ? parts.reverse().join(', ') : parts.join('');
}
