import { useTranslation } from 'react-i18next';
import type { Finding, FindingList } from '../../../../../shared/contract/supervision';
import { countyName } from '../../../data/labels';
import { useFormatters } from '../../../format';
import { classLabel, placeLabel } from '../labels';

/** The list's rows in the order findings were made (序号), as a rectification list is read and signed. */
const byDate = (a: Finding, b: Finding) =>
  a.foundOn.localeCompare(b.foundOn) || a.recordedAt.localeCompare(b.recordedAt);

function Progress({ f }: { f: Finding }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const latest = f.steps.filter((s) => s.step === 'progress').at(-1);
  return (
    <>
      <div className={f.overdueDays > 0 ? 'rl-state overdue' : 'rl-state'}>
        {t(`supervision.state.${f.state}`)}
        {f.overdueDays > 0 ? ` · ${t('supervision.print.overdue', { days: f.overdueDays })}` : ''}
      </div>
      {f.done ? <div>{f.done}</div> : null}
      {!f.done && latest ? <div>{t('supervision.print.latest', { note: latest.note })}</div> : null}
      {f.returnReason ? <div>{t('supervision.view.returnReason', { reason: f.returnReason })}</div> : null}
      {f.checkedBy ? (
        <div className="rl-small">{t('supervision.print.checkedBy', { name: f.checkedBy })}</div>
      ) : null}
      {f.closedOn ? (
        <div className="rl-small">{t('supervision.print.closedOn', { date: fmt.date(f.closedOn) })}</div>
      ) : null}
    </>
  );
}

/**
 * One county's rectification list (整改清单), A4 landscape: every finding with what must change,
 * who answers for it, by when and how far it has come; overdue ones marked; signature lines last.
 */
export function RectificationListDocument({ countyCode, list }: { countyCode: string; list: FindingList }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const county = countyName(countyCode, i18n.language);
  const rows = [...list.rows].sort(byDate);
  const open = rows.filter((f) => f.state !== 'closed').length;
  return (
    <article className={`rectification-list lang-${i18n.language === 'en' ? 'en' : 'zh'}`}>
      <h1 className="rl-title">{t('supervision.print.title', { county })}</h1>
      <p className="rl-subtitle">{t('supervision.print.asOf', { date: fmt.date(list.asOf) })}</p>
      <p className="rl-totals">
        {t('supervision.print.totals', {
          total: fmt.number(rows.length),
          open: fmt.number(open),
          overdue: fmt.number(rows.filter((f) => f.overdueDays > 0).length),
          closed: fmt.number(rows.length - open),
        })}
      </p>
      {rows.length === 0 ? (
        <p className="rl-empty">{t('supervision.print.none')}</p>
      ) : (
        <table className="rl-table">
          <thead>
            <tr>
              <th scope="col" className="w-no">
                {t('supervision.col.no')}
              </th>
              <th scope="col" className="w-found">
                {t('supervision.col.foundOn')}
              </th>
              <th scope="col" className="w-place">
                {t('supervision.col.place')}
              </th>
              <th scope="col" className="w-category">
                {t('supervision.col.category')}
              </th>
              <th scope="col">{t('supervision.col.problem')}</th>
              <th scope="col">{t('supervision.col.requirement')}</th>
              <th scope="col" className="w-responsible">
                {t('supervision.col.responsible')}
              </th>
              <th scope="col" className="w-deadline">
                {t('supervision.col.deadline')}
              </th>
              <th scope="col" className="w-progress">
                {t('supervision.col.done')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((f, i) => (
              <tr key={f.id} className={f.overdueDays > 0 ? 'overdue' : undefined}>
                <td className="num">{i + 1}</td>
                <td>
                  <div>{fmt.date(f.foundOn)}</div>
                  <div className="rl-small">{classLabel(t, f.classNo)}</div>
                </td>
                <td>{placeLabel(f)}</td>
                <td>{t(`supervision.category.${f.category}`)}</td>
                <td className="text">{f.problem}</td>
                <td className="text">{f.requirement}</td>
                <td>
                  <div>{f.responsibleUnit}</div>
                  <div>{f.responsiblePerson}</div>
                </td>
                <td>{f.deadline ? fmt.date(f.deadline) : t('supervision.print.deadlineOngoing')}</td>
                <td className="text">
                  <Progress f={f} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="rl-signatures">
        {(['signUnit', 'signLead', 'signSupervisor', 'signDate'] as const).map((key) => (
          <div key={key} className={key === 'signDate' ? 'rl-sign short' : 'rl-sign'}>
            <span>{t(`supervision.print.${key}`)}</span>
            <span className="line" />
          </div>
        ))}
      </div>
    </article>
  );
}
