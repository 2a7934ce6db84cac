import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnterpriseGap } from '../../../../shared/domain/dashboard';
import { useFormatters } from '../../format';

interface GapTableProps {
  rows: readonly EnterpriseGap[];
  onOpen: (enterpriseId: string) => void;
}

type Column = 'name' | 'demand' | 'employedNow' | 'inPipeline' | 'gap' | 'openRequests';
const NUMERIC: readonly Exclude<Column, 'name'>[] = [
  'demand',
  'employedNow',
  'inPipeline',
  'gap',
  'openRequests',
];

/**
 * The gap chart's figures, sortable by any column; a row opens that enterprise's people. A plain
 * table rather than a grid: eight rows need no virtualisation, draw at once and print as they look.
 */
export const GapTable = memo(function GapTable({ rows, onOpen }: GapTableProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const [sort, setSort] = useState<{ by: Column; desc: boolean }>({ by: 'gap', desc: true });
  const sorted = useMemo(() => {
    const label = (r: EnterpriseGap) => r.shortName || r.name;
    const out = [...rows].sort((a, b) =>
      sort.by === 'name' ? label(a).localeCompare(label(b), 'zh-CN') : a[sort.by] - b[sort.by],
    );
    return sort.desc ? out.reverse() : out;
  }, [rows, sort]);
  const header = (col: Column, text: string, hint?: string) => (
    <th
      scope="col"
      title={hint}
      className={col === 'name' ? undefined : 'num'}
      aria-sort={sort.by === col ? (sort.desc ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => setSort((s) => ({ by: col, desc: s.by === col ? !s.desc : col !== 'name' }))}
      >
        {text}
        <span aria-hidden="true">{sort.by === col ? (sort.desc ? ' ↓' : ' ↑') : ''}</span>
      </button>
    </th>
  );
  return (
    <table className="dash-table gap-table" data-testid="gap-table">
      <thead>
        <tr>
          {header('name', t('dashboard.gap.enterprise'))}
          {header('demand', t('dashboard.gap.demand'))}
          {header('employedNow', t('dashboard.gap.employedNow'))}
          {header('inPipeline', t('dashboard.gap.inPipeline'))}
          {header('gap', t('dashboard.gap.gap'))}
          {header('openRequests', t('dashboard.gap.openRequests'), t('dashboard.gap.openRequestsHint'))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => (
          <tr key={r.enterpriseId}>
            <th scope="row" title={r.name}>
              <button type="button" className="link-button" onClick={() => onOpen(r.enterpriseId)}>
                {r.shortName || r.name}
              </button>
            </th>
            {NUMERIC.map((c) => (
              <td key={c} className={c === 'openRequests' && r[c] > 0 ? 'num has-open' : 'num'}>
                {fmt.number(r[c])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
