import type { CustomCellRendererProps } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import type { EnterpriseRow } from './rows';

/** What the grid's cells can ask the page to do; passed as grid context so columns stay stable. */
export interface EnterpriseGridContext {
  onEdit: (id: string) => void;
  onToggleArchived: (row: EnterpriseRow) => void;
}

export function RowActions({
  data,
  context,
}: CustomCellRendererProps<EnterpriseRow, unknown, EnterpriseGridContext>) {
  const { t } = useTranslation();
  if (!data) return null;
  return (
    <div className="row-actions">
      <button type="button" className="small" onClick={() => context.onEdit(data.id)}>
        {t('common.edit')}
      </button>
      <button type="button" className="small muted-button" onClick={() => context.onToggleArchived(data)}>
        {data.archived ? t('common.unarchive') : t('common.archive')}
      </button>
    </div>
  );
}
