import '../../../styles/policies.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useRead } from '../../../data/use-read';
import { useFormatters } from '../../../format';
import { translateError } from '../../../i18n';
import type { PersonSectionProps } from '../../../shell/slots';
import { EvidenceChecklist } from '../EvidenceDialog';
import { missingText, statusLabel, whyText, yuan } from '../labels';
import { PersonFactsForm } from './PersonFactsForm';

/** A person's subsidies on their detail panel: the policy facts, each rule's status, the evidence. */
export function PolicySection({ seekerId }: PersonSectionProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const titleId = useId();
  const read = useRead('policies.person', { seekerId });
  const data = read.data?.seekerId === seekerId ? read.data : null;
  return (
    <section
      className="detail-section policy-section"
      aria-labelledby={titleId}
      data-testid="person-policies"
    >
      <h3 id={titleId}>{t('policies.person.title')}</h3>
      {read.error ? (
        <p className="inline-error" role="alert">
          {translateError(read.error)}
        </p>
      ) : null}
      {data ? (
        <>
          <PersonFactsForm data={data} />
          {data.standings.length === 0 ? (
            <p className="muted">{t('policies.person.none')}</p>
          ) : (
            <>
              <table className="data-table compact">
                <thead>
                  <tr>
                    <th>{t('policies.col.rule')}</th>
                    <th>{t('policies.col.status')}</th>
                    <th>{t('policies.col.why')}</th>
                    <th>{t('policies.col.missing')}</th>
                    <th className="num">{t('policies.col.amount')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.standings.map((s) => (
                    <tr key={s.ruleKey} data-rule={s.ruleName}>
                      <td>{s.ruleName}</td>
                      <td className={`policy-status status-${s.status}`}>{statusLabel(t, s)}</td>
                      <td>{[whyText(t, fmt, s), s.batchNo ?? ''].filter(Boolean).join(' · ')}</td>
                      <td>{missingText(t, s)}</td>
                      <td className="num">{yuan(fmt, s.paidAmount ?? s.amount)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <h4>{t('policies.person.evidence')}</h4>
              <EvidenceChecklist seekerId={seekerId} />
            </>
          )}
        </>
      ) : null}
    </section>
  );
}
