import i18next from 'i18next';
import type { AuditEntry } from '../../../shared/domain/audit';
import { auditSummaryText, type Translate } from '../../../shared/domain/audit-text';
import type { Language } from '../../../shared/domain/settings';
import { catalogs } from '../../../shared/i18n/index';

/** The renderer's i18next over the same catalogues (plurals included), for one language. */
export function translator(language: Language): { t: Translate; exists: (key: string) => boolean } {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { [language]: { translation: catalogs[language] } },
    lng: language,
    initAsync: false,
    showSupportNotice: false,
    interpolation: { escapeValue: false },
  });
  return {
    t: (key, params) => (i18n.t as (k: string, p?: object) => string)(key, params),
    exists: (key) => i18n.exists(key) || i18n.exists(`${key}_other`),
  };
}

/** An audit entry's summary as the settings page shows it. */
export function auditText(summary: AuditEntry['summary'], language: Language = 'en'): string {
  return auditSummaryText(translator(language).t, language, summary);
}
