/** Date arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone moves a day. */

const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromTime = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Eligibility asks the same few hundred dates of 100k people: remember the answers (bounded). */
function memo(fn: (date: string, n: number) => string): (date: string, n: number) => string {
  const cache = new Map<string, string>();
  return (date, n) => {
    const key = `${date}|${n}`;
    let v = cache.get(key);
    if (v === undefined) {
      if (cache.size > 20_000) cache.clear();
      v = fn(date, n);
      cache.set(key, v);
    }
    return v;
  };
}

export const addDays = memo((date, days) => fromTime(toTime(date) + days * 86_400_000));

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / 86_400_000);
}

/** The same day `months` later; the month's last day when it is shorter (31 Jan + 1 month = 28/29 Feb). */
export const addMonths = memo((date: string, months: number): string => {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromTime(Date.UTC(year, month, Math.min(d, last)));
});

/** The later of two dates. */
export const later = (a: string, b: string) => (a > b ? a : b);
