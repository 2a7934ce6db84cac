import { useTranslation } from 'react-i18next';
import { allowedNext } from '../../../../../shared/domain/pipeline';
import type { SeekerDetail } from '../../../../../shared/domain/seeker';
import type { RecordStepRequest } from '../actions/RecordStepDialog';

/** Only the steps the pipeline allows from the person's stage are offered. */
export function NextSteps({
  detail,
  onRecord,
}: {
  detail: SeekerDetail;
  onRecord: (r: RecordStepRequest) => void;
}) {
  const { t } = useTranslation();
  const steps = allowedNext(detail.stage);
  return (
    <div className="next-steps" role="group" aria-label={t('seekers.detail.nextStep')}>
      <span className="next-steps-label">{t('seekers.detail.nextStep')}</span>
      {steps.map((type) => (
        <button
          key={type}
          type="button"
          className={type === 'withdrawn' || type === 'left' ? 'small subtle danger-text' : 'small'}
          onClick={() =>
            onRecord({ type, seekerIds: [detail.id], name: detail.name, enterpriseId: detail.enterpriseId })
          }
        >
          {t(`seekers.action.${type}`)}
        </button>
      ))}
    </div>
  );
}
