import '../../styles/stabilisation.css';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { onDataChanged } from '../../api';
import { navigate } from '../../shell/hash-route';
import { useReferenceStore } from '../../data/reference-store';
import { openDialog } from './dialogs/dialog-store';
import { StabilisationDialogs } from './dialogs/StabilisationDialogs';
import { DiaryTab } from './diary/DiaryTab';
import { OverviewTab } from './overview/OverviewTab';
import { RiskTab } from './risk/RiskTab';
import { useStabilisationStore } from './stabilisation-store';
import { VisitsTab } from './visits/VisitsTab';
import { useSubRoute } from './sub-route';

export const STABILISATION_ROUTE = 'stabilisation';
const TABS = ['diary', 'visits', 'risk', 'overview'] as const;
type Tab = (typeof TABS)[number];

/** Reloads every tab when any window changes data; loads the enterprises for the pickers. */
function useStabilisationData(): void {
  const bump = useStabilisationStore((s) => s.bump);
  const load = useReferenceStore((s) => s.load);
  useEffect(() => {
    void load();
    return onDataChanged((channel) => {
      if (channel.startsWith('enterprises.') || channel === 'demo.load' || channel === 'backups.restore')
        void load();
      bump();
    });
  }, [bump, load]);
}

/** 稳岗服务: the factory diary, return visits, the at-risk list, and the enterprises with their special classes. */
export function StabilisationPage() {
  const { t } = useTranslation();
  useStabilisationData();
  const sub = useSubRoute();
  const tab: Tab = (TABS as readonly string[]).includes(sub) ? (sub as Tab) : 'diary';

  return (
    <div className="page stabilisation-page">
      <header className="page-head">
        <h1>{t('stabilisation.title')}</h1>
        <div className="toolbar">
          <button type="button" onClick={() => openDialog({ kind: 'transfer', worker: null })}>
            {t('stabilisation.actions.transfer')}
          </button>
          <button type="button" onClick={() => openDialog({ kind: 'leave', worker: null })}>
            {t('stabilisation.actions.leave')}
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => openDialog({ kind: 'newCase', worker: null })}
          >
            + {t('stabilisation.actions.newCase')}
          </button>
        </div>
      </header>
      <div className="stab-tabs" role="tablist" aria-label={t('stabilisation.title')}>
        {TABS.map((key) => (
          <button
            key={key}
            type="button"
            role="tab"
            id={`stab-tab-${key}`}
            aria-selected={tab === key}
            aria-controls={`stab-panel-${key}`}
            className={tab === key ? 'tab active' : 'tab'}
            onClick={() => navigate(`${STABILISATION_ROUTE}/${key}`)}
          >
            {t(`stabilisation.tabs.${key}`)}
          </button>
        ))}
      </div>
      <section
        className="tab-panel"
        role="tabpanel"
        id={`stab-panel-${tab}`}
        aria-labelledby={`stab-tab-${tab}`}
      >
        {tab === 'diary' ? <DiaryTab /> : null}
        {tab === 'visits' ? <VisitsTab /> : null}
        {tab === 'risk' ? <RiskTab /> : null}
        {tab === 'overview' ? <OverviewTab /> : null}
      </section>
      <StabilisationDialogs />
    </div>
  );
}
