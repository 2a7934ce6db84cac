import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * The width of an element, read before the first paint and kept current as it resizes. Charts
 * drawn at this width appear with the rest of the page, where Recharts' ResponsiveContainer waits
 * for a resize observation and draws a frame later.
 */
export function useWidth<T extends HTMLElement>(shown = true): [RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    // `shown`: the element may mount later than its owner (e.g. after an empty state).
    if (!el) return;
    setWidth(Math.floor(el.getBoundingClientRect().width));
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [shown]);
  return [ref, width];
}
