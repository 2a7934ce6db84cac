import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PersonStabilisation } from '../../../../../shared/contract/stabilisation';
import { call } from '../../../api';
import { useFormatters, type Formatters } from '../../../format';
import { flashError } from '../../../shell/flash-store';
import { useDefaultDate } from '../../../data/reference-store';
import { openDialog } from '../dialogs/dialog-store';
import { aidLabel, signalLabel, slotLabel } from '../labels';

interface Entry {
  key: string;
  date: string;
  kind: string;
  text: string;
  extra: string;
  voided: boolean;
  caseId: string | null;
  /** Leave not yet ended: "back at work" can be recorded. */
  leaveId: string | null;
  /** A transfer or leave that can still be voided. */
  voidable: { what: 'transfer' | 'leave'; id: string } | null;
}

/** Cases, visits, transfers and leave as one timeline, newest first. */
function entriesOf(t: TFunction, fmt: Formatters, d: PersonStabilisation): Entry[] {
  const base = { voided: false, caseId: null, leaveId: null, voidable: null, extra: '' };
  const out: Entry[] = [
    ...d.cases.map((c) => ({
      ...base,
      key: `c${c.id}`,
      date: c.openedOn,
      kind: `${t(`stabilisation.caseType.${c.type}`)} · ${t(`stabilisation.caseStatus.${c.status}`)}`,
      text: [c.request, ...c.actions.map((a) => `${fmt.date(a.date)} ${a.action}`), c.outcome]
        .filter(Boolean)
        .join(t('stabilisation.sep')),
      extra: aidLabel(fmt, c.cashYuan, c.goods),
      caseId: c.id,
    })),
    ...d.visits.map((v) => ({
      ...base,
      key: `v${v.id}`,
      date: v.visitedOn,
      kind: t('stabilisation.person.visit'),
      text: v.reached
        ? [
            t(`stabilisation.wellbeing.${v.wellbeing ?? 'good'}`),
            t('stabilisation.person.riskIs', { risk: t(`stabilisation.risk.${v.risk ?? 'none'}`) }),
            v.notes,
          ]
            .filter(Boolean)
            .join(' · ')
        : [t('stabilisation.person.notReached'), v.notes].filter(Boolean).join(' · '),
      extra: v.visitedBy,
    })),
    ...d.transfers.map((x) => ({
      ...base,
      key: `t${x.id}`,
      date: x.date,
      kind: t('stabilisation.person.transfer'),
      text: t('stabilisation.print.withNote', {
        head: t('stabilisation.print.move', {
          from: x.fromEnterpriseName,
          fromPost: x.fromPost,
          to: x.toEnterpriseName,
          toPost: x.toPost,
        }),
        note: x.reason,
      }),
      extra: x.voided ? t('stabilisation.person.voided', { reason: x.voidReason }) : '',
      voided: x.voided,
      voidable: x.voided ? null : { what: 'transfer' as const, id: x.id },
    })),
    ...d.leaves.map((l) => ({
      ...base,
      key: `l${l.id}`,
      date: l.startDate,
      kind: t('stabilisation.person.leave'),
      text: t('stabilisation.print.withNote', {
        head: t('stabilisation.print.period', { from: fmt.date(l.startDate), to: fmt.date(l.endDate) }),
        note: l.reason,
      }),
      extra: l.voided
        ? t('stabilisation.person.voided', { reason: l.voidReason })
        : l.returnedOn
          ? t('stabilisation.person.back', { date: fmt.date(l.returnedOn) })
          : '',
      voided: l.voided,
      leaveId: !l.voided && !l.returnedOn ? l.id : null,
      voidable: l.voided ? null : { what: 'leave' as const, id: l.id },
    })),
  ];
  return out.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

export function PersonHistory({ data }: { data: PersonStabilisation }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const today = useDefaultDate();
  const entries = entriesOf(t, fmt, data);
  const open = data.schedule.filter((s) => s.status !== 'done' && s.status !== 'missed');

  const markBack = async (leaveId: string) => {
    try {
      await call('leaves.return', { id: leaveId, returnedOn: today });
    } catch (err) {
      flashError(err);
    }
  };

  return (
    <>
      {data.signals.length > 0 ? (
        <p className="signal-tags">
          {data.signals.map((s) => (
            <span key={s.reason} className={`signal-tag signal-${s.reason}`}>
              {signalLabel(t, fmt, s)}
            </span>
          ))}
        </p>
      ) : null}
      {data.placements.length > 0 ? (
        <ol className="placements" aria-label={t('stabilisation.person.placements')}>
          {data.placements.map((p) => (
            <li key={`${p.from}-${p.enterpriseId ?? ''}`}>
              <strong>{p.enterpriseName ?? '—'}</strong> {p.post}{' '}
              <span className="muted">
                {fmt.date(p.from)} – {p.to ? fmt.date(p.to) : t('stabilisation.person.now')}
                {p.via === 'transfer' ? ` · ${t('stabilisation.person.viaTransfer')}` : ''}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      {open.length > 0 ? (
        <p className="schedule-line">
          {t('stabilisation.person.nextVisits')}
          {t('common.colon')}
          {open.map((s) => (
            <span key={`${s.kind}${s.due}`} className={`slot-chip slot-${s.status}`}>
              {slotLabel(t, s)} {fmt.date(s.due)} · {t(`stabilisation.slotStatus.${s.status}`)}
            </span>
          ))}
        </p>
      ) : null}
      {entries.length === 0 ? <p className="muted">{t('stabilisation.person.nothing')}</p> : null}
      <ol className="timeline service-timeline">
        {entries.map((e) => (
          <li key={e.key} className={e.voided ? 'timeline-item voided' : 'timeline-item'}>
            <span className="stage-dot" aria-hidden="true" />
            <div className="timeline-main">
              <div className="timeline-head">
                <time dateTime={e.date}>{fmt.date(e.date)}</time>
                <strong className="timeline-step">{e.kind}</strong>
              </div>
              <div className="timeline-note">{e.text}</div>
              {e.extra ? <div className="timeline-meta muted">{e.extra}</div> : null}
            </div>
            {e.caseId ? (
              <button
                type="button"
                className="small subtle"
                onClick={() => openDialog({ kind: 'case', id: e.caseId! })}
              >
                {t('stabilisation.actions.open')}
              </button>
            ) : null}
            {e.leaveId ? (
              <button type="button" className="small subtle" onClick={() => void markBack(e.leaveId!)}>
                {t('stabilisation.person.markBack')}
              </button>
            ) : null}
            {e.voidable ? (
              <button
                type="button"
                className="small subtle"
                onClick={() =>
                  openDialog({
                    kind: 'voidMove',
                    request: {
                      ...e.voidable!,
                      summary: `${fmt.date(e.date)} ${e.kind}${t('common.colon')}${e.text}`,
                    },
                  })
                }
              >
                {t('stabilisation.person.void')}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
