import { useTranslation } from 'react-i18next';
import { translateKey } from '../i18n';
import { useAppStore } from './app-store';

/** Notices that report a change made for the user, not a problem. */
const INFO_NOTICES = new Set(['migrated', 'tightened', 'encrypted']);

/** Startup notices (recovered from a backup, migrated, …): shown until the user dismisses them. */
export function NoticeBanner() {
  const { t } = useTranslation();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n, i) => (
        <div
          key={`${n.kind}-${i}`}
          className={`notice notice-${INFO_NOTICES.has(n.kind) ? 'info' : 'warning'}`}
          role="alert"
        >
          <span>
            {translateKey(`notice.${n.kind}`, { file: n.file ?? '', damagedCopy: n.damagedCopy ?? '' }) ??
              n.kind}
          </span>
          <button type="button" onClick={() => dismiss(n)}>
            {t('shell.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
