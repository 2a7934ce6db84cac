import type { GetRowIdParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Standing, StandingFilter } from '../../../../shared/contract/policy-channels';
import { POLICY_STATUSES } from '../../../../shared/domain/policies/status';
import { useRead } from '../../data/use-read';
import { useFormatters } from '../../format';
import { translateError } from '../../i18n';
import { gridLocaleText, gridTheme } from '../../ui/grid';
import { usePoliciesStore } from './policies-store';
import { standingColumns } from './standing-columns';

const getRowId = (p: GetRowIdParams<Standing>) => `${p.data.seekerId} ${p.data.ruleKey}`;
const defaultColDef = { sortable: true, resizable: true, filter: true };

/** Rule and status filters above the beneficiaries. */
function Filters({ rules }: { rules: { ruleKey: string; name: string }[] }) {
  const { t } = useTranslation();
  const { ruleKey, status, set } = usePoliciesStore();
  return (
    <>
      <label className="toolbar-field">
        {t('policies.filter.rule')}
        <select
          aria-label={t('policies.filter.rule')}
          value={ruleKey ?? ''}
          onChange={(e) => set({ ruleKey: e.target.value || null })}
        >
          <option value="">{t('policies.filter.allRules')}</option>
          {rules.map((r) => (
            <option key={r.ruleKey} value={r.ruleKey}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar-field">
        {t('policies.filter.status')}
        <select
          aria-label={t('policies.filter.status')}
          value={status ?? ''}
          onChange={(e) =>
            set({ status: (e.target.value || null) as (typeof POLICY_STATUSES)[number] | null })
          }
        >
          <option value="">{t('policies.filter.allStatuses')}</option>
          {POLICY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`policies.status.${s}`)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

/** Beneficiaries, people missing evidence, or people whose claim window is closing, by the tab. */
export function StandingsGrid({
  kind,
  rules,
}: {
  kind: 'people' | 'missing' | 'closing';
  rules: { ruleKey: string; name: string }[];
}) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const { countyCode, ruleKey, status } = usePoliciesStore();
  const filter: StandingFilter = {
    countyCode,
    ruleKey,
    status: kind === 'people' ? status : null,
    missingEvidence: kind === 'missing',
    windowWithinDays: kind === 'closing' ? 30 : null,
  };
  const read = useRead('policies.standings', filter);
  const columnDefs = useMemo(
    () => standingColumns(t, fmt, i18n.language, kind === 'closing'),
    [t, fmt, i18n.language, kind],
  );
  const localeText = useMemo(() => gridLocaleText(i18n.language, t('policies.none')), [i18n.language, t]);
  const rows = useMemo(() => read.data?.rows ?? [], [read.data]);
  return (
    <>
      <div className="tab-toolbar">
        <Filters rules={rules} />
        <span className="muted" role="status">
          {read.data
            ? t('policies.count', { count: fmt.number(rows.length), total: fmt.number(read.data.total) })
            : ''}
        </span>
      </div>
      {kind === 'missing' ? <p className="muted help">{t('policies.missing.hint')}</p> : null}
      {kind === 'closing' ? <p className="muted help">{t('policies.closing.hint')}</p> : null}
      {read.error ? (
        <p className="inline-error" role="alert">
          {translateError(read.error)}
        </p>
      ) : null}
      <div className="grid-wrap standings-grid" data-testid={`standings-${kind}`}>
        <AgGridReact<Standing>
          key={i18n.language}
          theme={gridTheme}
          localeText={localeText}
          rowData={rows}
          columnDefs={columnDefs}
          defaultColDef={defaultColDef}
          getRowId={getRowId}
          tooltipShowDelay={400}
          suppressColumnVirtualisation
        />
      </div>
    </>
  );
}
