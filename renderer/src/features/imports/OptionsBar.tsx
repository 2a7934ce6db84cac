import { useTranslation } from 'react-i18next';
import { COUNTIES } from '../../../../shared/domain/counties';
import { SIGNUP_CHANNELS, type SignupChannel } from '../../../../shared/domain/seeker';
import { currentLanguage } from '../../i18n';
import { useImportsStore } from './imports-store';

/** Sheet, county, year and channel: what the file itself may not say. */
export function OptionsBar() {
  const { t } = useTranslation();
  const inspect = useImportsStore((s) => s.inspect);
  const preview = useImportsStore((s) => s.preview);
  const choices = useImportsStore((s) => s.choices);
  const busy = useImportsStore((s) => s.busy);
  const choose = useImportsStore((s) => s.choose);
  if (!inspect) return null;
  const en = currentLanguage() === 'en';
  const seekers = (preview?.kind ?? 'seekers') === 'seekers';
  return (
    <div className="toolbar import-options">
      <span className="import-file-name" title={inspect.fileName}>
        {inspect.fileName}
      </span>
      <label className="toolbar-field">
        {t('imports.sheet')}
        <select
          aria-label={t('imports.sheet')}
          value={choices.sheet ?? ''}
          disabled={busy !== null}
          onChange={(e) => void choose({ sheet: e.target.value })}
        >
          {inspect.sheets.map((s) => (
            <option key={s.name} value={s.name}>
              {s.name} ({s.rows})
            </option>
          ))}
        </select>
      </label>
      {seekers ? (
        <>
          <label className="toolbar-field">
            {t('imports.county')}
            <select
              aria-label={t('imports.county')}
              value={choices.countyCode ?? ''}
              disabled={busy !== null}
              onChange={(e) => void choose({ countyCode: e.target.value || null })}
            >
              <option value="">—</option>
              {COUNTIES.map((c) => (
                <option key={c.code} value={c.code}>
                  {en ? c.nameEn : c.nameZh}
                </option>
              ))}
            </select>
          </label>
          <label className="toolbar-field">
            {t('imports.channel')}
            <select
              aria-label={t('imports.channel')}
              value={choices.channel}
              disabled={busy !== null}
              onChange={(e) => void choose({ channel: e.target.value as SignupChannel })}
            >
              {SIGNUP_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`signupChannel.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="toolbar-field">
            {t('imports.year')}
            <input
              type="number"
              className="year-input"
              aria-label={t('imports.year')}
              min={2000}
              max={2100}
              value={choices.year ?? preview?.year ?? ''}
              disabled={busy !== null}
              onChange={(e) => {
                const year = Number(e.target.value);
                if (year >= 2000 && year <= 2100) void choose({ year });
              }}
            />
          </label>
        </>
      ) : null}
    </div>
  );
}
