import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/contract/supervision';
import {
  allowedSteps,
  FOLLOW_UP_OUTCOMES,
  type FindingStep,
  type FollowUpOutcome,
} from '../../../../shared/domain/supervision';
import { ApiCallError, call } from '../../api';
import { useDefaultDate } from '../../data/reference-store';
import { flashSuccess } from '../../shell/flash-store';
import { Field, fieldAria } from '../../ui/Field';
import { describeStepError } from './labels';

/**
 * The next step of a finding: only the steps its state allows are offered (the backend refuses the
 * rest too). Each asks for what it needs: what was done, who checked, why it goes back.
 */
export function StepForm({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  const prefix = useId();
  const id = (f: string) => `${prefix}-${f}`;
  const steps = allowedSteps(finding.state);
  const defaultDate = useDefaultDate();
  const [step, setStep] = useState<FindingStep>(steps[0]!);
  const [date, setDate] = useState(defaultDate < finding.stateOn ? finding.stateOn : defaultDate);
  const [note, setNote] = useState('');
  const [by, setBy] = useState('');
  const [outcome, setOutcome] = useState<FollowUpOutcome>('held');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const issue = (path: string) =>
    error instanceof ApiCallError ? error.issues.find((i) => i.path[0] === path)?.message : undefined;
  const current = steps.includes(step) ? step : steps[0]!;

  const choose = (next: FindingStep) => {
    setStep(next);
    setError(null);
  };

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const base = { id: finding.id, date, note, by };
      await call(
        'findings.step',
        current === 'follow_up' ? { ...base, step: current, outcome } : { ...base, step: current },
      );
      flashSuccess('supervision.view.stepSaved', { step: t(`supervision.step.${current}`) });
      setNote('');
      setBy('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const required = current === 'check' ? 'by' : current === 'close' ? null : 'note';
  return (
    <section className="case-subform step-form" aria-labelledby={id('title')}>
      <h3 id={id('title')}>{t('supervision.view.next')}</h3>
      <div className="step-choices" role="radiogroup" aria-labelledby={id('title')}>
        {steps.map((s) => (
          <label key={s} className={s === current ? 'step-choice active' : 'step-choice'}>
            <input type="radio" name={id('step')} checked={s === current} onChange={() => choose(s)} />
            {t(`supervision.step.${s}`)}
          </label>
        ))}
      </div>
      <div className="form-grid">
        <Field id={id('date')} label={t('supervision.stepForm.date')} error={issue('date')} required>
          <input
            id={id('date')}
            type="date"
            value={date}
            {...fieldAria(id('date'), issue('date'))}
            onChange={(e) => setDate(e.target.value)}
          />
        </Field>
        {current === 'follow_up' ? (
          <Field
            id={id('outcome')}
            label={t('supervision.stepForm.outcome')}
            error={issue('outcome')}
            required
          >
            <select
              id={id('outcome')}
              value={outcome}
              onChange={(e) => setOutcome(e.target.value as FollowUpOutcome)}
            >
              {FOLLOW_UP_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {t(`supervision.outcome.${o}`)}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        <Field
          id={id('by')}
          label={t(`supervision.stepForm.by.${current}`)}
          error={issue('by')}
          required={required === 'by'}
          className="span-2"
        >
          <input
            id={id('by')}
            value={by}
            {...fieldAria(id('by'), issue('by'))}
            onChange={(e) => setBy(e.target.value)}
          />
        </Field>
        <Field
          id={id('note')}
          label={t(`supervision.stepForm.note.${current}`)}
          error={issue('note')}
          required={required === 'note'}
          className="span-4"
        >
          <textarea
            id={id('note')}
            rows={2}
            value={note}
            {...fieldAria(id('note'), issue('note'))}
            onChange={(e) => setNote(e.target.value)}
          />
        </Field>
      </div>
      <div className="subform-foot">
        {error && !(error instanceof ApiCallError && error.issues.length > 0) ? (
          <p className="form-error" role="alert">
            {describeStepError(t, error)}
          </p>
        ) : null}
        <button type="button" className="primary" disabled={busy} onClick={() => void submit()}>
          {t(`supervision.step.${current}`)}
        </button>
      </div>
    </section>
  );
}
