import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../format';
import { Modal } from '../../ui/Modal';

/** The report of a date that exists, as the backend names it when asked to generate that date again. */
export interface ExistingReport {
  id: string;
  date: string;
  generatedAt: string;
  generatedBy: string;
  versions: number;
}

interface ReportExistsDialogProps {
  existing: ExistingReport;
  onOpen: (id: string) => void;
  onNewVersion: () => void;
  onClose: () => void;
}

/** Generating a date that has a report: open that one, or make a new version (marked as such). */
export function ReportExistsDialog({ existing, onOpen, onNewVersion, onClose }: ReportExistsDialogProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return (
    <Modal title={t('reports.exists.title')} onClose={onClose} className="modal-confirm report-exists">
      <div className="modal-body">
        <p className="confirm-message">
          {t('reports.exists.message', {
            date: fmt.date(existing.date),
            at: fmt.dateTimeShort(existing.generatedAt),
            by: existing.generatedBy || t('reports.nobody'),
            count: existing.versions,
          })}
        </p>
      </div>
      <footer className="modal-footer">
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" onClick={onNewVersion}>
          {t('reports.exists.newVersion', { n: existing.versions + 1 })}
        </button>
        <button type="button" className="primary" onClick={() => onOpen(existing.id)} autoFocus>
          {t('reports.exists.open')}
        </button>
      </footer>
    </Modal>
  );
}
