import type { CustomCellRendererProps } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import type { FieldVisitRow } from '../../../../shared/domain/fieldwork';
import { visitPlace } from '../../data/visit-place';
import { useFormatters } from '../../format';
import { openFieldworkDialog } from './fieldwork-store';

/** The visit's own button: open it to correct it, add people, or delete it. */
export function VisitActions({ data }: CustomCellRendererProps<FieldVisitRow>) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  if (!data) return null;
  return (
    <button
      type="button"
      className="small"
      aria-label={t('fieldwork.actions.editVisit', {
        date: fmt.date(data.date),
        place: visitPlace(data, i18n.language),
      })}
      onClick={() => openFieldworkDialog({ kind: 'visit', id: data.id })}
    >
      {t('fieldwork.actions.edit')}
    </button>
  );
}
