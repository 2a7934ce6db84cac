import '../../styles/policies.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTIES } from '../../../../shared/domain/counties';
import { countyName } from '../../data/labels';
import { useRead } from '../../data/use-read';
import { translateError } from '../../i18n';
import { BatchesTab } from './batches/BatchesTab';
import { EvidenceDialog } from './EvidenceDialog';
import { usePoliciesStore, type PoliciesTab } from './policies-store';
import { missingEvidenceHref } from './print/print-href';
import { StandingsGrid } from './StandingsGrid';
import { SummaryTable } from './SummaryTable';

const TABS: PoliciesTab[] = ['people', 'missing', 'closing', 'batches'];

/**
 * 政策兑现: per rule and county who is eligible, complete, claimed, paid and still owed; who is
 * missing which evidence (printable per county); whose claim window is closing; the claim batches.
 */
export function PoliciesPage() {
  const { t, i18n } = useTranslation();
  const { countyCode, tab, evidenceFor, set } = usePoliciesStore();
  const summary = useRead('policies.summary', {});
  const rules = useMemo(
    () => (summary.data?.rules ?? []).map((r) => ({ ruleKey: r.ruleKey, name: r.name })),
    [summary.data],
  );
  const example = summary.data?.rules.some((r) => r.example) ?? false;
  return (
    <div className="page policies-page">
      <header className="page-head">
        <h1>{t('policies.title')}</h1>
        <div className="toolbar">
          <label className="toolbar-field">
            {t('policies.county')}
            <select
              aria-label={t('policies.county')}
              value={countyCode ?? ''}
              onChange={(e) => set({ countyCode: e.target.value || null })}
            >
              <option value="">{t('policies.allCounties')}</option>
              {COUNTIES.map((c) => (
                <option key={c.code} value={c.code}>
                  {countyName(c.code, i18n.language)}
                </option>
              ))}
            </select>
          </label>
          {countyCode ? (
            <a className="button-link" href={missingEvidenceHref(countyCode)}>
              {t('policies.missing.print')}
            </a>
          ) : (
            <span className="muted county-hint">{t('policies.missing.chooseCounty')}</span>
          )}
        </div>
      </header>
      {example ? (
        <p className="example-banner" role="note">
          {t('policies.example')}
        </p>
      ) : null}
      {summary.error ? (
        <p className="inline-error" role="alert">
          {translateError(summary.error)}
        </p>
      ) : null}
      {summary.data ? <SummaryTable summary={summary.data} countyCode={countyCode} /> : null}
      <div role="tablist" className="tabs" aria-label={t('policies.title')}>
        {TABS.map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            aria-selected={tab === v}
            className={tab === v ? 'tab active' : 'tab'}
            onClick={() => set({ tab: v })}
          >
            {t(`policies.tabs.${v}`)}
          </button>
        ))}
      </div>
      {tab === 'batches' ? (
        <BatchesTab rules={rules} asOf={summary.data?.asOf ?? ''} />
      ) : (
        <StandingsGrid kind={tab} rules={rules} />
      )}
      {evidenceFor ? <EvidenceDialog target={evidenceFor} /> : null}
    </div>
  );
}
