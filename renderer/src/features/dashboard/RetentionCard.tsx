import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Retention } from '../../../../shared/domain/dashboard';
import { useFormatters } from '../../format';
import { usePercent } from '../../ui/chart-style';

interface RetentionCardProps {
  retention: Retention;
}

/** Stable ÷ employed, and why people left (largest reason first). */
export const RetentionCard = memo(function RetentionCard({ retention: r }: RetentionCardProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const percent = usePercent();
  const reasons = [...r.byReason].filter((x) => x.count > 0).sort((a, b) => b.count - a.count);
  const max = Math.max(1, ...reasons.map((x) => x.count));
  return (
    <section className="card dash-card retention" aria-labelledby="retention-title" data-testid="retention">
      <header className="card-head">
        <h2 id="retention-title">{t('dashboard.retention.title')}</h2>
      </header>
      <div className="retention-body">
        <div className="retention-rate">
          <span className="big-figure">{percent(r.rate)}</span>
          <span className="muted">{t('dashboard.retention.rate')}</span>
          <span className="muted">
            {fmt.number(r.stable)} / {fmt.number(r.employed)}
          </span>
        </div>
        <div className="retention-reasons">
          <h3>
            {t('dashboard.retention.leavers')} ·{' '}
            {t('dashboard.retention.left', { count: fmt.number(r.left) })}
          </h3>
          {reasons.length === 0 ? <p className="muted">{t('dashboard.retention.none')}</p> : null}
          <ul className="reason-bars">
            {reasons.map((x) => (
              <li key={x.reason}>
                <span className="reason-label">{t(`leaveReason.${x.reason}`)}</span>
                <span className="reason-track">
                  <span className="reason-bar" style={{ width: `${(x.count / max) * 100}%` }} />
                </span>
                <span className="reason-value">{fmt.number(x.count)}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
});
