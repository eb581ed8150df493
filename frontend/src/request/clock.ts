// The service target clocks of an internal request in words. Time remaining is counted from the server's
// `now` (RequestView.now), never from the browser's clock, which may be off by hours.
import type { RequestView, ServiceClock } from '../api/types';

const HOUR = 3_600_000;

/** A span of time, rounded down so a deadline never reads later than it is: "45 min", "1 h 30 min", "12 h", "3 d 4 h". */
export function duration(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  if (minutes < 1) return 'less than a minute';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  // Minutes matter while a deadline is close; past ten hours they are noise.
  if (hours < 10) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  if (hours < 48) return `${hours} h`;
  return hours % 24 ? `${Math.floor(hours / 24)} d ${hours % 24} h` : `${Math.floor(hours / 24)} d`;
}

function time(iso: string | null): number | null {
  if (!iso) return null;
  const value = Date.parse(iso);
  return Number.isNaN(value) ? null : value;
}

/** "Resolution due in 5 h", "First response overdue by 2 h", "Resolution met in 3 h (target 8 h)". */
export function clockText(name: string, clock: ServiceClock, nowIso: string): string {
  const now = time(nowIso) ?? Date.now();
  const due = time(clock.dueAt);
  const done = time(clock.doneAt);
  const target = clock.targetHours === null ? '' : ` (target ${clock.targetHours} h)`;
  switch (clock.state) {
    case 'none':
      return `No ${name.toLowerCase()} target`;
    case 'running':
      return due === null ? `${name} due${target}` : `${name} due in ${duration(due - now)}`;
    case 'overdue':
      return due === null ? `${name} overdue${target}` : `${name} overdue by ${duration(now - due)}`;
    case 'met': {
      // The clock starts when the issue is created: the due time less the target.
      const started = due !== null && clock.targetHours !== null ? due - clock.targetHours * HOUR : null;
      return started !== null && done !== null ? `${name} met in ${duration(done - started)}${target}` : `${name} met${target}`;
    }
    case 'missed':
      return due !== null && done !== null ? `${name} missed by ${duration(done - due)}${target}` : `${name} missed${target}`;
  }
}

export const CLOCK_NAMES = { firstResponse: 'First response', resolution: 'Resolution' } as const;
export type ClockKey = keyof typeof CLOCK_NAMES;

/**
 * The one clock a narrow summary shows: an overdue one first, then a running one (first response before
 * resolution: it comes due first), then how the resolution (or else the first response) ended.
 */
export function headlineClock(service: RequestView['service']): ClockKey | null {
  for (const state of ['overdue', 'running'] as const) {
    if (service.firstResponse.state === state) return 'firstResponse';
    if (service.resolution.state === state) return 'resolution';
  }
  if (service.resolution.state !== 'none') return 'resolution';
  if (service.firstResponse.state !== 'none') return 'firstResponse';
  return null;
}

/** One line for the context panel: the headline clock, or that the agreement sets no target. */
export function serviceLine(view: Pick<RequestView, 'service' | 'now'>): string {
  const key = headlineClock(view.service);
  return key ? clockText(CLOCK_NAMES[key], view.service[key], view.now) : 'No service target';
}
