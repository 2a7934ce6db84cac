import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupplyItem } from '../../../../shared/domain/transport/trip';
import { call } from '../../api';
import { flashSuccess } from '../../shell/flash-store';
import { Modal } from '../../ui/Modal';
import { transportError } from './labels';

interface Draft {
  id: string | null;
  nameZh: string;
  nameEn: string;
  unit: string;
  archived: boolean;
}

const toDraft = (i: SupplyItem): Draft => ({
  id: i.id,
  nameZh: i.nameZh,
  nameEn: i.nameEn,
  unit: i.unit,
  archived: i.archived,
});

/** The configurable supplies list: rename, add, archive. Each row saves on its own. */
export function SuppliesDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [rows, setRows] = useState<Draft[]>([]);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    void call('supplies.list', { includeArchived: true }).then((items) => setRows(items.map(toDraft)));
  }, []);

  const update = (i: number, patch: Partial<Draft>) =>
    setRows((rs) => rs.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const save = async (i: number) => {
    const row = rows[i]!;
    setError(null);
    try {
      const saved = await call('supplies.save', row);
      update(i, toDraft(saved));
      flashSuccess('transport.supplies.savedMessage', { name: saved.nameZh });
    } catch (err) {
      setError(err);
    }
  };

  return (
    <Modal title={t('transport.supplies.title')} onClose={onClose} className="supplies-modal">
      <div className="modal-body">
        <p className="muted">{t('transport.supplies.hint')}</p>
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('transport.supplies.nameZh')}</th>
              <th>{t('transport.supplies.nameEn')}</th>
              <th>{t('transport.supplies.unit')}</th>
              <th>{t('transport.supplies.archived')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.id ?? `new-${i}`}>
                <td>
                  <input
                    aria-label={t('transport.supplies.nameZh')}
                    value={r.nameZh}
                    onChange={(e) => update(i, { nameZh: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={t('transport.supplies.nameEn')}
                    value={r.nameEn}
                    onChange={(e) => update(i, { nameEn: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={t('transport.supplies.unit')}
                    className="narrow"
                    value={r.unit}
                    onChange={(e) => update(i, { unit: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('transport.supplies.archived')}
                    checked={r.archived}
                    onChange={(e) => update(i, { archived: e.target.checked })}
                  />
                </td>
                <td>
                  <button type="button" className="small" onClick={() => void save(i)}>
                    {t('common.save')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <footer className="modal-footer">
        {error ? (
          <p className="form-error" role="alert">
            {transportError(error, i18n.language)}
          </p>
        ) : null}
        <button
          type="button"
          onClick={() =>
            setRows((rs) => [...rs, { id: null, nameZh: '', nameEn: '', unit: '', archived: false }])
          }
        >
          + {t('transport.supplies.add')}
        </button>
        <button type="button" className="primary" onClick={onClose}>
          {t('common.close')}
        </button>
      </footer>
    </Modal>
  );
}
