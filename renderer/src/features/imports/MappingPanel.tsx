import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldsOf, type ImportField } from '../../../../shared/imports/fields';
import { currentLanguage } from '../../i18n';
import { useImportsStore } from './imports-store';

/** Each column of the file and the field it fills; the user fixes a wrong guess and checks again. */
export function MappingPanel() {
  const { t } = useTranslation();
  const preview = useImportsStore((s) => s.preview);
  const busy = useImportsStore((s) => s.busy);
  const choose = useImportsStore((s) => s.choose);
  const [draft, setDraft] = useState<(ImportField | null)[]>([]);
  useEffect(() => setDraft((preview?.mapping ?? []) as (ImportField | null)[]), [preview]);
  if (!preview) return null;
  const fields = fieldsOf(preview.kind);
  const changed = draft.some((f, i) => f !== (preview.mapping[i] ?? null));
  const fieldName = (f: string) => t(`imports.field.${f as ImportField}`);
  return (
    <section className="import-mapping" aria-labelledby="import-mapping-title">
      <h2 id="import-mapping-title">
        {t('imports.mapping.title')} · {t(`imports.kind.${preview.kind}`)} · {t('imports.headerRow')}{' '}
        {preview.headerRow}
      </h2>
      <p className="hint">{t('imports.mapping.hint')}</p>
      {preview.missingFields.length > 0 ? (
        <p className="inline-error" role="alert">
          {t('imports.mapping.missing', {
            fields: preview.missingFields.map(fieldName).join(currentLanguage() === 'en' ? ', ' : '、'),
          })}
        </p>
      ) : null}
      <div className="mapping-grid">
        {preview.headers.map((header, i) => (
          <label key={i} className={draft[i] ? 'mapping-item mapped' : 'mapping-item'}>
            <span className="mapping-header" title={header}>
              {header || `#${i + 1}`}
            </span>
            <select
              aria-label={`${t('imports.mapping.column')} ${header || i + 1}`}
              value={draft[i] ?? ''}
              disabled={busy !== null}
              onChange={(e) => {
                const next = [...draft];
                const value = (e.target.value || null) as ImportField | null;
                // A field fills one column: taking it here frees it elsewhere.
                for (let j = 0; j < next.length; j++) if (value && next[j] === value) next[j] = null;
                next[i] = value;
                setDraft(next);
              }}
            >
              <option value="">{t('imports.mapping.ignore')}</option>
              {fields.map((f) => (
                <option key={f} value={f}>
                  {fieldName(f)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <button
        type="button"
        disabled={!changed || busy !== null}
        onClick={() => void choose({ mapping: draft })}
      >
        {t('imports.mapping.apply')}
      </button>
    </section>
  );
}
