import { useTranslation } from 'react-i18next';
import { useRead } from '../../../data/use-read';
import { translateError } from '../../../i18n';
import { usePoliciesStore } from '../policies-store';
import { BatchDetailPanel } from './BatchDetailPanel';
import { BatchList } from './BatchList';
import { NewBatchForm } from './NewBatchForm';

/** Claim batches (申报批次): make one, see them all, open one. */
export function BatchesTab({ rules, asOf }: { rules: { ruleKey: string; name: string }[]; asOf: string }) {
  const { t } = useTranslation();
  const { countyCode, batchId } = usePoliciesStore();
  const batches = useRead('policies.batches', { countyCode });
  return (
    <div className="batches-tab">
      <p className="muted help">{t('policies.batches.hint')}</p>
      <NewBatchForm rules={rules} asOf={asOf} />
      {batches.error ? <p className="inline-error">{translateError(batches.error)}</p> : null}
      {batches.data ? <BatchList batches={batches.data} /> : null}
      {batchId ? (
        <BatchDetailPanel batchId={batchId} />
      ) : (
        <p className="muted">{t('policies.batches.choose')}</p>
      )}
    </div>
  );
}
