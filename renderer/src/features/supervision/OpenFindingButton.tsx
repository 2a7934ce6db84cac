import type { CustomCellRendererProps } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/contract/supervision';
import { useSupervisionStore } from './supervision-store';

/** Opens a finding: to read its history and take its next step. */
export function OpenFindingButton({ data }: CustomCellRendererProps<Finding>) {
  const { t } = useTranslation();
  const open = useSupervisionStore((s) => s.open);
  if (!data) return null;
  return (
    <div className="row-actions">
      <button
        type="button"
        className="small"
        aria-label={t('supervision.actions.openOf', { problem: data.problem })}
        onClick={() => open({ kind: 'finding', id: data.id })}
      >
        {t('supervision.actions.open')}
      </button>
    </div>
  );
}
