// The service target clocks of an internal request in words. Time remaining is counted from the server's
// `now` (RequestView.now), never from the browser's clock, which may be off by hours.
import type { RequestView, ServiceClock } from '../api/types';
import { t, texts } from '../i18n';

const HOUR = 3_600_000;

/** A span of time, rounded down so a deadline never reads later than it is: "45 min", "1 h 30 min", "12 h", "3 d 4 h". */
export function duration(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  if (minutes < 1) return t('duration.less-than-a-minute');
  const m = (count: number) => t('duration.minutes', { count });
  const h = (count: number) => t('duration.hours', { count });
  const d = (count: number) => t('duration.days', { count });
  if (minutes < 60) return m(minutes);
  const hours = Math.floor(minutes / 60);
  // Minutes matter while a deadline is close; past ten hours they are noise.
  if (hours < 10) return minutes % 60 ? `${h(hours)} ${m(minutes % 60)}` : h(hours);
  if (hours < 48) return h(hours);
  return hours % 24 ? `${d(Math.floor(hours / 24))} ${h(hours % 24)}` : d(Math.floor(hours / 24));
}

function time(iso: string | null): number | null {
  if (!iso) return null;
  const value = Date.parse(iso);
  return Number.isNaN(value) ? null : value;
}

export type ClockKey = 'firstResponse' | 'resolution';

/** The clocks' names ("First response", "Resolution"), in the page's language. */
export const CLOCK_NAMES: Record<ClockKey, string> = texts(['firstResponse', 'resolution'], (key) =>
  key === 'firstResponse' ? t('clock.first-response') : t('clock.resolution'),
);

/**
 * "Resolution due in 5 h", "First response overdue by 2 h", "Resolution met in 3 h (target 8 h)". A clock counted
 * in the relationship's working hours says so: "Resolution due in 3 d 4 h (counted in working hours)", "Resolution
 * met (target 8 h in working hours)" (how long it took in working time is the server's to count, not the wall clock's).
 */
export function clockText(key: ClockKey, clock: ServiceClock, nowIso: string): string {
  const name = CLOCK_NAMES[key];
  const now = time(nowIso) ?? Date.now();
  const due = time(clock.dueAt);
  const done = time(clock.doneAt);
  const working = clock.workingHours === true;
  const withTarget = (text: string) => {
    if (clock.targetHours === null) return text;
    const target = t('duration.hours', { count: clock.targetHours });
    return `${text} ${working ? t('clock.target-working', { time: target }) : t('clock.target', { time: target })}`;
  };
  const counted = (text: string) => (working ? `${text} ${t('clock.working-hours')}` : text);
  switch (clock.state) {
    case 'none':
      return key === 'firstResponse' ? t('clock.first-response.none') : t('clock.resolution.none');
    case 'running':
      return due === null ? withTarget(t('clock.due', { name })) : counted(t('clock.due-in', { name, time: duration(due - now) }));
    case 'paused':
      return counted(t('clock.paused', { name }));
    case 'overdue':
      return due === null ? withTarget(t('clock.overdue', { name })) : counted(t('clock.overdue-by', { name, time: duration(now - due) }));
    case 'met': {
      if (working) return withTarget(t('clock.met', { name }));
      // The clock starts when the issue is created: the due time less the target.
      const started = due !== null && clock.targetHours !== null ? due - clock.targetHours * HOUR : null;
      return withTarget(started !== null && done !== null ? t('clock.met-in', { name, time: duration(done - started) }) : t('clock.met', { name }));
    }
    case 'missed':
      return withTarget(due !== null && done !== null ? t('clock.missed-by', { name, time: duration(done - due) }) : t('clock.missed', { name }));
  }
}

/**
 * The one clock a narrow summary shows: an overdue one first, then a running one, then a paused one (first response before
 * resolution: it comes due first), then how the resolution (or else the first response) ended.
 */
export function headlineClock(service: RequestView['service']): ClockKey | null {
  for (const state of ['overdue', 'running', 'paused'] as const) {
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
  return key ? clockText(key, view.service[key], view.now) : t('clock.no-target');
}
