import type { CustomCellRendererProps } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import type { Standing } from '../../../../shared/contract/policy-channels';
import { usePoliciesStore } from './policies-store';

/** Opens a person's evidence checklist for the rule on the row. */
export function EvidenceButton({ data }: CustomCellRendererProps<Standing>) {
  const { t } = useTranslation();
  const set = usePoliciesStore((s) => s.set);
  if (!data || data.evidence.length === 0) return null;
  return (
    <div className="row-actions">
      <button
        type="button"
        className="small"
        aria-label={`${t('policies.person.evidence')}: ${data.name} · ${data.ruleName}`}
        onClick={() =>
          set({ evidenceFor: { seekerId: data.seekerId, name: data.name, ruleName: data.ruleName } })
        }
      >
        {t('policies.person.evidence')}
      </button>
    </div>
  );
}
