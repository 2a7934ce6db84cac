import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchDetail } from '../../../../../shared/contract/policy-channels';
import { call, ApiCallError } from '../../../api';
import { countyName } from '../../../data/labels';
import { useRead } from '../../../data/use-read';
import { useFormatters } from '../../../format';
import { currentLanguage, translateError, translateIssue } from '../../../i18n';
import { flashError, flashSuccess } from '../../../shell/flash-store';
import { saveDownload } from '../../../ui/download';
import { yuan } from '../labels';

const STEPS = ['approve', 'list', 'pay', 'return'] as const;
type Step = (typeof STEPS)[number];

/** Exports the batch's claim roster; full values only when ticked (the backend audits either way). */
function RosterExport({ batchId }: { batchId: string }) {
  const { t } = useTranslation();
  const [full, setFull] = useState(false);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const file = await call('policies.roster', { batchId, unmasked: full, language: currentLanguage() });
      saveDownload(file);
      flashSuccess('policies.batch.exported', { file: file.fileName });
    } catch (err) {
      flashError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="toolbar">
      <label className="check">
        <input type="checkbox" checked={full} onChange={(e) => setFull(e.target.checked)} />
        {t('policies.batch.full')}
      </label>
      <button type="button" disabled={busy} onClick={() => void run()}>
        {t('policies.batch.roster')}
      </button>
    </div>
  );
}

/** Approval, listing, payment or sending back, for the whole batch or the people ticked. */
function StepForm({
  batch,
  selected,
  onDone,
}: {
  batch: BatchDetail;
  selected: string[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [date, setDate] = useState(batch.madeOn);
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const run = async (step: Step) => {
    setBusy(true);
    setErrors({});
    try {
      await call('policies.step', {
        batchId: batch.id,
        claimIds: selected.length > 0 ? selected : null,
        step,
        date,
        amount: amount.trim() === '' ? null : Number(amount),
        reason,
      });
      flashSuccess('policies.batch.done', { step: t(`policies.step.${step}`) });
      setAmount('');
      setReason('');
      onDone();
    } catch (err) {
      if (err instanceof ApiCallError && err.issues.length > 0)
        setErrors(Object.fromEntries(err.issues.map((i) => [String(i.path[0]), i.message])));
      else flashError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="step-form">
      <label className="toolbar-field" htmlFor={`${id}-date`}>
        {t('policies.batch.stepDate')}
        <input
          aria-label={t('policies.batch.stepDate')}
          id={`${id}-date`}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
      </label>
      <label className="toolbar-field" htmlFor={`${id}-amount`}>
        {t('policies.batch.amount')}
        <input
          aria-label={t('policies.batch.amount')}
          id={`${id}-amount`}
          inputMode="decimal"
          value={amount}
          disabled={selected.length !== 1}
          onChange={(e) => setAmount(e.target.value)}
        />
      </label>
      <label className="toolbar-field grow" htmlFor={`${id}-reason`}>
        {t('policies.batch.reason')}
        <input
          aria-label={t('policies.batch.reason')}
          id={`${id}-reason`}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      {errors.reason || errors.amount || errors.date ? (
        <p className="inline-error" role="alert">
          {translateIssue(errors.reason ?? errors.amount ?? errors.date)}
        </p>
      ) : null}
      <div className="toolbar">
        <span className="muted">
          {selected.length > 0
            ? t('policies.batch.selected', { count: selected.length })
            : t('policies.batch.all')}
        </span>
        {STEPS.map((s) => (
          <button
            key={s}
            type="button"
            disabled={busy}
            className={s === 'pay' ? 'primary' : undefined}
            onClick={() => void run(s)}
          >
            {t(`policies.batch.${s}`)}
          </button>
        ))}
      </div>
      <p className="muted help">{t('policies.batch.reasonHint')}</p>
    </div>
  );
}

/** One batch: its people with their claim's state and amounts, the roster, and the steps. */
export function BatchDetailPanel({ batchId }: { batchId: string }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const read = useRead('policies.batch', { id: batchId });
  const [selected, setSelected] = useState<string[]>([]);
  const batch = read.data;
  if (read.error) return <p className="inline-error">{translateError(read.error)}</p>;
  if (!batch || batch.id !== batchId) return <p className="loading">{t('app.loading')}</p>;
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));
  return (
    <section className="card batch-detail" data-testid="batch-detail">
      <div className="card-head">
        <h2>
          {t('policies.batch.title', {
            batch: batch.batchNo,
            rule: batch.ruleName,
            version: batch.ruleVersion,
            county: countyName(batch.countyCode, i18n.language),
          })}
        </h2>
      </div>
      <RosterExport batchId={batch.id} />
      <StepForm batch={batch} selected={selected} onDone={() => setSelected([])} />
      <div className="table-scroll">
        <table className="data-table" data-testid="batch-claims">
          <thead>
            <tr>
              <th />
              <th>{t('policies.col.name')}</th>
              <th>{t('policies.col.idNumber')}</th>
              <th>{t('policies.col.enterprise')}</th>
              <th>{t('policies.batch.state')}</th>
              <th className="num">{t('policies.batch.computed')}</th>
              <th className="num">{t('policies.batch.paidAmount')}</th>
              <th>{t('policies.batch.paidOn')}</th>
              <th>{t('policies.batch.note')}</th>
            </tr>
          </thead>
          <tbody>
            {batch.claims.map((c) => (
              <tr key={c.id} data-name={c.name}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={c.name}
                    checked={selected.includes(c.id)}
                    onChange={(e) => toggle(c.id, e.target.checked)}
                  />
                </td>
                <td>{c.name}</td>
                <td className="mono">{c.idMasked}</td>
                <td>{c.enterpriseName}</td>
                <td className={`policy-status status-${c.state}`}>{t(`policies.status.${c.state}`)}</td>
                <td className="num">{yuan(fmt, c.computedAmount)}</td>
                <td className="num">{yuan(fmt, c.paidAmount)}</td>
                <td>{c.paidOn ? fmt.date(c.paidOn) : ''}</td>
                <td>{c.amountReason || c.returnReason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
