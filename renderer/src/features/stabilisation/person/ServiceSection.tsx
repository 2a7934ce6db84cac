import '../../../styles/stabilisation.css';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonStabilisation } from '../../../../../shared/contract/stabilisation';
import { call, onDataChanged } from '../../../api';
import { useFormatters } from '../../../format';
import { translateError } from '../../../i18n';
import type { PersonSectionProps } from '../../../shell/slots';
import { openDialog, type PickedWorker } from '../dialogs/dialog-store';
import { StabilisationDialogs } from '../dialogs/StabilisationDialogs';
import { PersonHistory } from './PersonHistory';

/**
 * A person's stabilisation record on their detail panel (服务记录): who answers for them, their
 * placements, cases, visits, leave and transfers, and the buttons to add any of them.
 */
export function ServiceSection({ seekerId, name, idMasked, enterpriseName }: PersonSectionProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const titleId = useId();
  const [data, setData] = useState<PersonStabilisation | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [revision, setRevision] = useState(0);

  useEffect(() => onDataChanged(() => setRevision((r) => r + 1)), []);
  useEffect(() => {
    let live = true;
    call('stabilisation.person', { seekerId }).then(
      (d) => {
        if (!live) return;
        setData(d);
        setError(null);
      },
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [seekerId, revision]);

  const worker: PickedWorker = { id: seekerId, name, idMasked, enterpriseName };
  const employed = data?.stage === 'employed';
  return (
    <section className="detail-section service-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('stabilisation.person.title')}</h3>
      <div className="service-buttons">
        <button type="button" className="small" onClick={() => openDialog({ kind: 'newCase', worker })}>
          {t('stabilisation.actions.newCase')}
        </button>
        <button type="button" className="small" onClick={() => openDialog({ kind: 'visit', worker })}>
          {t('stabilisation.actions.visit')}
        </button>
        {employed ? (
          <>
            <button type="button" className="small" onClick={() => openDialog({ kind: 'transfer', worker })}>
              {t('stabilisation.actions.transfer')}
            </button>
            <button type="button" className="small" onClick={() => openDialog({ kind: 'leave', worker })}>
              {t('stabilisation.actions.leave')}
            </button>
          </>
        ) : null}
      </div>
      {error ? (
        <p className="inline-error" role="alert">
          {translateError(error)}
        </p>
      ) : null}
      {data ? (
        <>
          {data.responsible ? (
            <p className="service-responsible">
              {t('stabilisation.person.responsible', { name: data.responsible })}
              {data.entryDate && employed
                ? ` · ${t('stabilisation.person.entry', { date: fmt.date(data.entryDate) })}`
                : ''}
            </p>
          ) : null}
          <PersonHistory data={data} />
        </>
      ) : null}
      <StabilisationDialogs />
    </section>
  );
}
