import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordEventsInput } from '../../../../../shared/domain/seeker';
import { call } from '../../../api';
import { Field, fieldAria } from '../../../ui/Field';
import { Modal } from '../../../ui/Modal';
import { describeError, stageKeyLabel } from '../../../data/labels';
import { useDefaultDate } from '../../../data/reference-store';
import { useRecordFlow } from './record-flow';
import { RefusalReport } from './RefusalReport';

type Found = { idNumber: string; seekerId: string; name: string; stage: string };
type Result = 'exam_passed' | 'exam_failed';

/** ID numbers as pasted from a spreadsheet column, a message or a list typed by hand. */
function splitIdNumbers(text: string): string[] {
  const parts = text.split(/[\s,，;；、]+/).filter((p) => p.length > 0);
  return [...new Set(parts)].slice(0, 5000);
}

/**
 * Exam results come back from the hospital as a list of ID numbers: resolve them, show who was not
 * found, then record passed or failed for the people found.
 */
export function ExamResultsDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const idPrefix = useId();
  const id = (field: string) => `${idPrefix}-${field}`;
  const defaultDate = useDefaultDate();
  const [text, setText] = useState('');
  const [found, setFound] = useState<Found[] | null>(null);
  const [notFound, setNotFound] = useState<string[]>([]);
  const [result, setResult] = useState<Result>('exam_passed');
  const [date, setDate] = useState(defaultDate);
  const [dateError, setDateError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [looking, setLooking] = useState(false);
  const flow = useRecordFlow((input) => t(`stage.${input.type}`));

  const lookUp = async () => {
    const idNumbers = splitIdNumbers(text);
    setError(null);
    flow.reset();
    if (idNumbers.length === 0) {
      setFound(null);
      return;
    }
    setLooking(true);
    try {
      const r = await call('seekers.findByIdNumbers', { idNumbers });
      setFound(r.found);
      setNotFound(r.notFound);
    } catch (err) {
      setError(err);
    } finally {
      setLooking(false);
    }
  };

  const record = async () => {
    if (!found || found.length === 0) return;
    setError(null);
    const parsed = RecordEventsInput.safeParse({
      seekerIds: found.map((f) => f.seekerId),
      type: result,
      date,
    });
    if (!parsed.success) {
      setDateError(parsed.error.issues.find((i) => i.path[0] === 'date')?.message ?? 'v.invalid');
      return;
    }
    setDateError(undefined);
    try {
      if (await flow.record(parsed.data)) onClose();
    } catch (err) {
      setError(err);
    }
  };

  const recordEligible = async () => {
    try {
      if (await flow.recordEligible()) onClose();
    } catch (err) {
      setError(err);
    }
  };

  const skipped = flow.refused ? new Set(flow.refused.map((r) => r.seekerId)).size : 0;

  return (
    <Modal title={t('seekers.exam.title')} onClose={onClose} className="modal-narrow">
      <div className="modal-body">
        <Field id={id('list')} label={t('seekers.exam.paste')}>
          <textarea
            id={id('list')}
            rows={6}
            className="mono"
            placeholder={t('seekers.exam.pastePlaceholder')}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setFound(null);
            }}
          />
        </Field>
        <div className="dialog-row">
          <button type="button" disabled={looking || text.trim() === ''} onClick={() => void lookUp()}>
            {t('seekers.exam.lookUp')}
          </button>
          {found ? (
            <span role="status">
              {t('seekers.exam.summary', { found: found.length, notFound: notFound.length })}
            </span>
          ) : null}
        </div>
        {notFound.length > 0 ? (
          <div className="not-found" role="alert">
            <strong>{t('seekers.exam.notFound')}</strong>
            <ul className="mono">
              {notFound.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {found && found.length > 0 ? (
          <>
            <div className="table-scroll found-list">
              <table className="data-table" aria-label={t('seekers.exam.found')}>
                <thead>
                  <tr>
                    <th scope="col">{t('seekers.col.name')}</th>
                    <th scope="col">{t('seekers.col.id')}</th>
                    <th scope="col">{t('seekers.col.stage')}</th>
                  </tr>
                </thead>
                <tbody>
                  {found.map((f) => (
                    <tr key={f.seekerId}>
                      <td>{f.name}</td>
                      <td className="mono">{f.idNumber}</td>
                      <td>{stageKeyLabel(t, f.stage)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="form-grid form-grid-2">
              <fieldset className="radio-group">
                <legend>{t('seekers.exam.result')}</legend>
                {(['exam_passed', 'exam_failed'] as const).map((r) => (
                  <label key={r} className="checkbox">
                    <input
                      type="radio"
                      name={id('result')}
                      checked={result === r}
                      onChange={() => {
                        setResult(r);
                        flow.reset();
                      }}
                    />
                    {t(`stage.${r}`)}
                  </label>
                ))}
              </fieldset>
              <Field id={id('date')} label={t('seekers.record.date')} error={dateError} required>
                <input
                  id={id('date')}
                  type="date"
                  value={date}
                  {...fieldAria(id('date'), dateError)}
                  onChange={(e) => {
                    setDate(e.target.value);
                    flow.reset();
                  }}
                />
              </Field>
            </div>
          </>
        ) : null}
        {flow.refused ? <RefusalReport refused={flow.refused} total={found?.length ?? 0} /> : null}
      </div>
      <footer className="modal-footer">
        {error ? (
          <p className="form-error" role="alert">
            {describeError(t, i18n.language, error)}
          </p>
        ) : null}
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        {flow.refused && flow.eligible > 0 ? (
          <button
            type="button"
            className="primary"
            disabled={flow.busy}
            onClick={() => void recordEligible()}
          >
            {t('seekers.record.skipIneligible', { eligible: flow.eligible, skipped })}
          </button>
        ) : null}
        {!flow.refused ? (
          <button
            type="button"
            className="primary"
            disabled={flow.busy || !found || found.length === 0}
            onClick={() => void record()}
          >
            {t('seekers.exam.record', { count: found?.length ?? 0 })}
          </button>
        ) : null}
      </footer>
    </Modal>
  );
}
