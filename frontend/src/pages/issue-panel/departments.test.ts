import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import { department, requestView } from '../../testing/fixtures';
import { type DepartmentActions, renderCorrectControl, renderDepartmentFacts } from './departments';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const departments = [department('sales', 'Sales'), department('finance', 'Finance'), department('it', 'IT')];

function actions(overrides: Partial<DepartmentActions> = {}): DepartmentActions {
  return { correct: vi.fn().mockResolvedValue(requestView()), departments: vi.fn().mockResolvedValue(departments), onLayout: vi.fn(), ...overrides };
}

async function opened(given: DepartmentActions, view = requestView(), changed = vi.fn()): Promise<HTMLElement> {
  const root = document.body.appendChild(renderCorrectControl(view, given, changed));
  root.querySelector<HTMLButtonElement>('#correct')!.click();
  await flush();
  return root;
}

const options = (root: HTMLElement, id: string) => Array.from(root.querySelectorAll(`#${id} option`), (o) => [o.getAttribute('value'), o.textContent]);

describe('Departments of a request', () => {
  afterEach(() => document.body.replaceChildren());

  it('says where each department came from', () => {
    const facts = renderDepartmentFacts(requestView({ providerSource: 'component', customerSource: 'reporter-groups', provider: null }));

    expect(facts.querySelector('[data-source=reporter-groups]')!.textContent).toContain('from the reporter’s groups');
    expect(facts.querySelector('[data-source=component]')!.textContent).toContain('from the issue’s component');
    expect(facts.textContent).toContain('Not known');
    expect(facts.textContent).toContain('Unassigned');
  });

  it('offers Automatic and the active departments by name, with the automatic choice preselected', async () => {
    const given = actions();
    const root = await opened(given);

    expect(given.departments).toHaveBeenCalledTimes(1);
    expect(options(root, 'correct-provider')).toEqual([['', 'Automatic'], ['finance', 'Finance'], ['it', 'IT'], ['sales', 'Sales']]);
    expect(options(root, 'correct-customer')).toEqual(options(root, 'correct-provider'));
    expect(root.querySelector<HTMLSelectElement>('#correct-provider')!.value).toBe('');
    expect(root.querySelector<HTMLSelectElement>('#correct-customer')!.value).toBe('');
  });

  it('preselects a corrected department, even one archived since', async () => {
    const view = requestView({ customerSource: 'corrected', customer: { id: 'old', name: 'Old Sales', archived: true } });
    const root = await opened(actions(), view);

    expect(root.querySelector<HTMLSelectElement>('#correct-customer')!.value).toBe('old');
    expect(options(root, 'correct-customer')).toContainEqual(['old', 'Old Sales (archived)']);
    expect(root.querySelector<HTMLSelectElement>('#correct-provider')!.value).toBe('');
  });

  it('sends Automatic as null and hands on the answer', async () => {
    const answer = requestView({ providerSource: 'corrected' });
    const correct = vi.fn().mockResolvedValue(answer);
    const changed = vi.fn();
    const root = await opened(actions({ correct }), requestView(), changed);
    root.querySelector<HTMLSelectElement>('#correct-provider')!.value = 'it';
    root.querySelector<HTMLButtonElement>('#correct-save')!.click();
    await flush();

    expect(correct).toHaveBeenCalledWith({ providerId: 'it', customerId: null });
    expect(changed).toHaveBeenCalledWith(answer, 'Departments saved.');
  });

  it('says clearly when the viewer may not correct (403), and shows a 400 at its picker', async () => {
    const correct = vi.fn().mockRejectedValueOnce(new ApiError(403, 'Forbidden')).mockRejectedValueOnce(new ApiError(400, 'A department cannot ask itself.', 'customerId'));
    const root = await opened(actions({ correct }));
    root.querySelector<HTMLButtonElement>('#correct-save')!.click();
    await flush();
    expect(root.querySelector('#correct-form [role=alert]')!.textContent).toBe('You may not correct the departments of this request. Nothing was saved.');

    root.querySelector<HTMLButtonElement>('#correct-save')!.click();
    await flush();
    const customer = root.querySelector('#correct-customer')!;
    expect(customer.getAttribute('aria-invalid')).toBe('true');
    expect(customer.nextElementSibling!.textContent).toBe('A department cannot ask itself.');
  });

  it('shows when the departments cannot be loaded and tries again on the next click', async () => {
    const load = vi.fn().mockRejectedValueOnce(new ApiError(503, 'Service Unavailable')).mockResolvedValueOnce(departments);
    const root = await opened(actions({ departments: load }));
    expect(root.querySelector('[role=alert]')!.textContent).toContain('Jira could not be reached just now.');
    expect(root.querySelector('#correct-form')).toBeNull();

    root.querySelector<HTMLButtonElement>('#correct')!.click();
    await flush();
    expect(root.querySelector('#correct-form')).not.toBeNull();
  });

  it('closes the form on Cancel', async () => {
    const root = await opened(actions());
    root.querySelector<HTMLButtonElement>('#correct-cancel')!.click();

    expect(root.querySelector('#correct-form')).toBeNull();
    expect(root.querySelector('#correct')!.getAttribute('aria-expanded')).toBe('false');
  });
});
