import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTIES } from '../../../../../shared/domain/counties';
import { call } from '../../../api';
import { countyName } from '../../../data/labels';
import { flashError, flashSuccess } from '../../../shell/flash-store';
import { usePoliciesStore } from '../policies-store';

/** Makes a claim batch: one rule, one county, a date (the figures' date by default). */
export function NewBatchForm({ rules, asOf }: { rules: { ruleKey: string; name: string }[]; asOf: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { countyCode, ruleKey, set } = usePoliciesStore();
  const [rule, setRule] = useState(ruleKey ?? '');
  const [county, setCounty] = useState(countyCode ?? '');
  const [date, setDate] = useState(asOf);
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const batch = await call('policies.makeBatch', { ruleKey: rule, countyCode: county, date });
      flashSuccess('policies.batches.made', { batch: batch.batchNo, count: batch.people });
      set({ batchId: batch.id });
    } catch (err) {
      flashError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="toolbar new-batch"
      onSubmit={(e) => void submit(e)}
      aria-label={t('policies.batches.new')}
    >
      <label className="toolbar-field" htmlFor={`${id}-rule`}>
        {t('policies.batches.rule')}
        <select
          aria-label={t('policies.batches.rule')}
          id={`${id}-rule`}
          value={rule}
          onChange={(e) => setRule(e.target.value)}
          required
        >
          <option value="" />
          {rules.map((r) => (
            <option key={r.ruleKey} value={r.ruleKey}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar-field" htmlFor={`${id}-county`}>
        {t('policies.batches.county')}
        <select
          aria-label={t('policies.batches.county')}
          id={`${id}-county`}
          value={county}
          onChange={(e) => setCounty(e.target.value)}
          required
        >
          <option value="" />
          {COUNTIES.map((c) => (
            <option key={c.code} value={c.code}>
              {countyName(c.code, i18n.language)}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar-field" htmlFor={`${id}-date`}>
        {t('policies.batches.date')}
        <input
          aria-label={t('policies.batches.date')}
          id={`${id}-date`}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          required
        />
      </label>
      <button type="submit" className="primary" disabled={busy || !rule || !county}>
        {t('policies.batches.make')}
      </button>
    </form>
  );
}
