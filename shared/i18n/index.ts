import type { Language } from '../domain/settings';
import { en, type Catalog } from './en';
import { zhCN } from './zh-CN';

export type { Catalog };
export const catalogs: Record<Language, Catalog> = { 'zh-CN': zhCN, en };

/** The plural form of a text for `count` (`part_one`, `part_other`), as i18next picks it. */
function pluralForm(texts: Record<string, unknown>, part: string, language: Language, count: number): string {
  const form = `${part}_${new Intl.PluralRules(language).select(count)}`;
  return form in texts ? form : `${part}_other`;
}

/**
 * Looks a dotted key up in a catalogue (its plural form by `count`) and fills `{{name}}` placeholders. For places without
 * i18next (the command line); the renderer uses i18next over the same catalogues.
 */
export function translate(
  language: Language,
  key: string,
  params: Record<string, string | number> = {},
): string {
  let node: unknown = catalogs[language];
  const parts = key.split('.');
  for (const [i, part] of parts.entries()) {
    if (!node || typeof node !== 'object') return key;
    const here = node as Record<string, unknown>;
    const last = i === parts.length - 1;
    const name =
      part in here || !last || typeof params.count !== 'number'
        ? part
        : pluralForm(here, part, language, params.count);
    if (!(name in here)) return key;
    node = here[name];
  }
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
