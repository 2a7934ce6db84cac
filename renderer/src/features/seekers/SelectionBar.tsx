import type { GridApi } from 'ag-grid-community';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeekerRow } from '../../../../shared/domain/seeker';
import { call } from '../../api';
import { useFormatters } from '../../format';
import { flashError } from '../../shell/flash-store';
import type { RecordStepRequest } from './actions/RecordStepDialog';
import { ColumnsMenu } from './ColumnsMenu';
import { useSeekersStore } from './seekers-store';
import { withSearchResolved } from '../../data/person-lookup';

const BULK_STEPS = ['verified', 'interview_arranged', 'employed'] as const;

interface SelectionBarProps {
  api: GridApi<SeekerRow> | null;
  onBulk: (request: RecordStepRequest) => void;
  onExamResults: () => void;
}

/** The count, the selection and what can be done with it. */
export function SelectionBar({ api, onBulk, onExamResults }: SelectionBarProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const total = useSeekersStore((s) => s.total);
  const filter = useSeekersStore((s) => s.filter);
  const selected = useSeekersStore((s) => s.selected);
  const selectOnly = useSeekersStore((s) => s.selectOnly);
  const clearSelection = useSeekersStore((s) => s.clearSelection);
  const [selecting, setSelecting] = useState(false);
  const count = selected.size;

  const selectAllMatching = async () => {
    setSelecting(true);
    try {
      const { ids } = await call('seekers.selectIds', { filter: await withSearchResolved(filter) });
      selectOnly(ids);
    } catch (error) {
      flashError(error);
    } finally {
      setSelecting(false);
    }
  };

  return (
    <div className="selection-bar">
      <span className="result-count" role="status" aria-live="polite">
        {total === null ? t('app.loading') : t('seekers.total', { count: total, total: fmt.number(total) })}
      </span>
      <span className="selection-count">
        {count > 0 ? t('seekers.selected', { count, n: fmt.number(count) }) : null}
      </span>
      <button
        type="button"
        className="small"
        disabled={selecting || !total}
        onClick={() => void selectAllMatching()}
      >
        {t('seekers.selectAllMatching', { n: fmt.number(total ?? 0) })}
      </button>
      {count > 0 ? (
        <button type="button" className="small subtle" onClick={clearSelection}>
          {t('seekers.clearSelection')}
        </button>
      ) : null}
      <span className="bar-divider" aria-hidden="true" />
      <div className="bulk-actions" role="group" aria-label={t('seekers.bulkActions')}>
        {BULK_STEPS.map((type) => (
          <button
            key={type}
            type="button"
            className="small"
            disabled={count === 0}
            onClick={() => onBulk({ type, seekerIds: [...selected] })}
          >
            {t(`seekers.bulk.${type}`)}
          </button>
        ))}
        <button type="button" className="small" onClick={onExamResults}>
          {t('seekers.bulk.examResults')}
        </button>
      </div>
      <span className="bar-spacer" />
      <ColumnsMenu api={api} />
    </div>
  );
}
