import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import type { CalendarView } from '../../api/types';
import { admin, member, relationship } from '../../testing/fixtures';
import { renderCalendar } from './calendar';
import { type RelationshipActions, renderRelationshipPanel } from './relationships';
import { type AdminActions, renderAdmin } from './view';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function calendar(overrides: Partial<CalendarView> = {}): CalendarView {
  return {
    timeZone: 'UTC',
    workingDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
    startsAt: '09:00',
    endsAt: '17:00',
    holidays: [],
    source: 'standard',
    since: null,
    pausedStatuses: [],
    ...overrides,
  };
}

function set(form: HTMLFormElement, name: string, value: string): void {
  (form.elements.namedItem(name) as HTMLInputElement).value = value;
}

describe('A relationship’s working calendar on the admin page', () => {
  afterEach(() => document.body.replaceChildren());

  it('lets an administrator give the relationship its own calendar, days ticked and holidays one a line', async () => {
    const save = vi.fn().mockResolvedValue(calendar({ source: 'relationship', timeZone: 'Europe/Berlin' }));
    const form = document.body.appendChild(renderCalendar(calendar(), true, save)) as HTMLFormElement;
    expect(form.querySelector('[data-calendar-source]')?.textContent).toContain('standard calendar (not yet in force');

    set(form, 'timeZone', 'Europe/Berlin');
    form.querySelector<HTMLInputElement>('input[name=workingDays][value=FRIDAY]')!.checked = false;
    form.querySelector<HTMLInputElement>('input[name=workingDays][value=SATURDAY]')!.checked = true;
    set(form, 'holidays', '2027-01-01\n\n 2027-12-24 ');
    set(form, 'pausedStatuses', 'Waiting for customer\n 10099 ');
    form.requestSubmit();
    await flush();

    expect(save).toHaveBeenCalledWith({
      timeZone: 'Europe/Berlin',
      workingDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'SATURDAY'],
      startsAt: '09:00',
      endsAt: '17:00',
      holidays: ['2027-01-01', '2027-12-24'],
      pausedStatuses: ['Waiting for customer', '10099'],
    });
    expect(form.querySelector('[data-calendar-source]')?.textContent).toBe("This relationship's own calendar");
    expect(form.querySelector('[role=status]')?.textContent).toBe('Calendar saved');
  });

  it('shows the statuses that pause the clock, to readers and in the form', () => {
    const paused = calendar({ source: 'site', pausedStatuses: ['Waiting for customer', 'Pending'] });
    const readOnly = document.body.appendChild(renderCalendar(paused, false, vi.fn()));
    expect(readOnly.textContent).toContain('The clock pauses in: Waiting for customer, Pending');
    const form = document.body.appendChild(renderCalendar(paused, true, vi.fn())) as HTMLFormElement;
    expect((form.elements.namedItem('pausedStatuses') as HTMLTextAreaElement).value).toBe('Waiting for customer\nPending');
  });

  it('marks the field the server refused', async () => {
    const save = vi.fn().mockRejectedValue(new ApiError(400, "timeZone: 'Mars/Olympus' is not a time zone", 'timeZone'));
    const form = document.body.appendChild(renderCalendar(calendar(), true, save)) as HTMLFormElement;
    set(form, 'timeZone', 'Mars/Olympus');
    form.requestSubmit();
    await flush();

    expect(form.querySelector('[role=alert]')?.textContent).toContain('is not a time zone');
    expect(form.querySelector('input[name=timeZone]')?.getAttribute('aria-invalid')).toBe('true');
    expect(form.querySelector('[role=status]')?.textContent).toBe('');
  });

  it('shows everyone else the calendar in force, without a form', () => {
    const view = renderCalendar(calendar({ source: 'site', timeZone: 'Europe/Berlin', holidays: ['2027-01-01'] }), false, vi.fn());
    expect(view.querySelector('form, input')).toBeNull();
    expect(view.textContent).toContain('The site\'s calendar');
    expect(view.textContent).toContain('Mon, Tue, Wed, Thu, Fri · 09:00–17:00 · Europe/Berlin');
    expect(view.textContent).toContain('2027-01-01');
  });

  it('is part of the relationship’s detail, editable by administrators only', async () => {
    const loadCalendar = vi.fn().mockResolvedValue(calendar({ source: 'relationship' }));
    const actions: RelationshipActions = {
      saveRelationship: vi.fn(),
      deleteRelationship: vi.fn(),
      openRelationship: vi.fn(),
      closeRelationship: vi.fn(),
      confirmAgreement: vi.fn(),
      loadCalendar,
      saveCalendar: vi.fn(),
    };
    const asAdmin = renderRelationshipPanel(relationship(), admin, actions);
    const asMember = renderRelationshipPanel(relationship(), member, actions);
    await flush();

    expect(loadCalendar).toHaveBeenCalledWith('rel-1');
    expect(asAdmin.querySelector('form.calendar input[name=timeZone]')).not.toBeNull();
    expect(asMember.querySelector('.calendar')?.textContent).toContain('Working calendar');
    expect(asMember.querySelector('.calendar input')).toBeNull();
  });

  it('sets the site’s default calendar on the admin page', async () => {
    const saveSiteCalendar = vi.fn().mockResolvedValue(calendar({ source: 'site', timeZone: 'Europe/Berlin' }));
    const actions: AdminActions = {
      saveDepartment: vi.fn(),
      deleteDepartment: vi.fn(),
      saveRelationship: vi.fn(),
      deleteRelationship: vi.fn(),
      openRelationship: vi.fn(),
      closeRelationship: vi.fn(),
      confirmAgreement: vi.fn(),
      thanksFor: vi.fn(),
      checkImport: vi.fn(),
      runImport: vi.fn(),
      exportCsv: vi.fn(),
      loadSiteCalendar: vi.fn().mockResolvedValue(calendar()),
      saveSiteCalendar,
    };
    const root = document.body.appendChild(document.createElement('div'));
    renderAdmin(root, { me: admin, departments: [], relationships: [], opened: null }, actions);
    await flush();

    const form = root.querySelector<HTMLFormElement>('[data-site-calendar] form')!;
    set(form, 'timeZone', 'Europe/Berlin');
    form.requestSubmit();
    await flush();
    expect(saveSiteCalendar).toHaveBeenCalledWith(expect.objectContaining({ timeZone: 'Europe/Berlin' }));
    expect(form.querySelector('[data-calendar-source]')?.textContent).toBe("The site's calendar");
  });
});
