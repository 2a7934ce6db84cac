import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/contract/supervision';
import { editable } from '../../../../shared/domain/supervision';
import { call } from '../../api';
import { countyName } from '../../data/labels';
import { useFormatters } from '../../format';
import { translateError } from '../../i18n';
import { Modal } from '../../ui/Modal';
import { classLabel, deadlineLabel, placeLabel } from './labels';
import { StepForm } from './StepForm';
import { useSupervisionStore } from './supervision-store';

function Facts({ f }: { f: Finding }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return (
    <dl className="facts finding-facts">
      <dt>{t('supervision.col.state')}</dt>
      <dd>
        <span className={`finding-badge state-${f.state}`}>{t(`supervision.state.${f.state}`)}</span>
        {f.overdueDays > 0 ? (
          <span className="finding-badge overdue">
            {t('supervision.overdueLong', { days: f.overdueDays, date: fmt.date(f.deadline ?? '') })}
          </span>
        ) : null}
      </dd>
      <dt>{t('supervision.view.deadline')}</dt>
      <dd>{f.deadline ? deadlineLabel(t, fmt, f) : t('supervision.view.ongoingDeadline')}</dd>
      <dt>{t('supervision.col.foundOn')}</dt>
      <dd>
        {fmt.date(f.foundOn)} · {classLabel(t, f.classNo)}
      </dd>
      {placeLabel(f) ? (
        <>
          <dt>{t('supervision.col.place')}</dt>
          <dd>{placeLabel(f)}</dd>
        </>
      ) : null}
      <dt>{t('supervision.col.problem')}</dt>
      <dd className="prewrap">{f.problem}</dd>
      <dt>{t('supervision.col.requirement')}</dt>
      <dd className="prewrap">{f.requirement}</dd>
      <dt>{t('supervision.col.responsible')}</dt>
      <dd>
        {f.responsibleUnit} {f.responsiblePerson}
      </dd>
      {f.returnReason ? (
        <>
          <dt>{t('supervision.state.returned')}</dt>
          <dd className="prewrap warn">{f.returnReason}</dd>
        </>
      ) : null}
    </dl>
  );
}

function History({ f }: { f: Finding }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const titleId = useId();
  return (
    <section className="finding-history" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('supervision.view.history')}</h3>
      <ol className="finding-steps">
        <li>
          <time dateTime={f.foundOn}>{fmt.date(f.foundOn)}</time>
          <strong>{t('supervision.stepDone.assigned')}</strong>
          <span>
            {t('supervision.view.assigned', {
              unit: f.responsibleUnit,
              person: f.responsiblePerson,
              requirement: f.requirement,
            })}
          </span>
          <span className="muted">{f.recordedBy}</span>
        </li>
        {f.steps.map((s) => (
          <li key={s.id} className={`step-${s.step}`}>
            <time dateTime={s.date}>{fmt.date(s.date)}</time>
            <strong>
              {t(`supervision.stepDone.${s.step}`)}
              {s.outcome ? `（${t(`supervision.outcome.${s.outcome}`)}）` : ''}
            </strong>
            <span className="prewrap">{s.note}</span>
            <span className="muted">{s.by || s.recordedBy}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** One finding: its facts, everything done since it was assigned, and its next step. */
export function FindingDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const list = useSupervisionStore((s) => s.list);
  const open = useSupervisionStore((s) => s.open);
  const [finding, setFinding] = useState<Finding | null>(null);
  const [error, setError] = useState<unknown>(null);

  // Read again whenever the page's list is (after any change, in any window).
  useEffect(() => {
    let live = true;
    call('findings.get', { id }).then(
      (f) => live && setFinding(f),
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [id, list]);

  const title = finding
    ? t('supervision.view.title', {
        county: countyName(finding.countyCode, i18n.language),
        category: t(`supervision.category.${finding.category}`),
      })
    : t('app.loading');
  return (
    <Modal title={title} onClose={onClose} className="modal-wide-form">
      <div className="modal-body case-view">
        {error ? (
          <p className="inline-error" role="alert">
            {translateError(error)}
          </p>
        ) : null}
        {finding ? (
          <>
            <Facts f={finding} />
            <History f={finding} />
            <StepForm key={`${finding.state}-${finding.steps.length}`} finding={finding} />
          </>
        ) : null}
      </div>
      <footer className="modal-footer">
        {finding && editable(finding.state) ? (
          <button type="button" onClick={() => open({ kind: 'edit', id: finding.id })}>
            {t('supervision.view.edit')}
          </button>
        ) : null}
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </footer>
    </Modal>
  );
}
