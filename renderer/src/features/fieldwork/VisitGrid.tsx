import type { GetRowIdParams, RowDoubleClickedEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldVisitRow } from '../../../../shared/domain/fieldwork';
import { useFormatters } from '../../format';
import { gridLocaleText, gridTheme } from '../../ui/grid';
import { openFieldworkDialog } from './fieldwork-store';
import { visitColumns } from './visit-columns';

const getRowId = (p: GetRowIdParams<FieldVisitRow>) => p.data.id;
const defaultColDef = { sortable: true, resizable: true, filter: true };

/** The visits, newest first; a double click opens one. */
export function VisitGrid({ rows }: { rows: FieldVisitRow[] }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const columnDefs = useMemo(() => visitColumns(t, fmt, i18n.language), [t, fmt, i18n.language]);
  const localeText = useMemo(() => gridLocaleText(i18n.language, t('fieldwork.empty')), [i18n.language, t]);
  const onRowDoubleClicked = useCallback((e: RowDoubleClickedEvent<FieldVisitRow>) => {
    if (e.data) openFieldworkDialog({ kind: 'visit', id: e.data.id });
  }, []);
  return (
    <div className="grid-wrap visit-grid" data-testid="visit-grid">
      <AgGridReact<FieldVisitRow>
        key={i18n.language}
        theme={gridTheme}
        localeText={localeText}
        rowData={rows}
        columnDefs={columnDefs}
        defaultColDef={defaultColDef}
        getRowId={getRowId}
        onRowDoubleClicked={onRowDoubleClicked}
        enableCellTextSelection
        ensureDomOrder
        tooltipShowDelay={400}
      />
    </div>
  );
}
