import { useTranslation } from 'react-i18next';
import { translateError, translateKey } from '../i18n';
import { useFlashStore, type FlashContent } from '../shell/flash-store';

function text(content: FlashContent): string {
  if (content.kind === 'error') return translateError(content.error);
  return translateKey(content.key, content.params) ?? content.key;
}

/** Transient confirmations and persistent errors, announced to screen readers. */
export function FlashHost() {
  const { t } = useTranslation();
  const items = useFlashStore((s) => s.items);
  const dismiss = useFlashStore((s) => s.dismiss);
  return (
    <div className="flash-host" aria-live="polite">
      {items.map((f) => (
        <div
          key={f.id}
          className={`flash flash-${f.content.kind}`}
          role={f.content.kind === 'error' ? 'alert' : 'status'}
        >
          <span>{text(f.content)}</span>
          <button
            type="button"
            className="icon-button"
            aria-label={t('common.close')}
            onClick={() => dismiss(f.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
