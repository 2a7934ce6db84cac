import { useTranslation } from 'react-i18next';
import type { Batch } from '../../../../../shared/contract/policy-channels';
import type { PolicyStatus } from '../../../../../shared/domain/policies/status';
import { countyName } from '../../../data/labels';
import { useFormatters } from '../../../format';
import { usePoliciesStore } from '../policies-store';

/** The batches made, newest first; one is opened below. */
export function BatchList({ batches }: { batches: Batch[] }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const { batchId, set } = usePoliciesStore();
  if (batches.length === 0) return <p className="muted">{t('policies.batches.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="batch-list">
        <thead>
          <tr>
            <th>{t('policies.batches.batchNo')}</th>
            <th>{t('policies.batches.rule')}</th>
            <th>{t('policies.batches.county')}</th>
            <th>{t('policies.batches.date')}</th>
            <th className="num">{t('policies.batches.people')}</th>
            <th className="num">{t('policies.batches.computed')}</th>
            <th className="num">{t('policies.batches.paid')}</th>
            <th>{t('policies.batches.states')}</th>
          </tr>
        </thead>
        <tbody>
          {batches.map((b) => (
            <tr key={b.id} className={b.id === batchId ? 'active' : undefined}>
              <td>
                <button type="button" className="link-button" onClick={() => set({ batchId: b.id })}>
                  {b.batchNo}
                </button>
              </td>
              <td>
                {b.ruleName}{' '}
                <span className="muted">{t('policies.catalogue.version', { version: b.ruleVersion })}</span>
              </td>
              <td>{countyName(b.countyCode, i18n.language)}</td>
              <td>{fmt.date(b.madeOn)}</td>
              <td className="num">{fmt.number(b.people)}</td>
              <td className="num">{fmt.number(b.computed)}</td>
              <td className="num">
                {fmt.number(b.paid)} · {fmt.number(b.paidAmount)}
              </td>
              <td>
                {Object.entries(b.states)
                  .map(([s, n]) => `${t(`policies.status.${s as PolicyStatus}`)} ${fmt.number(n)}`)
                  .join('、')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
