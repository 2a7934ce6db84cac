import { addDays } from './forecast';

/** The Monday of the week holding an ISO date: offices count weeks Monday to Sunday. */
export function mondayOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((day + 6) % 7));
}

export function addWeeks(monday: string, weeks: number): string {
  return addDays(monday, weeks * 7);
}
