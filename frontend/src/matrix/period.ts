// Quarters as the API names them: `2026-Q4`.
import { formatQuarter } from '../i18n';

export function quarterOf(date: Date): string {
  return `${date.getFullYear()}-Q${Math.floor(date.getMonth() / 3) + 1}`;
}

/** The current quarter and the `count - 1` before it, newest first. */
export function recentQuarters(now: Date, count = 8): string[] {
  const quarters: string[] = [];
  let year = now.getFullYear();
  let quarter = Math.floor(now.getMonth() / 3) + 1;
  for (let i = 0; i < count; i++) {
    quarters.push(`${year}-Q${quarter}`);
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
  }
  return quarters;
}

export function isQuarter(value: string): boolean {
  return /^\d{4}-Q[1-4]$/.test(value);
}

/** "2026-Q4" reads as "Q4 2026" (as the page's language writes a quarter). */
export function quarterLabel(key: string): string {
  return formatQuarter(key);
}
