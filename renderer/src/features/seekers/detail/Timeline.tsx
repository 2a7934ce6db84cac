import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeekerVisit } from '../../../../../shared/domain/fieldwork';
import type { SeekerEvent } from '../../../../../shared/domain/seeker';
import { visitPlace } from '../../../data/visit-place';
import { useFormatters } from '../../../format';

function byDate(a: SeekerEvent, b: SeekerEvent): number {
  return a.date === b.date ? a.recordedAt.localeCompare(b.recordedAt) : a.date.localeCompare(b.date);
}

type Item =
  { kind: 'visit'; date: string; visit: SeekerVisit } | { kind: 'event'; date: string; event: SeekerEvent };

/** Steps in order; a visit comes before the steps of its day (the person signed up there, then was registered). */
function inOrder(a: Item, b: Item): number {
  if (a.date !== b.date) return a.date.localeCompare(b.date);
  if (a.kind === 'event' && b.kind === 'event') return byDate(a.event, b.event);
  return a.kind === b.kind ? 0 : a.kind === 'visit' ? -1 : 1;
}

interface TimelineProps {
  events: readonly SeekerEvent[];
  /** Field visits the person signed up at, shown among the steps. */
  visits: readonly SeekerVisit[];
  onCorrect: (event: SeekerEvent) => void;
}

/** Where and how the person signed up: "signed up at a village meeting · 长梁村, 长梁镇, Jianshi County · 第三招聘专班". */
function VisitItem({ visit: v }: { visit: SeekerVisit }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const extra = [visitPlace(v, i18n.language), v.className].filter(Boolean);
  return (
    <li className="timeline-item timeline-visit" data-testid="timeline-visit">
      <span className="stage-dot stage-visit" aria-hidden="true" />
      <div className="timeline-main">
        <div className="timeline-head">
          <time dateTime={v.date}>{fmt.date(v.date)}</time>
          <strong className="timeline-step">
            {t('fieldwork.timeline.signedUpAt', { at: t(`fieldwork.timeline.at.${v.kind}`) })}
          </strong>
        </div>
        {extra.length > 0 ? <div className="timeline-extra">{extra.join(' · ')}</div> : null}
      </div>
    </li>
  );
}

function EventItem({ event: e, onCorrect }: { event: SeekerEvent; onCorrect: (event: SeekerEvent) => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const step = t(`stage.${e.type}`);
  const extra = [e.enterpriseName, e.post, e.reason ? t(`leaveReason.${e.reason}`) : null].filter(Boolean);
  return (
    <li className={e.voided ? 'timeline-item voided' : 'timeline-item'}>
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
}

/**
 * Every step in order, voided ones kept (struck through) with the reason they were voided, and the
 * field visits the person signed up at.
 */
export function Timeline({ events, visits, onCorrect }: TimelineProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const items: Item[] = [
    ...visits.map((visit): Item => ({ kind: 'visit', date: visit.date, visit })),
    ...events.map((event): Item => ({ kind: 'event', date: event.date, event })),
  ].sort(inOrder);
  return (
    <section className="detail-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('seekers.detail.timeline')}</h3>
      {items.length === 0 ? <p className="muted">{t('seekers.detail.noEvents')}</p> : null}
      <ol className="timeline">
        {items.map((item) =>
          item.kind === 'visit' ? (
            <VisitItem key={`visit-${item.visit.visitId}`} visit={item.visit} />
          ) : (
            <EventItem key={item.event.id} event={item.event} onCorrect={onCorrect} />
          ),
        )}
      </ol>
    </section>
  );
}
