import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogs } from '../../shared/i18n';
import { resolveLanguage, type Language, type Settings } from '../../shared/domain/settings';
import { ApiCallError } from './api';
import type { Translate } from '../../shared/domain/audit-text';

export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: catalogs['zh-CN'] },
    en: { translation: catalogs.en },
  },
  lng: resolveLanguage(rememberedLanguage(), navigator.languages),
  fallbackLng: 'en',
  // React escapes text itself; escaping here would show &lt; in names.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});
syncDocumentLanguage(currentLanguage());

/**
 * The language setting lives in the (encrypted) database, out of reach before sign-in: the sign-in
 * screen uses the one this browser last applied.
 */
const LANGUAGE_KEY = 'spring-breeze.language';
function rememberedLanguage(): Settings['language'] {
  try {
    const stored = localStorage.getItem(LANGUAGE_KEY);
    return stored === 'zh-CN' || stored === 'en' ? stored : 'system';
  } catch {
    return 'system';
  }
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

function syncDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.title = `${i18n.t('app.title')} · ${language === 'en' ? '春风行动' : 'Spring Breeze'}`;
}

/** Applies the language setting at once; `system` follows the browser/OS languages. */
export async function applyLanguageSetting(setting: Settings['language']): Promise<void> {
  const language = resolveLanguage(setting, navigator.languages);
  try {
    localStorage.setItem(LANGUAGE_KEY, setting === 'system' ? 'system' : language);
  } catch {
    // Storage refused (private mode): the sign-in screen follows the system language.
  }
  if (language !== i18n.language) await i18n.changeLanguage(language);
  syncDocumentLanguage(language);
}

type Params = Record<string, string | number>;

/** `t` for keys that arrive at run time, as the shared message builders take it (plurals by `count`). */
export const translateAny: Translate = (key, params = {}) =>
  (i18n.t as (key: string, options: Params) => string)(key, params);

/** Translates a key that arrives at run time (error and notice keys from the backend). */
export function translateKey(key: string, params: Params = {}): string | null {
  // With the params: a key with plural forms (`_one`, `_other`) exists for a `count`.
  if (!i18n.exists(key, params)) return null;
  return (i18n.t as (key: string, options: Params) => string)(key, params);
}

/**
 * Text for an error: the backend's key with its params, else the generic text for its code, else the
 * raw (English) message, which is better than hiding what went wrong.
 */
export function translateError(error: unknown): string {
  if (error instanceof ApiCallError) {
    const params: Params = { detail: error.message, ...error.params };
    return translateKey(error.message, params) ?? translateKey(`e.${error.code}`, params) ?? error.message;
  }
  if (error instanceof Error) return translateKey(error.message) ?? error.message;
  return String(error);
}

/** A field issue message: a `v.*` key, or a plain English message from a schema-level type error. */
export function translateIssue(message: string | undefined): string {
  if (!message) return '';
  return translateKey(message) ?? message;
}
