import type { CustomCellRendererProps } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import type { AtRiskRow, VisitDueRow } from '../../../../shared/contract/stabilisation';
import { openDialog, type PickedWorker } from './dialogs/dialog-store';

type PersonRow = VisitDueRow | AtRiskRow;

const workerOf = (r: PersonRow): PickedWorker => ({
  id: r.seekerId,
  name: r.name,
  idMasked: r.idMasked,
  enterpriseName: r.enterpriseName,
});

/** What staff do about someone on a list: visit them, open the case that put them there, log a new one. */
export function PersonActions({ data }: CustomCellRendererProps<PersonRow>) {
  const { t } = useTranslation();
  if (!data) return null;
  const worker = workerOf(data);
  const caseId = 'caseId' in data ? data.caseId : null;
  return (
    <div className="row-actions">
      <button
        type="button"
        className="small"
        aria-label={t('stabilisation.actions.visitOf', { name: data.name })}
        onClick={() => openDialog({ kind: 'visit', worker })}
      >
        {t('stabilisation.actions.visit')}
      </button>
      {caseId ? (
        <button
          type="button"
          className="small subtle"
          onClick={() => openDialog({ kind: 'case', id: caseId })}
        >
          {t('stabilisation.actions.openCase')}
        </button>
      ) : (
        <button
          type="button"
          className="small subtle"
          onClick={() => openDialog({ kind: 'newCase', worker })}
        >
          {t('stabilisation.actions.logCase')}
        </button>
      )}
    </div>
  );
}
