import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../../../../shared/domain/transport/trip';

interface CandidateTableProps {
  rows: readonly Candidate[];
  selected: ReadonlySet<string>;
  allShown: boolean;
  onToggle: (id: string) => void;
  onToggleAll: () => void;
}

/** The seating dialog's list: who they are, where they are going, and their stage (others stand out by colour). */
export function CandidateTable({ rows, selected, allShown, onToggle, onToggleAll }: CandidateTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll candidates">
      <table className="data-table">
        <thead>
          <tr>
            <th>
              <input
                type="checkbox"
                aria-label={t('transport.add.selectAll')}
                checked={allShown}
                onChange={onToggleAll}
              />
            </th>
            <th>{t('transport.add.col.name')}</th>
            <th>{t('transport.add.col.gender')}</th>
            <th className="num">{t('transport.add.col.age')}</th>
            <th>{t('transport.add.col.idNumber')}</th>
            <th>{t('transport.add.col.town')}</th>
            <th>{t('transport.add.goingTo')}</th>
            <th>{t('transport.add.col.stage')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={selected.has(r.id) ? 'selected' : ''}>
              <td>
                <input
                  type="checkbox"
                  aria-label={r.name}
                  checked={selected.has(r.id)}
                  onChange={() => onToggle(r.id)}
                />
              </td>
              <td>
                {r.name}
                {r.partnerName ? <span className="couple-badge"> ♥ {r.partnerName}</span> : null}
              </td>
              <td>{t(`gender.${r.gender}`)}</td>
              <td className="num">{r.age}</td>
              <td className="mono">{r.idMasked}</td>
              <td>{[r.town, r.village].filter(Boolean).join(' ')}</td>
              <td>{r.goingToName ?? t('transport.add.any')}</td>
              <td>
                <span className={`stage-pill stage-${r.stage}`}>{t(`stage.${r.stage}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
