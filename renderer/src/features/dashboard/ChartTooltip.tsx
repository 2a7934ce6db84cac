interface TooltipItem {
  dataKey?: unknown;
  name?: unknown;
  value?: unknown;
  color?: string;
}

interface ChartTooltipProps {
  active?: boolean;
  payload?: readonly TooltipItem[];
  title: string;
  /** The series in the order to list them (the legend's: demand, on the job, then the pipeline in order). */
  order: readonly string[];
  format: (n: number) => string;
}

/**
 * A chart's hover box in the order of its legend, with dark text beside each colour swatch:
 * Recharts' own sorts the series by name and writes each name in its colour, unreadable for pale ones.
 */
export function ChartTooltip({ active, payload, title, order, format }: ChartTooltipProps) {
  if (!active || !payload || payload.length === 0) return null;
  const rank = (i: TooltipItem) => {
    const at = order.indexOf(String(i.dataKey));
    return at < 0 ? order.length : at;
  };
  const items = [...payload].sort((a, b) => rank(a) - rank(b));
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{title}</p>
      <table>
        <tbody>
          {items.map((i) => (
            <tr key={String(i.dataKey)}>
              <td>
                <span className="chart-tooltip-swatch" style={{ background: i.color }} aria-hidden="true" />
                {String(i.name)}
              </td>
              <td className="num">{format(Number(i.value))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
