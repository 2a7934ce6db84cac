import type { Column, GridApi } from 'ag-grid-community';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeekerRow } from '../../../../shared/domain/seeker';

/** Show or hide columns (AG Grid's own column chooser is an Enterprise feature). */
export function ColumnsMenu({ api }: { api: GridApi<SeekerRow> | null }) {
  const { t } = useTranslation();
  const [columns, setColumns] = useState<Column[]>([]);
  const [, setTick] = useState(0);
  const menuRef = useRef<HTMLDetailsElement>(null);

  // A <details> menu stays open until its summary is clicked again; a click elsewhere closes it too.
  useEffect(() => {
    const onPointerDown = (e: PointerEvent) => {
      const menu = menuRef.current;
      if (menu?.open && e.target instanceof Node && !menu.contains(e.target)) menu.open = false;
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, []);

  useEffect(() => {
    if (!api) return;
    const refresh = () => {
      setColumns(api.getAllGridColumns().filter((c) => c.getColId() !== 'select'));
      setTick((n) => n + 1);
    };
    refresh();
    api.addEventListener('columnVisible', refresh);
    api.addEventListener('columnMoved', refresh);
    api.addEventListener('displayedColumnsChanged', refresh);
    return () => {
      if (api.isDestroyed()) return;
      api.removeEventListener('columnVisible', refresh);
      api.removeEventListener('columnMoved', refresh);
      api.removeEventListener('displayedColumnsChanged', refresh);
    };
  }, [api]);

  return (
    <details className="menu" ref={menuRef}>
      <summary className="menu-button">{t('seekers.columns')}</summary>
      <div className="menu-panel" role="group" aria-label={t('seekers.columns')}>
        {columns.map((c) => (
          <label key={c.getColId()} className="checkbox">
            <input
              type="checkbox"
              checked={c.isVisible()}
              onChange={(e) => api?.setColumnsVisible([c], e.target.checked)}
            />
            {c.getColDef().headerName}
          </label>
        ))}
        <button type="button" className="small subtle" onClick={() => api?.resetColumnState()}>
          {t('seekers.resetColumns')}
        </button>
      </div>
    </details>
  );
}
