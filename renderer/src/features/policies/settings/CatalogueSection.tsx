import '../../../styles/policies.css';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyRuleView } from '../../../../../shared/contract/policy-channels';
import { call } from '../../../api';
import { useRead } from '../../../data/use-read';
import { useFormatters } from '../../../format';
import { translateError } from '../../../i18n';
import { flashError } from '../../../shell/flash-store';
import { Modal } from '../../../ui/Modal';
import { amountShort } from '../labels';
import { RuleForm } from './RuleForm';

/** The subsidy catalogue in Settings: every rule, its amount and version, and the editor. */
export function CatalogueSection() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const titleId = useId();
  const rules = useRead('policies.rules', { includeArchived: true });
  const [editing, setEditing] = useState<PolicyRuleView | 'new' | null>(null);
  const archive = async (r: PolicyRuleView) => {
    try {
      await call('policies.archiveRule', { ruleKey: r.ruleKey, archived: !r.archived });
    } catch (err) {
      flashError(err);
    }
  };
  const example = rules.data?.some((r) => r.example) ?? false;
  return (
    <section className="card settings-card catalogue-card" aria-labelledby={titleId}>
      <div className="card-head">
        <h2 id={titleId}>{t('policies.catalogue.title')}</h2>
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          + {t('policies.catalogue.new')}
        </button>
      </div>
      <p className="muted help">{t('policies.catalogue.hint')}</p>
      {example ? (
        <p className="example-banner" role="note">
          {t('policies.example')}
        </p>
      ) : null}
      {rules.error ? <p className="inline-error">{translateError(rules.error)}</p> : null}
      <table className="data-table" data-testid="policy-catalogue">
        <thead>
          <tr>
            <th>{t('policies.catalogue.name')}</th>
            <th>{t('policies.catalogue.payee')}</th>
            <th>{t('policies.catalogue.amountKind')}</th>
            <th>{t('policies.catalogue.evidence')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(rules.data ?? []).map((r) => (
            <tr key={r.ruleKey} data-rule={r.name} className={r.archived ? 'archived' : undefined}>
              <td>
                {r.name}{' '}
                <span className="muted">{t('policies.catalogue.version', { version: r.version })}</span>
                {r.example ? <span className="example-tag">{t('policies.exampleTag')}</span> : null}
                {r.archived ? <span className="muted"> · {t('common.archived')}</span> : null}
                {r.claims > 0 ? (
                  <div className="muted small">{t('policies.catalogue.claims', { count: r.claims })}</div>
                ) : null}
              </td>
              <td>{t(`policies.payee.${r.payee}`)}</td>
              <td>{amountShort(t, fmt, r)}</td>
              <td>{r.evidence.map((e) => t(`policies.evidence.${e}`)).join('、')}</td>
              <td className="actions">
                <button type="button" className="small" onClick={() => setEditing(r)}>
                  {t('policies.catalogue.edit')}
                </button>
                <button type="button" className="small subtle" onClick={() => void archive(r)}>
                  {r.archived ? t('policies.catalogue.restore') : t('policies.catalogue.archive')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing ? (
        <Modal
          title={
            editing === 'new'
              ? t('policies.catalogue.newTitle')
              : t('policies.catalogue.editTitle', { name: editing.name })
          }
          onClose={() => setEditing(null)}
          className="modal-wide-form"
        >
          <RuleForm rule={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
        </Modal>
      ) : null}
    </section>
  );
}
