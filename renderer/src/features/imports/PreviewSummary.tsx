import { useTranslation } from 'react-i18next';
import { countyByCode } from '../../../../shared/domain/counties';
import { NORMALISATIONS } from '../../../../shared/imports/cells';
import { currentLanguage } from '../../i18n';
import { useImportsStore } from './imports-store';

/** The counts, the one-off banners (e.g. most IDs turned into numbers) and what was tidied silently. */
export function PreviewSummary() {
  const { t } = useTranslation();
  const preview = useImportsStore((s) => s.preview);
  if (!preview) return null;
  const en = currentLanguage() === 'en';
  const tidied = NORMALISATIONS.filter((n) => preview.normalisations[n] > 0).map((n) =>
    t(`imports.normalisation.${n}`, { count: preview.normalisations[n] }),
  );
  const c = preview.counts;
  return (
    <section className="import-summary" aria-label={t('imports.preview.title')}>
      {preview.banners.map((b) => {
        const params: Record<string, string | number> = { ...b.params };
        if (b.code === 'county_guessed') {
          const county = countyByCode(String(b.params.county));
          if (county) params.county = en ? county.nameEn : county.nameZh;
        }
        return (
          <p
            key={b.code}
            className={b.code === 'id_precision_lost_most' ? 'import-banner danger' : 'import-banner'}
            role={b.code === 'id_precision_lost_most' ? 'alert' : undefined}
          >
            {(t as (k: string, o: Record<string, unknown>) => string)(`imports.banner.${b.code}`, params)}
          </p>
        );
      })}
      <p className="import-counts" data-testid="import-counts">
        {t('imports.preview.counts', c)}
      </p>
      {tidied.length > 0 ? (
        <p className="hint">{t('imports.preview.normalised', { list: tidied.join(en ? ', ' : '、') })}</p>
      ) : null}
      {c.skippedBlank + c.skippedTotals > 0 ? (
        <p className="hint">
          {t('imports.preview.skipped', { blank: c.skippedBlank, totals: c.skippedTotals })}
        </p>
      ) : null}
    </section>
  );
}
