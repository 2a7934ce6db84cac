import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DiaryEntry, WeeklyDiary } from '../../../../../shared/contract/stabilisation';
import { useFormatters, type Formatters } from '../../../format';
import { countyName } from '../../../data/labels';
import { aidLabel, staffLabel } from '../labels';

function kindLabel(t: TFunction, e: DiaryEntry): string {
  if (e.kind === 'case_opened' && e.caseType) return t(`stabilisation.caseType.${e.caseType}`);
  return t(`stabilisation.print.kind.${e.kind}`);
}

/** The words of an entry in the reader's language; the recorded words themselves stay as written. */
function entryText(t: TFunction, fmt: Formatters, e: DiaryEntry): string {
  const withNote = (head: string) =>
    e.text ? t('stabilisation.print.withNote', { head, note: e.text }) : head;
  if (e.visit) {
    if (!e.visit.reached) return withNote(t('stabilisation.person.notReached'));
    return withNote(
      t('stabilisation.print.visitFound', {
        wellbeing: t(`stabilisation.wellbeing.${e.visit.wellbeing ?? 'good'}`),
        risk: t(`stabilisation.risk.${e.visit.risk ?? 'none'}`),
      }),
    );
  }
  if (e.period)
    return withNote(
      t('stabilisation.print.period', { from: fmt.date(e.period.start), to: fmt.date(e.period.end) }),
    );
  if (e.move) return withNote(t('stabilisation.print.move', { ...e.move }));
  return e.text;
}

function Totals({ d, fmt }: { d: WeeklyDiary; fmt: Formatters }) {
  const { t } = useTranslation();
  const x = d.totals;
  const n = (v: number) => fmt.number(v);
  return (
    <table className="diary-totals">
      <tbody>
        <tr>
          <th scope="row">{t('stabilisation.print.totals.cases')}</th>
          <td>
            {t('stabilisation.print.totals.casesValue', {
              opened: n(x.casesOpened),
              resolved: n(x.casesResolved),
              open: n(x.stillOpen),
            })}
          </td>
          <th scope="row">{t('stabilisation.print.totals.aid')}</th>
          <td>{t('stabilisation.print.totals.aidValue', { actions: n(x.actions), cash: n(x.cashYuan) })}</td>
        </tr>
        <tr>
          <th scope="row">{t('stabilisation.print.totals.visits')}</th>
          <td>
            {t('stabilisation.print.totals.visitsValue', { visits: n(x.visits), reached: n(x.reached) })}
          </td>
          <th scope="row">{t('stabilisation.print.totals.moves')}</th>
          <td>
            {t('stabilisation.print.totals.movesValue', {
              in: n(x.transfersIn),
              out: n(x.transfersOut),
              leaves: n(x.leaves),
            })}
          </td>
        </tr>
        <tr>
          <th scope="row">{t('stabilisation.print.totals.now')}</th>
          <td colSpan={3}>
            {t('stabilisation.print.totals.nowValue', { employed: n(d.employedNow), atRisk: n(d.atRisk) })}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** The printed weekly diary of one special class: A4 portrait, a day's entries together. */
export function WeeklyDiaryDocument({ diary }: { diary: WeeklyDiary }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const cls = diary.specialClass;
  const staff = cls.members.filter(
    (m) => m.startDate <= diary.weekEnd && (m.endDate === null || m.endDate >= diary.weekStart),
  );
  let lastDate = '';
  return (
    <article className={`weekly-diary lang-${i18n.language === 'en' ? 'en' : 'zh'}`}>
      <h1 className="diary-title">{t('stabilisation.print.title', { name: cls.name })}</h1>
      <p className="diary-subtitle">
        {t('stabilisation.print.week', { from: fmt.date(diary.weekStart), to: fmt.date(diary.weekEnd) })}
      </p>
      <table className="diary-header">
        <tbody>
          <tr>
            <th scope="row">{t('stabilisation.col.enterprise')}</th>
            <td>{cls.enterpriseName}</td>
          </tr>
          <tr>
            <th scope="row">{t('stabilisation.print.staff')}</th>
            <td>{staff.map((m) => staffLabel(t, i18n.language, m)).join('、') || '—'}</td>
          </tr>
        </tbody>
      </table>
      <Totals d={diary} fmt={fmt} />
      {diary.entries.length === 0 ? (
        <p className="diary-empty">{t('stabilisation.print.noEntries')}</p>
      ) : (
        <table className="diary-entries">
          <thead>
            <tr>
              <th scope="col" className="w-date">
                {t('stabilisation.print.col.date')}
              </th>
              <th scope="col" className="w-name">
                {t('stabilisation.print.col.name')}
              </th>
              <th scope="col" className="w-county">
                {t('stabilisation.print.col.county')}
              </th>
              <th scope="col" className="w-kind">
                {t('stabilisation.print.col.kind')}
              </th>
              <th scope="col">{t('stabilisation.print.col.text')}</th>
              <th scope="col" className="w-aid">
                {t('stabilisation.print.col.aid')}
              </th>
              <th scope="col" className="w-by">
                {t('stabilisation.print.col.by')}
              </th>
            </tr>
          </thead>
          <tbody>
            {diary.entries.map((e, i) => {
              const showDate = e.date !== lastDate;
              lastDate = e.date;
              return (
                <tr key={i} className={showDate ? 'day-start' : undefined}>
                  <td className="w-date">{showDate ? fmt.date(e.date) : ''}</td>
                  <td>{e.seekerName}</td>
                  <td>{countyName(e.countyCode, i18n.language)}</td>
                  <td>{kindLabel(t, e)}</td>
                  <td className="text">{entryText(t, fmt, e)}</td>
                  <td>{aidLabel(fmt, e.cashYuan, e.goods)}</td>
                  <td>{e.by}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="diary-signatures">
        <span>{t('stabilisation.print.signLead')}</span>
        <span className="line" />
        <span>{t('stabilisation.print.signDate')}</span>
        <span className="line short" />
      </div>
    </article>
  );
}
