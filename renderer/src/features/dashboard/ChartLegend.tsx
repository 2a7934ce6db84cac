export interface LegendItem {
  label: string;
  colour: string;
  /** A line's dash pattern (drawn as a short line), else a filled swatch. */
  dash?: string;
  line?: boolean;
}

/**
 * The charts' legend as plain HTML: Recharts' own measures itself and draws the chart twice,
 * which is most of a chart's cost here; this one also keeps dark, readable text beside pale swatches.
 */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((i) => (
        <li key={i.label}>
          <svg width="18" height="10" aria-hidden="true">
            {i.line || i.dash ? (
              <line
                x1="0"
                y1="5"
                x2="18"
                y2="5"
                stroke={i.colour}
                strokeWidth="2.5"
                strokeDasharray={i.dash}
              />
            ) : (
              <rect width="18" height="10" rx="2" fill={i.colour} />
            )}
          </svg>
          {i.label}
        </li>
      ))}
    </ul>
  );
}
