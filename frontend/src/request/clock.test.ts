import { describe, expect, it } from 'vitest';
import { useLocale } from '../i18n';
import { clock, NOW } from '../testing/fixtures';
import { clockText, duration, headlineClock, serviceLine } from './clock';

const HOUR = 3_600_000;
const MINUTE = 60_000;

describe('Service target clocks', () => {
  it('says spans in minutes, hours with minutes while close, then hours, then days', () => {
    expect(duration(30 * 1000)).toBe('less than a minute');
    expect(duration(45 * MINUTE)).toBe('45 min');
    expect(duration(5 * HOUR)).toBe('5 h');
    expect(duration(90 * MINUTE)).toBe('1 h 30 min');
    expect(duration(12 * HOUR + 59 * MINUTE)).toBe('12 h');
    expect(duration(50 * HOUR)).toBe('2 d 2 h');
    expect(duration(72 * HOUR)).toBe('3 d');
    expect(duration(-2 * HOUR)).toBe('2 h');
  });

  it('rounds down, so a deadline never reads later than it is', () => {
    expect(duration(4 * HOUR + 59 * MINUTE + 59_000)).toBe('4 h 59 min');
    expect(duration(59 * MINUTE + 59_000)).toBe('59 min');
  });

  it('counts time remaining from the server’s now, not the browser’s clock', () => {
    const running = clock({ targetHours: 8, dueAt: '2026-11-23T15:00:00Z', state: 'running' });
    expect(clockText('resolution', running, NOW)).toBe('Resolution due in 5 h');
    expect(clockText('resolution', running, '2026-11-23T14:15:00Z')).toBe('Resolution due in 45 min');
  });

  it('says how long a request is overdue', () => {
    const overdue = clock({ targetHours: 4, dueAt: '2026-11-23T08:00:00Z', state: 'overdue' });
    expect(clockText('firstResponse', overdue, NOW)).toBe('First response overdue by 2 h');
  });

  it('says how long a met or missed target took, against the target', () => {
    // Created 07:00 (due 15:00 less 8 h), resolved 10:00.
    const met = clock({ targetHours: 8, dueAt: '2026-11-23T15:00:00Z', doneAt: '2026-11-23T10:00:00Z', state: 'met' });
    expect(clockText('resolution', met, NOW)).toBe('Resolution met in 3 h (target 8 h)');
    const missed = clock({ targetHours: 4, dueAt: '2026-11-22T12:00:00Z', doneAt: '2026-11-22T13:30:00Z', state: 'missed' });
    expect(clockText('firstResponse', missed, NOW)).toBe('First response missed by 1 h 30 min (target 4 h)');
  });

  it('says when a clock counts the relationship’s working hours, and never times it by the wall clock', () => {
    // Created Friday 16:00, due Tuesday 16:00 after a weekend and a holiday: 8 working hours, 96 on the wall.
    const running = clock({ targetHours: 8, dueAt: '2026-11-24T16:00:00Z', state: 'running', workingHours: true });
    expect(clockText('firstResponse', running, NOW)).toBe('First response due in 30 h (counted in working hours)');
    const met = clock({ targetHours: 8, dueAt: '2026-11-24T16:00:00Z', doneAt: '2026-11-23T09:00:00Z', state: 'met', workingHours: true });
    expect(clockText('firstResponse', met, NOW)).toBe('First response met (target 8 h in working hours)');
    const overdue = clock({ targetHours: 4, dueAt: '2026-11-23T08:00:00Z', state: 'overdue', workingHours: true });
    expect(clockText('resolution', overdue, NOW)).toBe('Resolution overdue by 2 h (counted in working hours)');
    const paused = clock({ targetHours: 72, dueAt: '2026-12-04T16:00:00Z', state: 'paused', workingHours: true });
    expect(clockText('resolution', paused, NOW)).toBe('Resolution paused: the request waits for its customer (counted in working hours)');
    const metAgain = clock({ targetHours: 4, dueAt: '2026-11-23T08:00:00Z', doneAt: '2026-11-23T06:00:00Z', state: 'met' });
    expect(headlineClock({ firstResponse: metAgain, resolution: paused })).toBe('resolution');
  });

  it('says when the agreement sets no target', () => {
    expect(clockText('firstResponse', clock(), NOW)).toBe('No first response target');
  });

  it('headlines an overdue clock, then a running one, then how the resolution ended', () => {
    const running = clock({ targetHours: 4, dueAt: '2026-11-23T12:00:00Z', state: 'running' });
    const overdue = clock({ targetHours: 4, dueAt: '2026-11-23T08:00:00Z', state: 'overdue' });
    const met = clock({ targetHours: 4, dueAt: '2026-11-23T08:00:00Z', doneAt: '2026-11-23T06:00:00Z', state: 'met' });

    expect(headlineClock({ firstResponse: running, resolution: overdue })).toBe('resolution');
    expect(headlineClock({ firstResponse: running, resolution: running })).toBe('firstResponse');
    expect(headlineClock({ firstResponse: met, resolution: running })).toBe('resolution');
    expect(headlineClock({ firstResponse: met, resolution: met })).toBe('resolution');
    expect(headlineClock({ firstResponse: met, resolution: clock() })).toBe('firstResponse');
    expect(headlineClock({ firstResponse: clock(), resolution: clock() })).toBeNull();
  });

  it('says durations and clocks in German', async () => {
    await useLocale('de-DE');
    try {
      expect(duration(50 * HOUR)).toBe('2 Tg. 2 Std.');
      expect(duration(90 * MINUTE)).toBe('1 Std. 30 Min.');
      const running = clock({ targetHours: 8, dueAt: '2026-11-23T15:00:00Z', state: 'running' });
      expect(clockText('resolution', running, NOW)).toBe('Lösung fällig in 5 Std.');
      const met = clock({ targetHours: 8, dueAt: '2026-11-23T15:00:00Z', doneAt: '2026-11-23T10:00:00Z', state: 'met' });
      expect(clockText('resolution', met, NOW)).toBe('Lösung im Ziel nach 3 Std. (Ziel 8 Std.)');
    } finally {
      await useLocale('en-US');
    }
  });

  it('makes one line for the context panel', () => {
    const service = { firstResponse: clock(), resolution: clock({ targetHours: 8, dueAt: '2026-11-23T08:00:00Z', state: 'overdue' as const }) };
    expect(serviceLine({ service, now: NOW })).toBe('Resolution overdue by 2 h');
    expect(serviceLine({ service: { firstResponse: clock(), resolution: clock() }, now: NOW })).toBe('No service target');
  });
});
