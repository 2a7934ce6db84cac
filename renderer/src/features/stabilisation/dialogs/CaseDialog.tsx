import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceCase } from '../../../../../shared/domain/service-cases';
import { call } from '../../../api';
import { useFormatters } from '../../../format';
import { translateError } from '../../../i18n';
import { flashSuccess } from '../../../shell/flash-store';
import { Modal } from '../../../ui/Modal';
import { aidLabel } from '../labels';
import { useChannel } from '../use-channel';
import { AddActionForm } from './AddActionForm';
import { CaseFactsForm } from './CaseFactsForm';
import { openDialog } from './dialog-store';
import { ResolveForm } from './ResolveForm';
import { FormError } from '../../../ui/FormError';

const LEADS_TO_MOVES = new Set([
  'post_change',
  'childcare',
  'intention_to_quit',
  'leave_request',
  'family_matter',
  'illness',
]);

function CaseFacts({ c }: { c: ServiceCase }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return (
    <dl className="facts case-facts">
      <dt>{t('stabilisation.col.worker')}</dt>
      <dd>
        {c.seekerName} <span className="muted">{c.idMasked}</span>
      </dd>
      <dt>{t('stabilisation.col.enterprise')}</dt>
      <dd>{c.enterpriseName ?? '—'}</dd>
      <dt>{t('stabilisation.col.openedOn')}</dt>
      <dd>{fmt.date(c.openedOn)}</dd>
      <dt>{t('stabilisation.col.status')}</dt>
      <dd>
        <span className={`case-status status-${c.status}`}>{t(`stabilisation.caseStatus.${c.status}`)}</span>
        {c.resolvedOn ? ` ${fmt.date(c.resolvedOn)}` : ''}
        {c.followUpOn && c.status !== 'resolved'
          ? ` · ${t('stabilisation.caseView.followUp', { date: fmt.date(c.followUpOn) })}`
          : ''}
      </dd>
      <dt>{t('stabilisation.col.request')}</dt>
      <dd className="prewrap">{c.request}</dd>
      {c.outcome ? (
        <>
          <dt>{t('stabilisation.col.outcome')}</dt>
          <dd>{c.outcome}</dd>
        </>
      ) : null}
    </dl>
  );
}

/** One case of the diary: what was asked, everything done since, and the next step (more done, or resolved). */
export function CaseDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const historyId = useId();
  const { data: c, error } = useChannel('cases.get', { id });
  const [reopenError, setReopenError] = useState<unknown>(null);
  const [editing, setEditing] = useState(false);
  const worker = c
    ? { id: c.seekerId, name: c.seekerName, idMasked: c.idMasked, enterpriseName: c.enterpriseName }
    : null;

  const reopen = async (current: ServiceCase) => {
    setReopenError(null);
    try {
      await call('cases.update', {
        id: current.id,
        enterpriseId: current.enterpriseId,
        openedOn: current.openedOn,
        type: current.type,
        request: current.request,
        status: 'in_progress',
        followUpOn: current.followUpOn,
        outcome: current.outcome,
      });
      flashSuccess('stabilisation.caseView.reopened', { name: current.seekerName });
    } catch (err) {
      setReopenError(err);
    }
  };

  const title = c
    ? t('stabilisation.caseView.title', { type: t(`stabilisation.caseType.${c.type}`), name: c.seekerName })
    : t('app.loading');
  return (
    <Modal title={title} onClose={onClose} className="modal-wide-form">
      <div className="modal-body case-view">
        {error ? (
          <p className="inline-error" role="alert">
            {translateError(error)}
          </p>
        ) : null}
        {c ? (
          <>
            {editing ? (
              <CaseFactsForm key={c.id} c={c} onDone={() => setEditing(false)} />
            ) : (
              <CaseFacts c={c} />
            )}
            <section aria-labelledby={historyId}>
              <h3 id={historyId}>{t('stabilisation.caseView.history')}</h3>
              {c.actions.length === 0 ? (
                <p className="muted">{t('stabilisation.caseView.nothingYet')}</p>
              ) : null}
              <ol className="case-actions">
                {c.actions.map((a) => (
                  <li key={a.id}>
                    <time dateTime={a.date}>{fmt.date(a.date)}</time>
                    <span className="prewrap">{a.action}</span>
                    {a.cashYuan > 0 || a.goods ? (
                      <span className="aid">{aidLabel(fmt, a.cashYuan, a.goods)}</span>
                    ) : null}
                    <span className="muted">{a.handledBy || a.recordedBy}</span>
                  </li>
                ))}
              </ol>
            </section>
            {c.status === 'resolved' ? null : (
              <>
                <AddActionForm c={c} />
                <ResolveForm c={c} />
              </>
            )}
            <FormError error={reopenError} />
          </>
        ) : null}
      </div>
      <footer className="modal-footer">
        {c && worker && LEADS_TO_MOVES.has(c.type) && c.status !== 'resolved' ? (
          <>
            <button type="button" onClick={() => openDialog({ kind: 'transfer', worker, caseId: c.id })}>
              {t('stabilisation.actions.transfer')}
            </button>
            <button type="button" onClick={() => openDialog({ kind: 'leave', worker, caseId: c.id })}>
              {t('stabilisation.actions.leave')}
            </button>
          </>
        ) : null}
        {c && !editing ? (
          <button type="button" onClick={() => setEditing(true)}>
            {t('stabilisation.caseView.edit')}
          </button>
        ) : null}
        {c?.status === 'resolved' ? (
          <button type="button" onClick={() => void reopen(c)}>
            {t('stabilisation.caseView.reopen')}
          </button>
        ) : null}
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </footer>
    </Modal>
  );
}
