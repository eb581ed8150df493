// Months as the API names them (`2026-11`) and as people read them.
import { formatDate } from '../i18n';

/** The three months of a quarter (`2026-Q4` → 2026-10, 2026-11, 2026-12); none for anything else. */
export function monthsOf(quarter: string): string[] {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!match) return [];
  const first = (Number(match[2]) - 1) * 3 + 1;
  return [0, 1, 2].map((i) => `${match[1]}-${String(first + i).padStart(2, '0')}`);
}

/** "2026-11" reads "Nov 2026". */
export function monthLabel(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return formatDate(date, { month: 'short', year: 'numeric', timeZone: 'UTC' });
}
