import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useFormatters } from '../../format';
import { translateError } from '../../i18n';
import { useAppStore } from '../../shell/app-store';
import { flashError, flashSuccess } from '../../shell/flash-store';
import { confirmAction } from '../../ui/confirm-store';
import { useReloadingList } from './settings-data';

const listBackups = () => call('backups.list', {});
// Writes may rotate automatic backups, so any change can alter the list.
const always = () => true;

export function BackupsSection() {
  const { t } = useTranslation();
  const id = useId();
  const fmt = useFormatters();
  const refreshApp = useAppStore((s) => s.refresh);
  const backups = useReloadingList(listBackups, always);
  const [busy, setBusy] = useState<'backup' | 'restore' | null>(null);

  const backUp = async () => {
    setBusy('backup');
    try {
      const created = await call('backups.create', {});
      flashSuccess('settings.backupCreated', { name: created.name });
      await backups.reload();
    } catch (error) {
      flashError(error);
    } finally {
      setBusy(null);
    }
  };

  const restore = async (name: string) => {
    const ok = await confirmAction({
      message: t('settings.restoreConfirm', { name }),
      confirmLabel: t('settings.restore'),
      danger: true,
    });
    if (!ok) return;
    setBusy('restore');
    try {
      const result = await call('backups.restore', { name });
      // Everything on screen came from the old database; pages reload on the data.changed event too.
      await Promise.all([refreshApp(), backups.reload()]);
      flashSuccess('settings.restored', { name: result.restored, keptAside: result.keptAside });
    } catch (error) {
      flashError(error);
    } finally {
      setBusy(null);
    }
  };

  const list = [...(backups.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <section className="card settings-card" aria-labelledby={`${id}-title`}>
      <div className="section-head">
        <h2 id={`${id}-title`}>{t('settings.backups')}</h2>
        <button type="button" className="primary" disabled={busy !== null} onClick={() => void backUp()}>
          {busy === 'backup' ? t('settings.backingUp') : t('settings.backupNow')}
        </button>
      </div>
      {backups.error ? (
        <p className="inline-error" role="alert">
          {translateError(backups.error)}
        </p>
      ) : null}
      {busy === 'restore' ? <p role="status">{t('settings.restoring')}</p> : null}
      {backups.data && list.length === 0 ? <p className="muted">{t('settings.noBackups')}</p> : null}
      {list.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table" aria-labelledby={`${id}-title`}>
            <thead>
              <tr>
                <th scope="col">{t('settings.backupTime')}</th>
                <th scope="col">{t('settings.backupName')}</th>
                <th scope="col" className="num">
                  {t('settings.backupSize')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('settings.restore')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((b) => (
                <tr key={b.name}>
                  <td className="nowrap">{fmt.dateTime(b.createdAt)}</td>
                  <td className="path">{b.name}</td>
                  <td className="num nowrap">{fmt.bytes(b.size)}</td>
                  <td className="actions">
                    <button
                      type="button"
                      className="small"
                      disabled={busy !== null}
                      aria-label={`${t('settings.restore')} ${b.name}`}
                      onClick={() => void restore(b.name)}
                    >
                      {t('settings.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
