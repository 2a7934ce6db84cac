import { useTranslation } from 'react-i18next';
import type { ImportBatch } from '../../../../shared/contract/imports';
import { countyByCode } from '../../../../shared/domain/counties';
import { call } from '../../api';
import { useFormatters } from '../../format';
import { currentLanguage } from '../../i18n';
import { flashError, flashSuccess } from '../../shell/flash-store';
import { confirmAction } from '../../ui/confirm-store';
import { saveDownload } from '../../ui/download';
import { useImportsStore } from './imports-store';
import { UnmaskedProblemsButton } from './UnmaskedProblemsButton';

/** Every import: file, sheet, operator, time and counts; undo, and the problem rows again. */
export function BatchList() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const batches = useImportsStore((s) => s.batches);
  const busy = useImportsStore((s) => s.busy);
  const { loadBatches, setBusy } = useImportsStore.getState();
  const en = currentLanguage() === 'en';

  const undo = async (b: ImportBatch) => {
    const ok = await confirmAction({
      title: t('imports.undo.title', { file: b.fileName }),
      message: t('imports.undo.confirm', { count: b.imported }),
      confirmLabel: t('imports.undo.yes'),
      cancelLabel: t('imports.undo.no'),
      danger: true,
    });
    if (!ok) return;
    setBusy({ kind: 'undo', jobId: null });
    try {
      await call('imports.undo', { batchId: b.id });
      flashSuccess('imports.undo.done', { file: b.fileName });
    } catch (err) {
      flashError(err);
    } finally {
      setBusy(null);
      await loadBatches();
    }
  };

  const download = async (b: ImportBatch) => {
    try {
      saveDownload(await call('imports.problemRows', { batchId: b.id }));
    } catch (err) {
      flashError(err);
    }
  };

  return (
    <section className="import-batches" aria-labelledby="import-batches-title">
      <h2 id="import-batches-title">{t('imports.batches.title')}</h2>
      {batches.length === 0 ? (
        <p className="hint">{t('imports.batches.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="import-batches">
            <thead>
              <tr>
                <th>{t('imports.batches.time')}</th>
                <th>{t('imports.batches.file')}</th>
                <th>{t('imports.batches.sheet')}</th>
                <th>{t('imports.batches.kind')}</th>
                <th>{t('imports.county')}</th>
                <th>{t('imports.batches.operator')}</th>
                <th className="num">{t('imports.batches.rows')}</th>
                <th className="num">{t('imports.batches.imported')}</th>
                <th className="num">{t('imports.batches.rejected')}</th>
                <th className="num">{t('imports.batches.duplicates')}</th>
                <th>{t('imports.batches.status')}</th>
                <th>{t('imports.batches.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {batches.map((b) => {
                const county = b.countyCode ? countyByCode(b.countyCode) : undefined;
                return (
                  <tr key={b.id} className={b.status === 'undone' ? 'row-archived' : undefined}>
                    <td>{fmt.dateTimeShort(b.createdAt)}</td>
                    <td className="ellipsis" title={b.fileName}>
                      {b.fileName}
                    </td>
                    <td>{b.sheet}</td>
                    <td>{t(`imports.kind.${b.kind}`)}</td>
                    <td>{county ? (en ? county.nameEn : county.nameZh) : '—'}</td>
                    <td>{b.operator || '—'}</td>
                    <td className="num">{fmt.number(b.rows)}</td>
                    <td className="num">{fmt.number(b.imported)}</td>
                    <td className="num">{fmt.number(b.rejected)}</td>
                    <td className="num">{fmt.number(b.duplicates)}</td>
                    <td>
                      {b.status === 'undone' ? t('imports.batches.undone') : t('imports.batches.active')}
                    </td>
                    <td>
                      <div className="batch-actions">
                        {b.problemRows > 0 ? (
                          <button type="button" className="link-button" onClick={() => void download(b)}>
                            {t('imports.downloadProblems')}
                          </button>
                        ) : null}
                        {b.problemRows > 0 ? <UnmaskedProblemsButton source={{ batchId: b.id }} /> : null}
                        {b.status === 'active' ? (
                          <button
                            type="button"
                            className="link-button danger-text"
                            disabled={busy !== null}
                            onClick={() => void undo(b)}
                          >
                            {t('imports.undo.action')}
                          </button>
                        ) : null}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
