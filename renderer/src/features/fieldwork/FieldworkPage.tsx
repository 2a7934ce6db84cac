import '../../styles/fieldwork.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRead } from '../../data/use-read';
import { useFormatters } from '../../format';
import { translateError } from '../../i18n';
import { FieldworkDialogs } from './FieldworkDialogs';
import { openFieldworkDialog, useFieldworkStore } from './fieldwork-store';
import { VisitFilters } from './VisitFilters';
import { useReferenceData } from './use-reference-data';
import { VisitGrid } from './VisitGrid';

/** 招聘走访: the special recruitment classes' visits, who they reached and who signed up. */
export function FieldworkPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  useReferenceData();
  const filter = useFieldworkStore((s) => s.filter);
  const setFilter = useFieldworkStore((s) => s.setFilter);
  const visits = useRead('fieldVisits.list', filter);
  const classes = useRead('recruitmentClasses.list', {});
  const rows = useMemo(() => visits.data?.rows ?? [], [visits.data]);
  const totals = visits.data?.totals;

  return (
    <div className="page fieldwork-page">
      <header className="page-head">
        <div>
          <h1>{t('fieldwork.title')}</h1>
          <p className="muted page-subtitle">{t('fieldwork.subtitle')}</p>
        </div>
        <div className="toolbar">
          <button type="button" onClick={() => openFieldworkDialog({ kind: 'classes' })}>
            {t('fieldwork.actions.classes')}
          </button>
          <button
            type="button"
            onClick={() => openFieldworkDialog({ kind: 'visit', id: null, visitKind: 'policy_briefing' })}
          >
            {t('fieldwork.actions.briefing')}
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => openFieldworkDialog({ kind: 'visit', id: null })}
          >
            + {t('fieldwork.actions.log')}
          </button>
        </div>
      </header>
      <div className="visit-bar">
        <VisitFilters value={filter} classes={classes.data ?? []} onChange={setFilter} />
        {totals ? (
          <p className="visit-totals" data-testid="visit-totals">
            {t('fieldwork.totals', {
              visits: fmt.number(totals.visits),
              reached: fmt.number(totals.reached),
              signedUp: fmt.number(totals.signedUp),
              linked: fmt.number(totals.linked),
            })}
          </p>
        ) : null}
      </div>
      {visits.error ? (
        <p className="inline-error" role="alert">
          {translateError(visits.error)}
        </p>
      ) : null}
      {classes.data && classes.data.length === 0 ? (
        <p className="empty-hint">{t('fieldwork.classes.none')}</p>
      ) : null}
      <VisitGrid rows={rows} />
      <FieldworkDialogs />
    </div>
  );
}
