// A relationship's working calendar on the admin page: which calendar is in force, and (for administrators) a
// compact form to give the relationship its own. Service targets count its working hours from the first save on.
import type { CalendarRequest, CalendarView } from '../../api/types';
import { el } from '../../dom';
import { field, lines, submitting, textArea, textInput, valueOf } from '../../forms';
import { type MessageKey, t } from '../../i18n';

const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

const DAY_NAMES = new Map<string, MessageKey>([
  ['MONDAY', 'calendar.day.MONDAY'],
  ['TUESDAY', 'calendar.day.TUESDAY'],
  ['WEDNESDAY', 'calendar.day.WEDNESDAY'],
  ['THURSDAY', 'calendar.day.THURSDAY'],
  ['FRIDAY', 'calendar.day.FRIDAY'],
  ['SATURDAY', 'calendar.day.SATURDAY'],
  ['SUNDAY', 'calendar.day.SUNDAY'],
]);

/** "Mon", "Di": a day's short name in the page's language (an unknown one as the server wrote it). */
function dayName(day: string): string {
  const key = DAY_NAMES.get(day);
  return key ? t(key) : day;
}

const SOURCES: Record<CalendarView['source'], MessageKey> = {
  relationship: 'calendar.source.relationship',
  site: 'calendar.source.site',
  standard: 'calendar.source.standard',
};

/** What the form asks the server for: days as ticked, holidays and paused statuses one a line. */
export function calendarRequestOf(form: HTMLFormElement): CalendarRequest {
  return {
    timeZone: valueOf(form, 'timeZone'),
    workingDays: Array.from(form.querySelectorAll<HTMLInputElement>('input[name=workingDays]:checked')).map((box) => box.value),
    startsAt: valueOf(form, 'startsAt'),
    endsAt: valueOf(form, 'endsAt'),
    holidays: lines(valueOf(form, 'holidays')),
    pausedStatuses: lines(valueOf(form, 'pausedStatuses')),
  };
}

/**
 * The calendar in force and where it comes from; for an administrator a form that saves it as the relationship's
 * own (a refused field is marked where it is).
 */
export function renderCalendar(calendar: CalendarView, canEdit: boolean, save: (request: CalendarRequest) => Promise<CalendarView>): HTMLElement {
  const source = el('p', { class: 'muted', 'data-calendar-source': calendar.source }, t(SOURCES[calendar.source]));
  if (!canEdit) {
    const days = calendar.workingDays.map(dayName).join(', ');
    return el(
      'section',
      { class: 'calendar', 'aria-label': t('calendar.title') },
      el('h4', {}, t('calendar.title')),
      source,
      el('p', {}, `${days} · ${calendar.startsAt}–${calendar.endsAt} · ${calendar.timeZone}`),
      calendar.holidays.length > 0 ? el('p', {}, `${t('calendar.holidays')}: ${calendar.holidays.join(', ')}`) : null,
      calendar.pausedStatuses.length > 0 ? el('p', {}, t('calendar.paused-in', { statuses: calendar.pausedStatuses.join(', ') })) : null,
    );
  }
  const days = el(
    'fieldset',
    { class: 'calendar__days' },
    el('legend', {}, t('calendar.working-days')),
    ...DAYS.map((day) => {
      const box = el('input', { type: 'checkbox', name: 'workingDays', value: day });
      box.checked = calendar.workingDays.includes(day);
      return el('label', {}, box, ` ${dayName(day)}`);
    }),
  );
  const saved = el('p', { class: 'muted', role: 'status' });
  const form = el(
    'form',
    { class: 'form calendar', 'aria-label': t('calendar.title'), novalidate: '' },
    el('h4', {}, t('calendar.title')),
    source,
    el('p', { class: 'field__hint' }, t('calendar.intro')),
    field(t('calendar.time-zone'), textInput('timeZone', calendar.timeZone, { autocomplete: 'off', spellcheck: 'false' })),
    days,
    field(t('calendar.starts-at'), textInput('startsAt', calendar.startsAt, { type: 'time' })),
    field(t('calendar.ends-at'), textInput('endsAt', calendar.endsAt, { type: 'time' })),
    field(t('calendar.holidays'), textArea('holidays', calendar.holidays.join('\n'), 3)),
    field(t('calendar.paused-statuses'), textArea('pausedStatuses', calendar.pausedStatuses.join('\n'), 2, { spellcheck: 'false' }), t('calendar.paused-statuses-hint')),
    el('div', { class: 'buttons' }, el('button', { type: 'submit', class: 'button' }, t('calendar.save'))),
    saved,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    saved.textContent = '';
    void submitting(form, async () => {
      const result = await save(calendarRequestOf(form));
      source.textContent = t(SOURCES[result.source]);
      source.setAttribute('data-calendar-source', result.source);
      saved.textContent = t('calendar.saved');
    });
  });
  return form;
}
