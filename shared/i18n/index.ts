import type { Language } from '../domain/settings';
import { en, type Catalog } from './en';
import { zhCN } from './zh-CN';

export type { Catalog };
export const catalogs: Record<Language, Catalog> = { 'zh-CN': zhCN, en };

/**
 * Looks a dotted key up in a catalogue and fills `{{name}}` placeholders. For places without
 * i18next (the command line); the renderer uses i18next over the same catalogues.
 */
export function translate(
  language: Language,
  key: string,
  params: Record<string, string | number> = {},
): string {
  let node: unknown = catalogs[language];
  for (const part of key.split('.')) {
    if (node && typeof node === 'object' && part in node) node = (node as Record<string, unknown>)[part];
    else return key;
  }
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
