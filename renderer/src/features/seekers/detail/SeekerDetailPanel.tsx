import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeekerEvent } from '../../../../../shared/domain/seeker';
import { useFormatters } from '../../../format';
import { useSlots } from '../../../shell/slots';
import { translateError } from '../../../i18n';
import { RecordStepDialog, type RecordStepRequest } from '../actions/RecordStepDialog';
import { EditSeekerForm } from '../form/EditSeekerForm';
import { stageLabel } from '../../../data/labels';
import { useSeekersStore, type DetailNotice } from '../seekers-store';
import { CorrectEventDialog } from './CorrectEventDialog';
import { NextSteps } from './NextSteps';
import { PartnerSection } from './PartnerSection';
import { PersonFacts } from './PersonFacts';
import { Registrations } from './Registrations';
import { Timeline } from './Timeline';
import { useSeekerDetail } from './use-seeker-detail';

function RepeatNotice({ notice }: { notice: DetailNotice }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const first = notice.first;
  return (
    <p className="detail-notice" role="status">
      {first
        ? t('seekers.repeat.withFirst', {
            date: fmt.date(first.signedUpOn),
            place: first.signedUpAt || t(`signupChannel.${first.channel}`),
          })
        : t('seekers.repeat.plain')}
    </p>
  );
}

type Dialog =
  | { kind: 'record'; request: RecordStepRequest }
  | { kind: 'correct'; event: SeekerEvent }
  | { kind: 'edit' }
  | null;

/** One person: data, next steps, partner, the timeline of every event, registrations. */
export function SeekerDetailPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const { personSections } = useSlots();
  const titleId = useId();
  const close = useSeekersStore((s) => s.close);
  const notice = useSeekersStore((s) => s.notice);
  const { detail, error } = useSeekerDetail(id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const bodyRef = useRef<HTMLDivElement>(null);

  // A repeat registration of the person already open: the notice is at the top, bring it into view.
  useEffect(() => {
    if (notice) bodyRef.current?.scrollTo({ top: 0 });
  }, [notice]);

  return (
    <aside className="card detail-panel" aria-labelledby={titleId} aria-busy={!detail && !error}>
      <header className="detail-head">
        <div className="detail-title">
          <h2 id={titleId}>{detail ? detail.name : t('app.loading')}</h2>
          {detail ? (
            <span className={`stage-pill stage-${detail.stable ? 'stable' : detail.stage}`}>
              {stageLabel(t, detail)}
            </span>
          ) : null}
        </div>
        <div className="detail-tools">
          {detail ? (
            <button type="button" className="small" onClick={() => setDialog({ kind: 'edit' })}>
              {t('seekers.detail.edit')}
            </button>
          ) : null}
          <button
            type="button"
            className="icon-button"
            aria-label={t('seekers.detail.close')}
            onClick={close}
          >
            ×
          </button>
        </div>
      </header>
      <div className="detail-body" ref={bodyRef}>
        {error ? (
          <p className="inline-error" role="alert">
            {translateError(error)}
          </p>
        ) : null}
        {detail ? (
          <>
            {notice ? <RepeatNotice notice={notice} /> : null}
            <NextSteps detail={detail} onRecord={(request) => setDialog({ kind: 'record', request })} />
            <PersonFacts detail={detail} />
            <Timeline
              events={detail.events}
              visits={detail.visits}
              onCorrect={(event) => setDialog({ kind: 'correct', event })}
            />
            <PartnerSection detail={detail} />
            {/* Trips ridden come here when transport exists. */}
            {personSections.map((Section, i) => (
              <Section
                key={i}
                seekerId={detail.id}
                name={detail.name}
                idMasked={detail.idMasked}
                enterpriseName={detail.enterpriseName}
              />
            ))}
            <Registrations registrations={detail.registrations} />
          </>
        ) : null}
      </div>
      {dialog?.kind === 'record' ? (
        <RecordStepDialog {...dialog.request} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'correct' ? (
        <CorrectEventDialog event={dialog.event} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'edit' && detail ? (
        <EditSeekerForm detail={detail} onClose={() => setDialog(null)} />
      ) : null}
    </aside>
  );
}
