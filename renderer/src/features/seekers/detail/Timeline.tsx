import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeekerEvent } from '../../../../../shared/domain/seeker';
import { useFormatters } from '../../../format';

function byDate(a: SeekerEvent, b: SeekerEvent): number {
  return a.date === b.date ? a.recordedAt.localeCompare(b.recordedAt) : a.date.localeCompare(b.date);
}

interface TimelineProps {
  events: readonly SeekerEvent[];
  onCorrect: (event: SeekerEvent) => void;
}

/** Every step in order, voided ones kept (struck through) with the reason they were voided. */
export function Timeline({ events, onCorrect }: TimelineProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const titleId = useId();
  const sorted = [...events].sort(byDate);
  return (
    <section className="detail-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('seekers.detail.timeline')}</h3>
      {sorted.length === 0 ? <p className="muted">{t('seekers.detail.noEvents')}</p> : null}
      <ol className="timeline">
        {sorted.map((e) => {
          const step = t(`stage.${e.type}`);
          const extra = [e.enterpriseName, e.post, e.reason ? t(`leaveReason.${e.reason}`) : null].filter(
            Boolean,
          );
          return (
            <li key={e.id} className={e.voided ? 'timeline-item voided' : 'timeline-item'}>
              <span className={`stage-dot stage-${e.type}`} aria-hidden="true" />
              <div className="timeline-main">
                <div className="timeline-head">
                  <time dateTime={e.date}>{fmt.date(e.date)}</time>
                  {e.voided ? (
                    <del className="timeline-step">{step}</del>
                  ) : (
                    <strong className="timeline-step">{step}</strong>
                  )}
                  {e.voided ? <span className="voided-tag">{t('seekers.detail.voided')}</span> : null}
                </div>
                {extra.length > 0 ? <div className="timeline-extra">{extra.join(' · ')}</div> : null}
                {e.note ? <div className="timeline-note">{e.note}</div> : null}
                {e.voided && e.voidReason ? (
                  <div className="timeline-void-reason">
                    {t('seekers.detail.voidReason')}
                    {t('common.colon')}
                    {e.voidReason}
                  </div>
                ) : null}
                <div className="timeline-meta muted">
                  {t('seekers.detail.recordedBy', {
                    who: e.recordedBy || t('settings.noOperator'),
                    at: fmt.dateTimeShort(e.recordedAt),
                  })}
                </div>
              </div>
              {!e.voided ? (
                <button
                  type="button"
                  className="small subtle"
                  aria-label={t('seekers.correct.buttonLabel', { step, date: fmt.date(e.date) })}
                  onClick={() => onCorrect(e)}
                >
                  {t('seekers.correct.button')}
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
