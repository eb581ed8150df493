import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import { department, departmentThanks, thanksItem } from '../../testing/fixtures';
import { useLocale } from '../../i18n';
import { chips, peopleCalls, pick, settle, standInSite, user } from '../../testing/jira';
import { type DepartmentActions, renderDepartmentForm, renderDepartments } from './departments';

const site = {
  users: [user('acc-mia', 'Mia Park'), user('acc-sam', 'Sam Ortiz'), user('acc-lee', 'Lee Chan'), user('acc-ann', 'Ann Berg')],
  groups: ['marketing-team', 'Marketing Leads', 'sales'],
  projects: [
    { id: 'MKT', label: 'Marketing (MKT)', avatarUrl: null },
    { id: 'ADS', label: 'Ads (ADS)', avatarUrl: null },
    { id: 'WEB', label: 'Website (WEB)', avatarUrl: null },
  ],
  components: { WEB: [{ id: '10042', label: 'Forms', avatarUrl: null }] },
};

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function actions(overrides: Partial<DepartmentActions> = {}): DepartmentActions {
  return {
    saveDepartment: vi.fn().mockResolvedValue(undefined),
    deleteDepartment: vi.fn().mockResolvedValue(undefined),
    thanksFor: vi.fn().mockResolvedValue(departmentThanks()),
    ...overrides,
  };
}

function fill(form: HTMLFormElement, name: string, value: string): void {
  (form.elements.namedItem(name) as HTMLInputElement).value = value;
}

describe('Departments on the admin page', () => {
  afterEach(() => document.body.replaceChildren());

  it('sends the form as a DepartmentRequest with the ids chosen in its pickers', async () => {
    standInSite(site);
    const onSave = vi.fn().mockResolvedValue(undefined);
    const form = document.body.appendChild(renderDepartmentForm(null, onSave, vi.fn()));
    fill(form, 'name', ' Marketing ');
    fill(form, 'description', 'Brings in leads');
    await pick(form, 'leadAccountId', 'mi', 'Mia Park');
    await pick(form, 'projects', 'mark', 'Marketing (MKT)');
    await pick(form, 'projects', 'ad', 'Ads (ADS)');
    await pick(form, 'componentProject', 'web', 'Website (WEB)');
    await pick(form, 'components', 'for', 'Forms');
    await pick(form, 'groups', 'team', 'marketing-team');
    await pick(form, 'groups', 'lead', 'Marketing Leads');
    form.requestSubmit();
    await flush();

    expect(onSave).toHaveBeenCalledWith({
      name: 'Marketing',
      description: 'Brings in leads',
      leadAccountId: 'acc-mia',
      projects: [
        { projectKey: 'MKT', componentId: null },
        { projectKey: 'ADS', componentId: null },
        { projectKey: 'WEB', componentId: '10042' },
      ],
      groups: ['marketing-team', 'Marketing Leads'],
    });
    expect(chips(form, 'components')).toEqual(['WEB · Forms']);
  });

  it('keeps the chosen people and projects, by name, when the server refuses the save', async () => {
    standInSite(site);
    const onSave = vi.fn().mockRejectedValue(new ApiError(400, 'Mia Park leads another department.', 'leadAccountId'));
    const form = document.body.appendChild(renderDepartmentForm(null, onSave, vi.fn()));
    fill(form, 'name', 'Marketing');
    await pick(form, 'leadAccountId', 'mi', 'Mia Park');
    await pick(form, 'projects', 'mark', 'Marketing (MKT)');
    form.requestSubmit();
    await flush();

    const lead = form.querySelector<HTMLInputElement>('input[name=leadAccountId]')!;
    expect(lead.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(lead);
    expect(chips(form, 'leadAccountId')).toEqual(['Mia Park']);
    expect(chips(form, 'projects')).toEqual(['Marketing (MKT)']);
    expect((form.elements.namedItem('name') as HTMLInputElement).value).toBe('Marketing');
  });

  it('opens an edit with its lead, projects, components and groups chosen, named, never as ids', async () => {
    standInSite(site);
    const form = document.body.appendChild(
      renderDepartmentForm(
        department('m', 'Marketing', { leadAccountId: 'acc-mia', projects: [{ projectKey: 'MKT', componentId: null }, { projectKey: 'WEB', componentId: '10042' }], groups: ['marketing-team'] }),
        vi.fn(),
        vi.fn(),
      ),
    );
    await settle();

    expect(chips(form, 'leadAccountId')).toEqual(['Mia Park']);
    expect(chips(form, 'projects')).toEqual(['Marketing (MKT)']);
    expect(chips(form, 'componentProject')).toEqual(['Website (WEB)']);
    expect(chips(form, 'components')).toEqual(['WEB · Forms']);
    expect(chips(form, 'groups')).toEqual(['marketing-team']);
    expect(form.textContent).not.toContain('acc-mia');
  });

  it('speaks German', async () => {
    await useLocale('de-DE');
    const form = renderDepartmentForm(null, vi.fn(), vi.fn());
    await useLocale('en-US');

    expect(form.querySelector('h3')!.textContent).toBe('Neue Abteilung');
    expect(Array.from(form.querySelectorAll('label'), (l) => l.textContent)).toContain('Leitung');
  });

  it('shows a 400 message at the field the server named', async () => {
    const onSave = vi.fn().mockRejectedValue(new ApiError(400, 'A department called Sales exists already.', 'name'));
    const form = document.body.appendChild(renderDepartmentForm(null, onSave, vi.fn()));
    fill(form, 'name', 'Sales');
    form.requestSubmit();
    await flush();

    const name = form.elements.namedItem('name') as HTMLInputElement;
    expect(form.querySelector('[role=alert]')!.textContent).toBe('A department called Sales exists already.');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(name.getAttribute('aria-describedby')!.split(' ').pop()!);
    expect(message!.textContent).toBe('A department called Sales exists already.');
    expect(document.activeElement).toBe(name);
    expect((form.elements.namedItem('description') as HTMLElement).hasAttribute('aria-invalid')).toBe(false);
  });

  it('highlights the projects picker for an error on one of its items', async () => {
    const onSave = vi.fn().mockRejectedValue(new ApiError(400, 'Project key "1X" is not a Jira project key.', 'projects[0].projectKey'));
    const form = document.body.appendChild(renderDepartmentForm(null, onSave, vi.fn()));
    fill(form, 'name', 'IT');
    form.requestSubmit();
    await flush();

    expect(form.querySelector('input[role=combobox][name=projects]')!.getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses an empty name before asking the server', async () => {
    const onSave = vi.fn();
    const form = document.body.appendChild(renderDepartmentForm(null, onSave, vi.fn()));
    form.requestSubmit();
    await flush();

    expect(onSave).not.toHaveBeenCalled();
    expect((form.elements.namedItem('name') as HTMLElement).getAttribute('aria-invalid')).toBe('true');
  });

  it('lists departments with names as text, archived last, and asks before deleting', () => {
    const section = document.body.appendChild(document.createElement('section'));
    const deleteDepartment = vi.fn().mockResolvedValue(undefined);
    const list = [department('old', 'Archive team', { archived: true }), department('x', '<script>alert(1)</script>', { projects: [{ projectKey: 'IT', componentId: '7' }] })];
    renderDepartments(section, list, true, actions({ deleteDepartment }));

    expect(section.querySelector('script')).toBeNull();
    const rows = section.querySelectorAll('tbody tr');
    expect(rows[0]!.querySelector('th')!.textContent).toBe('<script>alert(1)</script>');
    expect(rows[0]!.textContent).toContain('IT/7');
    expect(rows[1]!.textContent).toContain('Archived');

    const remove = Array.from(rows[0]!.querySelectorAll('button')).find((b) => b.textContent === 'Delete')!;
    remove.click();
    expect(deleteDepartment).not.toHaveBeenCalled();
    expect(rows[0]!.textContent).toContain('archived instead');
    rows[0]!.querySelector<HTMLButtonElement>('.button--danger')!.click();
    expect(deleteDepartment).toHaveBeenCalledWith(list[1]);
  });

  it('lists each lead by name with an avatar, asking for all names in one call', async () => {
    const fetchMock = standInSite({ ...site, former: ['acc-gone'] });
    const section = document.body.appendChild(document.createElement('section'));
    renderDepartments(section, [department('a', 'A', { leadAccountId: 'acc-mia' }), department('b', 'B', { leadAccountId: 'acc-gone' }), department('c', 'C', { leadAccountId: 'acc-mia' })], false, actions());
    await settle();

    const leads = Array.from(section.querySelectorAll('tbody tr'), (row) => row.querySelectorAll('td')[0]!.textContent);
    expect(leads).toEqual(['Mia Park', 'Former user', 'Mia Park']);
    expect(section.querySelector('tbody tr td img')!.getAttribute('alt')).toBe('');
    expect(peopleCalls(fetchMock)).toEqual(['/api/people?accountId=acc-mia&accountId=acc-gone']);
    expect(section.textContent).not.toContain('acc-');
  });

  it('shows no buttons to change anything when read-only', () => {
    const section = document.createElement('section');
    renderDepartments(section, [department('s', 'Sales')], false, actions());

    expect(section.querySelectorAll('button:not([data-thanks-for])')).toHaveLength(0);
    expect(section.textContent).toContain('Sales');
  });

  it('opens a department’s thanks received on demand: the total and the latest five, as text', async () => {
    standInSite({ ...site, users: [...site.users] });
    const section = document.body.appendChild(document.createElement('section'));
    const thanksFor = vi.fn().mockResolvedValue(departmentThanks());
    renderDepartments(section, [department('fin', 'Finance')], false, actions({ thanksFor }));
    expect(thanksFor).not.toHaveBeenCalled();
    expect(Array.from(section.querySelectorAll('thead th'), (th) => th.textContent)).toContain('Thanks received');

    const toggle = section.querySelector<HTMLButtonElement>('[data-thanks-for=fin]')!;
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await flush();

    expect(thanksFor).toHaveBeenCalledWith('fin', 5);
    const panel = section.querySelector<HTMLElement>('[data-thanks=fin]')!;
    expect(panel.closest('tr')!.previousElementSibling!.getAttribute('data-department')).toBe('fin');
    expect(panel.querySelector('.thanks__total')!.textContent).toBe('Thanks received: 12 · the latest 2');
    const items = Array.from(panel.querySelectorAll('.thanks__item'), (li) => li.querySelector('.thanks__who')!.textContent);
    await settle();
    const names = Array.from(panel.querySelectorAll('.thanks__who'), (who) => who.textContent);
    expect(names).toEqual(['Sam Ortiz (Sales) thanked Ann Berg for FIN-7', 'Lee Chan thanked Ann Berg']);
    expect(items).toHaveLength(2);
    expect(panel.querySelector('.thanks__message')!.textContent).toBe('Paid before the quarter closed');

    toggle.click();
    expect(section.querySelector('[data-thanks=fin]')).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('says when a department received no thanks yet, or why they could not be loaded', async () => {
    const section = document.body.appendChild(document.createElement('section'));
    const thanksFor = vi.fn().mockResolvedValueOnce(departmentThanks({ total: 0, thanks: [] })).mockRejectedValueOnce(new ApiError(503, 'Service Unavailable'));
    renderDepartments(section, [department('a', 'A'), department('b', 'B')], true, actions({ thanksFor }));
    section.querySelector<HTMLButtonElement>('[data-thanks-for=a]')!.click();
    section.querySelector<HTMLButtonElement>('[data-thanks-for=b]')!.click();
    await flush();

    expect(section.querySelector('[data-thanks=a]')!.textContent).toBe('No thanks received yet.');
    expect(section.querySelector('[data-thanks=b] [role=alert]')!.textContent).toBe('The thanks could not be loaded: Service Unavailable');
    expect(section.querySelector('[data-thanks=a]')!.closest('td')!.getAttribute('colspan')).toBe('7');
  });

  it('renders thanks messages, names and issue keys with markup as text', async () => {
    const markup = '<img src=x onerror=alert(1)>';
    const section = document.body.appendChild(document.createElement('section'));
    const thanks = departmentThanks({ total: 1, thanks: [thanksItem({ from: markup, fromDepartment: { id: 'x', name: markup, archived: false }, issueKey: markup, message: markup })] });
    renderDepartments(section, [department('a', 'A')], false, actions({ thanksFor: vi.fn().mockResolvedValue(thanks) }));
    section.querySelector<HTMLButtonElement>('[data-thanks-for=a]')!.click();
    await flush();

    expect(section.querySelector('img')).toBeNull();
    expect(section.querySelector('.thanks__message')!.textContent).toBe(markup);
    expect(section.querySelector('.thanks__who')!.textContent).toContain(markup);
  });
});
