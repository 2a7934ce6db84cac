import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceKind } from '../../../../shared/domain/policies/catalogue';
import { call } from '../../api';
import { useRead } from '../../data/use-read';
import { useFormatters } from '../../format';
import { translateError } from '../../i18n';
import { flashError } from '../../shell/flash-store';
import { Modal } from '../../ui/Modal';
import { usePoliciesStore, type EvidenceTarget } from './policies-store';

const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The evidence a person's claims need, ticked as it comes in (kept per person, for every rule). */
export function EvidenceChecklist({ seekerId }: { seekerId: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const id = useId();
  const person = useRead('policies.person', { seekerId });
  const [date, setDate] = useState(todayIso);
  const [busy, setBusy] = useState(false);
  const items = new Map<
    EvidenceKind,
    { state: string; receivedOn: string | null; validUntil: string | null }
  >();
  for (const s of person.data?.standings ?? []) for (const e of s.evidence) items.set(e.kind, e);
  const tick = async (kind: EvidenceKind, received: boolean) => {
    setBusy(true);
    try {
      await call('policies.setEvidence', { seekerId, kind, receivedOn: received ? date : null });
    } catch (err) {
      flashError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="evidence-checklist">
      {person.error ? <p className="inline-error">{translateError(person.error)}</p> : null}
      <label className="toolbar-field" htmlFor={`${id}-date`}>
        {t('policies.evidenceDialog.receivedOn')}
        <input
          aria-label={t('policies.evidenceDialog.receivedOn')}
          id={`${id}-date`}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
      </label>
      <ul className="checklist">
        {[...items].map(([kind, e]) => (
          <li key={kind} className={`evidence-${e.state}`}>
            <label>
              <input
                // Uncontrolled, keyed by the saved state: ticked at once, set right again when the answer reloads.
                key={`${kind}-${e.state}`}
                type="checkbox"
                disabled={busy}
                defaultChecked={e.state === 'received'}
                onChange={(ev) => void tick(kind, ev.target.checked)}
              />
              {t(`policies.evidence.${kind}`)}
            </label>
            <span className="muted">
              {e.state === 'missing'
                ? t('policies.evidenceState.missing')
                : e.state === 'received'
                  ? t('policies.evidenceState.received', { date: fmt.date(e.receivedOn ?? '') })
                  : t('policies.evidenceState.expired', { date: fmt.date(e.validUntil ?? '') })}
            </span>
          </li>
        ))}
      </ul>
      <p className="muted help">{t('policies.evidenceDialog.hint')}</p>
    </div>
  );
}

export function EvidenceDialog({ target }: { target: EvidenceTarget }) {
  const { t } = useTranslation();
  const set = usePoliciesStore((s) => s.set);
  const close = () => set({ evidenceFor: null });
  return (
    <Modal
      title={t('policies.evidenceDialog.title', { name: target.name, rule: target.ruleName })}
      onClose={close}
    >
      <div className="modal-body">
        <EvidenceChecklist seekerId={target.seekerId} />
      </div>
      <footer className="modal-footer">
        <button type="button" className="primary" onClick={close}>
          {t('common.close')}
        </button>
      </footer>
    </Modal>
  );
}
