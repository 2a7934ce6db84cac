import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useFormatters } from '../../format';
import { auditSummaryText } from '../../../../shared/domain/audit-text';
import { currentLanguage, translateAny, translateError, translateKey } from '../../i18n';
import { useReloadingList } from './settings-data';

const AUDIT_LIMIT = 50;
const listAudit = () => call('audit.list', { limit: AUDIT_LIMIT, offset: 0 });
const always = () => true;

/** `enterprises.create` → `audit.enterprises_create`; unknown actions show as recorded. */
function actionLabel(action: string): string {
  return translateKey(`audit.${action.replace(/\./g, '_')}`) ?? action;
}

export function AuditSection() {
  const { t } = useTranslation();
  const id = useId();
  const fmt = useFormatters();
  const audit = useReloadingList(listAudit, always);
  const entries = audit.data ?? [];

  return (
    <section className="card settings-card audit-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.audit')}</h2>
      {audit.error ? (
        <p className="inline-error" role="alert">
          {translateError(audit.error)}
        </p>
      ) : null}
      {audit.data && entries.length === 0 ? <p className="muted">{t('settings.noAudit')}</p> : null}
      {entries.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table" aria-labelledby={`${id}-title`}>
            <thead>
              <tr>
                <th scope="col">{t('settings.auditAt')}</th>
                <th scope="col">{t('settings.auditOperator')}</th>
                <th scope="col">{t('settings.auditAction')}</th>
                <th scope="col">{t('settings.auditSummary')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((a) => (
                <tr key={a.id}>
                  <td className="nowrap">{fmt.dateTime(a.at)}</td>
                  <td className="nowrap">{a.operator || t('settings.noOperator')}</td>
                  <td className="nowrap" title={a.action}>
                    {actionLabel(a.action)}
                  </td>
                  <td className="summary">
                    {auditSummaryText(translateAny, currentLanguage(), a.summary, fmt)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
