import type { CustomCellRendererProps } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import type { ServiceCase } from '../../../../../shared/domain/service-cases';
import { openDialog } from '../dialogs/dialog-store';

/** Opens a case: to read it, add what was done, or resolve it. */
export function OpenCaseButton({ data }: CustomCellRendererProps<ServiceCase>) {
  const { t } = useTranslation();
  if (!data) return null;
  return (
    <div className="row-actions">
      <button
        type="button"
        className="small"
        aria-label={t('stabilisation.actions.openCaseOf', { name: data.seekerName })}
        onClick={() => openDialog({ kind: 'case', id: data.id })}
      >
        {t('stabilisation.actions.open')}
      </button>
    </div>
  );
}
