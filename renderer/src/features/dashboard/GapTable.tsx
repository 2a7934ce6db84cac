import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnterpriseGap } from '../../../../shared/domain/dashboard';
import { useFormatters } from '../../format';
import type { GapSegment } from './GapChart';

interface GapTableProps {
  rows: readonly EnterpriseGap[];
  /** Opens the enterprise's people: all of them (null), or those a figure counts. */
  onOpen: (enterpriseId: string, segment: GapSegment | null) => void;
}

type Column = 'name' | 'demand' | 'employedNow' | 'inPipeline' | 'gap' | 'openRequests';
const NUMERIC: readonly Exclude<Column, 'name'>[] = [
  'demand',
  'employedNow',
  'inPipeline',
  'gap',
  'openRequests',
];
/** Figures that count people, and the people they open. */
const PEOPLE: Partial<Record<Column, GapSegment>> = { employedNow: 'employed', inPipeline: 'on_the_way' };

/**
 * The gap chart's figures, sortable by any column; an enterprise's name opens its people, its on-the-job
 * and pipeline figures open exactly the people they count. A plain
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
              <button type="button" className="link-button" onClick={() => onOpen(r.enterpriseId, null)}>
                {r.shortName || r.name}
              </button>
            </th>
            {NUMERIC.map((c) => {
              const segment = PEOPLE[c];
              return (
                <td key={c} className={c === 'openRequests' && r[c] > 0 ? 'num has-open' : 'num'}>
                  {segment && r[c] > 0 ? (
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('dashboard.gap.openFigure', {
                        enterprise: r.shortName || r.name,
                        what: t(`dashboard.gap.${c}`),
                        count: fmt.number(r[c]),
                      })}
                      onClick={() => onOpen(r.enterpriseId, segment)}
                    >
                      {fmt.number(r[c])}
                    </button>
                  ) : (
                    fmt.number(r[c])
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
