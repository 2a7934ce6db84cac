import type { TFunction } from 'i18next';
import type { ImportProblem } from '../../../../shared/contract/imports';
import { countyByCode } from '../../../../shared/domain/counties';

/** A problem in the UI language: `column: text`. The backend's English message is the fallback. */
export function problemText(t: TFunction, p: ImportProblem, en: boolean): string {
  const params: Record<string, string | number> = { ...p.params };
  if (typeof params.countyCode === 'string') {
    const c = countyByCode(params.countyCode);
    if (c) params.county = en ? c.nameEn : c.nameZh;
  }
  const key = `imports.problem.${p.code}`;
  const text = (t as (k: string, o: Record<string, unknown>) => string)(key, {
    ...params,
    defaultValue: p.message,
  });
  return p.column ? `${p.column}: ${text}` : text;
}
