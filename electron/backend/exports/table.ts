/** How a column's cells are written: ID numbers and phones always as text, so Excel keeps every digit. */
export type ColumnKind = 'text' | 'number' | 'date' | 'id' | 'phone';

export interface TableColumn {
  header: string;
  kind: ColumnKind;
}

export type TableValue = string | number | null;

/** A sheet to write: a header row and rows of values. */
export interface Table {
  sheetName: string;
  columns: TableColumn[];
  rows: TableValue[][];
}

/** Display width of text in Excel's character units: CJK characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}

/** A sensible width per column: its widest cell among the header and the first rows, within bounds. */
export function columnWidths(table: Table, sample = 1000): number[] {
  return table.columns.map((c, i) => {
    let w = displayWidth(c.header);
    for (let r = 0; r < Math.min(sample, table.rows.length); r++) {
      const v = table.rows[r]![i];
      if (v !== null && v !== undefined) w = Math.max(w, displayWidth(String(v)));
    }
    return Math.min(60, Math.max(6, w + 2));
  });
}
