import type { GridApi } from 'ag-grid-community';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterResult, SeekerRow } from '../../../../shared/domain/seeker';
import { onDataChanged } from '../../api';
import { translateError } from '../../i18n';
import { useAppStore } from '../../shell/app-store';
import { flashSuccess } from '../../shell/flash-store';
import { routeHref } from '../../shell/hash-route';
import { ExamResultsDialog } from './actions/ExamResultsDialog';
import { RecordStepDialog, type RecordStepRequest } from './actions/RecordStepDialog';
import { CountsStrip } from './CountsStrip';
import { SeekerDetailPanel } from './detail/SeekerDetailPanel';
import { RegisterForm } from './form/RegisterForm';
import { useReferenceStore } from './reference-store';
import { SeekerFilters } from './SeekerFilters';
import { SeekerGrid } from './SeekerGrid';
import { useSeekersStore } from './seekers-store';
import { SelectionBar } from './SelectionBar';

/** Loads the pickers' choices and reloads grid, counts and detail whenever any window changes data. */
function useSeekersData(): void {
  const load = useReferenceStore((s) => s.load);
  const bump = useSeekersStore((s) => s.bump);
  useEffect(() => {
    void load();
    return onDataChanged((channel) => {
      // A reveal is a write only for its audit entry; nothing shown here changes.
      if (channel === 'seekers.reveal' || channel === 'backups.create') return;
      if (channel.startsWith('enterprises.') || channel === 'demo.load' || channel === 'backups.restore') {
        void load();
      }
      // Everything else, settings included (as-of date and stable days move the counts), reloads.
      bump();
    });
  }, [load, bump]);
}

type Dialog = { kind: 'register' } | { kind: 'bulk'; request: RecordStepRequest } | { kind: 'exam' } | null;

export function SeekersPage() {
  const { t } = useTranslation();
  useSeekersData();
  const openId = useSeekersStore((s) => s.openId);
  const open = useSeekersStore((s) => s.open);
  const clearSelection = useSeekersStore((s) => s.clearSelection);
  const total = useSeekersStore((s) => s.total);
  const filterActive = useSeekersStore((s) => s.filter.search !== '' || s.filter.countyCode !== null);
  const referenceError = useReferenceStore((s) => s.error);
  const dbEmpty = useAppStore((s) => s.info?.empty ?? false);
  const [api, setApi] = useState<GridApi<SeekerRow> | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const onGridApi = useCallback((next: GridApi<SeekerRow> | null) => setApi(next), []);

  const onRegistered = (result: RegisterResult) => {
    if (result.created) {
      flashSuccess('seekers.registeredMessage', { name: result.seeker.name });
      open(result.seeker.id);
    } else {
      open(result.seeker.id, { kind: 'repeat_registration', first: result.firstRegistration });
    }
  };

  return (
    <div className="page seekers-page">
      <header className="page-head">
        <h1>{t('seekers.title')}</h1>
        <div className="toolbar">
          <button type="button" className="primary" onClick={() => setDialog({ kind: 'register' })}>
            + {t('seekers.register')}
          </button>
        </div>
      </header>
      <SeekerFilters />
      {referenceError ? (
        <p className="inline-error" role="alert">
          {translateError(referenceError)}
        </p>
      ) : null}
      {total === 0 && dbEmpty && !filterActive ? (
        <p className="empty-hint">
          {t('seekers.noData')} <a href={routeHref('welcome')}>{t('welcome.loadDemo')}</a>
        </p>
      ) : null}
      <CountsStrip />
      <SelectionBar
        api={api}
        onBulk={(request) => setDialog({ kind: 'bulk', request })}
        onExamResults={() => setDialog({ kind: 'exam' })}
      />
      <div className={openId ? 'seekers-body with-detail' : 'seekers-body'}>
        <SeekerGrid onGridApi={onGridApi} />
        {/* Keyed: another person starts at the top, masked, with no dialog of the previous one open. */}
        {openId ? <SeekerDetailPanel key={openId} id={openId} /> : null}
      </div>

      {dialog?.kind === 'register' ? (
        <RegisterForm onClose={() => setDialog(null)} onRegistered={onRegistered} />
      ) : null}
      {dialog?.kind === 'bulk' ? (
        <RecordStepDialog {...dialog.request} onClose={() => setDialog(null)} onDone={clearSelection} />
      ) : null}
      {dialog?.kind === 'exam' ? <ExamResultsDialog onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
