import { useTranslation } from 'react-i18next';
import type { OverlapChoice, OverlapLine, PreviewOverlap } from '../../../../shared/contract/imports';
import { totalKeepingBoth } from '../../../../shared/domain/demand-overlap';
import { useFormatters } from '../../format';
import { useImportsStore } from './imports-store';

const NONE: PreviewOverlap[] = [];

/** The rows a commit writes besides the good ones: conflicting rows the user chose to keep or let replace. */
export function chosenOverlaps(
  overlaps: readonly PreviewOverlap[],
  choices: Record<number, OverlapChoice>,
): number {
  return overlaps.filter((o) => (choices[o.row] ?? 'skip') !== 'skip').length;
}

/**
 * A demand sheet's lines that overlap lines already kept for the same enterprise and post, each
 * beside the lines it overlaps, with what each choice makes of the post's demand. Skipped unless
 * the user chooses otherwise.
 */
export function OverlapPanel() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const overlaps = useImportsStore((s) => s.preview?.overlaps ?? NONE);
  const choices = useImportsStore((s) => s.overlapChoices);
  const choose = useImportsStore((s) => s.chooseOverlap);
  const busy = useImportsStore((s) => s.busy !== null);
  if (overlaps.length === 0) return null;
  const lineText = (l: OverlapLine) =>
    t('imports.overlaps.line', {
      start: fmt.date(l.periodStart),
      end: fmt.date(l.periodEnd),
      count: fmt.number(l.headcount),
    });
  return (
    <section
      className="import-overlaps"
      data-testid="import-overlaps"
      aria-labelledby="import-overlaps-title"
    >
      <h2 id="import-overlaps-title">{t('imports.overlaps.title')}</h2>
      <p className="import-banner">{t('imports.preview.conflicts', { count: overlaps.length })}</p>
      <table className="dash-table overlap-table">
        <thead>
          <tr>
            <th className="num">{t('imports.overlaps.row')}</th>
            <th>{t('imports.overlaps.enterprise')}</th>
            <th>{t('imports.overlaps.post')}</th>
            <th>{t('imports.overlaps.inFile')}</th>
            <th>{t('imports.overlaps.existing')}</th>
            <th>{t('imports.overlaps.choice')}</th>
          </tr>
        </thead>
        <tbody>
          {overlaps.map((o) => {
            const chosen = choices[o.row] ?? 'skip';
            const kept = o.existing.reduce((n, l) => n + l.headcount, 0);
            const options: [OverlapChoice, string][] = [
              [
                'replace',
                t('imports.overlaps.replace', { from: fmt.number(kept), to: fmt.number(o.line.headcount) }),
              ],
              [
                'keep_both',
                t('imports.overlaps.keepBoth', { total: fmt.number(totalKeepingBoth(o.line, o.existing)) }),
              ],
              ['skip', t('imports.overlaps.skip')],
            ];
            return (
              <tr key={o.row}>
                <td className="num">{o.row}</td>
                <td>{o.enterpriseName}</td>
                <td>{o.line.post}</td>
                <td>{lineText(o.line)}</td>
                <td>
                  {o.existing.map((l) => (
                    <div key={`${l.periodStart}-${l.periodEnd}-${l.headcount}`}>{lineText(l)}</div>
                  ))}
                </td>
                <td>
                  <div
                    role="radiogroup"
                    className="overlap-choices"
                    aria-label={t('imports.overlaps.choiceFor', { row: o.row, post: o.line.post })}
                  >
                    {options.map(([value, label]) => (
                      <label key={value}>
                        <input
                          type="radio"
                          name={`overlap-${o.row}`}
                          value={value}
                          checked={chosen === value}
                          disabled={busy}
                          onChange={() => choose(o.row, value)}
                        />
                        {label}
                      </label>
                    ))}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
