import { useTranslation } from 'react-i18next';
import type { Progress } from './imports-store';

interface ProgressBarProps {
  progress: Progress | null;
  label: string;
  onCancel: (() => void) | null;
}

/** The running step: a bar (indeterminate until counts arrive) and a cancel button when it can be cancelled. */
export function ProgressBar({ progress, label, onCancel }: ProgressBarProps) {
  const { t } = useTranslation();
  const known = progress !== null && progress.total > 0;
  const text =
    progress && progress.phase !== 'upload'
      ? t(`imports.progress.${progress.phase}`, { done: progress.done, total: progress.total })
      : label;
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <span className="import-progress-label">{text}</span>
      <progress
        aria-label={label}
        max={known ? progress.total : undefined}
        value={known ? progress.done : undefined}
      />
      {onCancel ? (
        <button type="button" onClick={onCancel}>
          {t('imports.cancel')}
        </button>
      ) : null}
    </div>
  );
}
