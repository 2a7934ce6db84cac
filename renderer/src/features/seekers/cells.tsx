import type { CustomCellRendererProps } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import type { SeekerRow } from '../../../../shared/domain/seeker';
import { stageLabel } from '../../data/labels';
import { useSeekersStore } from './seekers-store';

type Props = CustomCellRendererProps<SeekerRow>;

/** The tick box lives in the store, not in AG Grid, so "all matching" can hold rows never loaded. */
export function SelectCell({ data }: Props) {
  const { t } = useTranslation();
  const id = data?.id ?? '';
  const checked = useSeekersStore((s) => s.selected.has(id));
  const toggle = useSeekersStore((s) => s.toggle);
  if (!data) return null;
  return (
    <span className="select-cell">
      <input
        type="checkbox"
        checked={checked}
        aria-label={t('seekers.selectPerson', { name: data.name })}
        onChange={(e) => toggle(data.id, e.target.checked)}
      />
    </span>
  );
}

export function StageCell({ data }: Props) {
  const { t } = useTranslation();
  if (!data) return null;
  const key = data.stable ? 'stable' : data.stage;
  return <span className={`stage-pill stage-${key}`}>{stageLabel(t, data)}</span>;
}

export function PreferenceCell({ data }: Props) {
  const { t } = useTranslation();
  if (!data) return null;
  return (
    <span className="pref-tags">
      {data.prefNearHome ? <span className="pref-tag pref-near">{t('seekers.pref.near_home')}</span> : null}
      {data.prefMothersLine ? (
        <span className="pref-tag pref-mothers">{t('seekers.pref.mothers_line')}</span>
      ) : null}
      {data.partnerId ? <span className="pref-tag pref-couple">{t('seekers.pref.couple')}</span> : null}
    </span>
  );
}
