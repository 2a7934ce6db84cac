import '../../../styles/policies.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useRead } from '../../../data/use-read';
import { useFormatters } from '../../../format';
import { translateError } from '../../../i18n';

/** On the enterprises page: per enterprise and rule paid to enterprises, eligible, claimed, paid and owed. */
export function EnterprisePoliciesSection() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const titleId = useId();
  const read = useRead('policies.enterprises', {});
  const rows = read.data?.rows ?? [];
  return (
    <section className="card enterprise-policies" aria-labelledby={titleId} data-testid="enterprise-policies">
      <header className="card-head">
        <h2 id={titleId}>{t('policies.enterprise.title')}</h2>
        <p className="muted">
          {t('policies.enterprise.hint')}
          {read.data ? ` ${t('policies.asOf', { date: fmt.date(read.data.asOf) })}` : ''}
        </p>
      </header>
      {read.error ? <p className="inline-error">{translateError(read.error)}</p> : null}
      {read.data && rows.length === 0 ? <p className="muted">{t('policies.enterprise.none')}</p> : null}
      {rows.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th>{t('policies.enterprise.enterprise')}</th>
                <th>{t('policies.summary.rule')}</th>
                <th className="num">{t('policies.summary.eligible')}</th>
                <th className="num">{t('policies.summary.claimed')}</th>
                <th className="num">{t('policies.summary.paid')}</th>
                <th className="num">{t('policies.summary.paidAmount')}</th>
                <th className="num">{t('policies.summary.owed')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.enterpriseId} ${r.ruleKey}`}>
                  <td>{r.enterpriseName}</td>
                  <td>{r.ruleName}</td>
                  <td className="num">{fmt.number(r.eligible)}</td>
                  <td className="num">{fmt.number(r.claimed)}</td>
                  <td className="num">{fmt.number(r.paid)}</td>
                  <td className="num">{fmt.number(r.paidAmount)}</td>
                  <td className="num">{fmt.number(r.owed)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
