import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FunnelRow } from '../../../../shared/domain/dashboard';
import { useFormatters } from '../../format';
import { usePercent } from '../../ui/chart-style';

interface FunnelChartProps {
  rows: readonly FunnelRow[];
}

/** One bar per step, as wide as its share of the people transported, with the step's conversion. */
export const FunnelChart = memo(function FunnelChart({ rows }: FunnelChartProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const percent = usePercent();
  const base = Math.max(1, rows.find((r) => r.step === 'transported_trips')?.value ?? 1);
  return (
    <ol className="funnel" data-testid="funnel">
      {rows.map((r) => (
        <li key={r.step} className={`funnel-step step-${r.step}`}>
          <span className="funnel-label">{t(`dashboard.funnel.step.${r.step}`)}</span>
          <span className="funnel-track">
            <span className="funnel-bar" style={{ width: `${Math.max(0.5, (r.value / base) * 100)}%` }} />
          </span>
          <span className="funnel-value">{fmt.number(r.value)}</span>
          <span className="funnel-rate">
            {r.rate === null ? '' : t('dashboard.funnel.rate', { rate: percent(r.rate) })}
          </span>
        </li>
      ))}
    </ol>
  );
});
