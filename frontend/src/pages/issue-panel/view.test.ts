import { afterEach, describe, expect, it, vi } from 'vitest';
import { agreement, askedViewer, check, clock, decision, department, issueSatisfaction, requestView } from '../../testing/fixtures';
import { createSatisfactionSection } from './satisfaction';
import { markReady, type PanelActions, renderPanel, renderPanelError } from './view';
import { namesArrive, stubPeople } from '../../testing/people';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function actions(overrides: Partial<PanelActions> = {}): PanelActions {
  return {
    decide: vi.fn().mockResolvedValue(requestView()),
    correct: vi.fn().mockResolvedValue(requestView()),
    departments: vi.fn().mockResolvedValue([department('finance', 'Finance'), department('sales', 'Sales')]),
    onLayout: vi.fn(),
    ...overrides,
  };
}

function panel(overrides: Parameters<typeof requestView>[0] = {}, given = actions(), settled = true): HTMLElement {
  const root = document.body.appendChild(document.createElement('main'));
  renderPanel(root, requestView(overrides), given, settled);
  return root;
}

describe('Issue panel', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows the whole picture of an internal request', async () => {
    stubPeople({ 'acc-sam': 'Sam Ortiz', 'acc-ann': 'Ann Berg', 'acc-lee': 'Lee Chan', 'acc-fin': 'Fin Olsen', 'acc-kim': 'Kim Wu' });
    const root = panel({
      customerSource: 'corrected',
      assigneeAccountId: 'acc-ann',
      relationship: { id: 'rel-fs', standing: 'agreed', agreement: agreement(2, { expectations: 'Invoices checked against the PO', customerGivesBack: 'The PO number', deliverables: ['Paid invoices', 'Monthly report'] }) },
    });

    expect(root.querySelector<HTMLElement>('.lozenge')!.dataset.outcome).toBe('awaiting');
    expect(root.querySelector('.request-head .request-pair')!.textContent).toBe('Sales → Finance');
    expect(root.querySelector('.facts')!.textContent).toContain('Sales · corrected by hand');
    expect(root.querySelector('.facts')!.textContent).toContain('Finance · from the issue’s project');
    await namesArrive();
    expect(root.querySelector('.facts')!.textContent).toContain('Sam Ortiz');
    expect(root.querySelector('.facts')!.textContent).toContain('Ann Berg');
    expect(root.querySelector('.facts')!.textContent).not.toContain('acc-');
    const terms = root.querySelector('.agreement')!;
    expect(terms.textContent).toContain('What good looks like');
    expect(terms.textContent).toContain('Invoices checked against the PO');
    expect(terms.textContent).toContain('What the customer gives back');
    expect(terms.textContent).toContain('The PO number');
    expect(Array.from(terms.querySelectorAll('.deliverables li'), (li) => li.textContent)).toEqual(['Paid invoices', 'Monthly report']);
    expect(root.querySelector('.agreement__pair')!.textContent).toContain('Finance → Sales (provider → customer)');
    expect(root.dataset.ready).toBe('true');
  });

  it('shows both service clocks with the time remaining from the server’s now', () => {
    const root = panel({
      service: {
        firstResponse: clock({ targetHours: 4, dueAt: '2026-11-23T12:00:00Z', doneAt: '2026-11-23T09:00:00Z', state: 'met' }),
        resolution: clock({ targetHours: 8, dueAt: '2026-11-23T15:00:00Z', state: 'running' }),
      },
    });
    const clocks = Array.from(root.querySelectorAll<HTMLElement>('.clock'), (li) => [li.dataset.clock, li.dataset.state, li.textContent]);

    expect(clocks).toEqual([
      ['firstResponse', 'met', 'First response met in 1 h (target 4 h)'],
      ['resolution', 'running', 'Resolution due in 5 h'],
    ]);
  });

  it('says when the departments have no relationship or nothing agreed yet', () => {
    expect(panel({ relationship: null }).textContent).toContain('These departments have no relationship yet');
    document.body.replaceChildren();
    const root = panel({ relationship: { id: 'r', standing: 'draft', agreement: null } });
    expect(root.textContent).toContain('Nothing agreed yet');
    expect(root.textContent).toContain('Draft, not agreed yet');
  });

  it('offers Accept, Decline and Correct to a viewer who may decide and correct', () => {
    const root = panel();

    expect(root.querySelector('#accept')).not.toBeNull();
    expect(root.querySelector('#decline')).not.toBeNull();
    expect(root.querySelector('#correct')).not.toBeNull();
  });

  it('offers no buttons to a viewer who may neither decide nor correct', () => {
    const root = panel({ viewer: { accountId: 'acc-x', canDecide: false, canCorrect: false }, history: [decision()], decision: decision() });

    expect(root.querySelector('#accept, #decline, #correct, button')).toBeNull();
    expect(root.querySelectorAll('#decision-history li')).toHaveLength(1);
  });

  it('offers Correct but not the decision to a viewer who may only correct', () => {
    const root = panel({ viewer: { accountId: 'acc-x', canDecide: false, canCorrect: true } });

    expect(root.querySelector('#accept, #decline')).toBeNull();
    expect(root.querySelector('#correct')).not.toBeNull();
    expect(root.textContent).toContain('The providing department decides');
  });

  it('shows only the explanation for an issue that is not an internal request', () => {
    const root = panel({ state: 'not-internal', explanation: 'Project HR is not mapped to a department.', viewer: { accountId: 'a', canDecide: true, canCorrect: false } });

    expect(root.querySelector<HTMLElement>('.lozenge')!.dataset.outcome).toBe('not-internal');
    expect(root.querySelector('.request-explanation')!.textContent).toBe('Project HR is not mapped to a department.');
    expect(root.querySelector('#accept, #decline, #correct, .clocks, .agreement, #decision-history')).toBeNull();
  });

  it('lets a viewer who may correct make an unmapped issue an internal request by choosing both departments', async () => {
    const correct = vi.fn().mockResolvedValue(requestView({ providerSource: 'corrected', customerSource: 'corrected' }));
    const root = panel({ state: 'not-internal', explanation: 'Not mapped.', provider: null, customer: null, providerSource: null, customerSource: null }, actions({ correct }));

    root.querySelector<HTMLButtonElement>('#correct')!.click();
    await flush();
    expect(root.querySelector('#correct-form')!.textContent).toContain('Choose both departments to make it an internal request');
    root.querySelector<HTMLSelectElement>('#correct-provider')!.value = 'finance';
    root.querySelector<HTMLSelectElement>('#correct-customer')!.value = 'sales';
    root.querySelector<HTMLButtonElement>('#correct-save')!.click();
    await flush();

    expect(correct).toHaveBeenCalledWith({ providerId: 'finance', customerId: 'sales' });
    expect(root.querySelector<HTMLElement>('.lozenge')!.dataset.outcome).toBe('awaiting');
    expect(root.querySelector('#accept')).not.toBeNull();
    expect(root.querySelector('.notice')!.textContent).toBe('Departments saved.');
  });

  it('does not offer Correct while it is still looking the issue up, nor for a deleted issue', () => {
    const lookingUp = panel({ state: 'looking-up', explanation: 'Looking this issue up.' }, actions(), false);
    expect(lookingUp.querySelector<HTMLElement>('.lozenge')!.dataset.outcome).toBe('looking-up');
    expect(lookingUp.querySelector('#correct')).toBeNull();
    expect(lookingUp.dataset.ready).toBe('looking-up');

    const settled = panel({ state: 'looking-up', explanation: 'The app has not seen this issue yet.' });
    expect(settled.querySelector('#correct')).not.toBeNull();
    expect(settled.dataset.ready).toBe('true');

    const deleted = panel({ state: 'deleted', explanation: 'This issue was deleted.' });
    expect(deleted.querySelector<HTMLElement>('.lozenge')!.dataset.outcome).toBe('deleted');
    expect(deleted.querySelector('#correct')).toBeNull();
    expect(deleted.textContent).toContain('This issue was deleted.');
  });

  it('renders again from the answer of Accept, with the new history', async () => {
    const accepted = decision({ outcome: 'accepted', byAccountId: 'acc-fin', at: '2026-11-23T10:00:00Z' });
    const earlier = decision({ outcome: 'declined', reason: 'no-capacity', reasonLabel: 'No capacity this period', at: '2026-11-22T10:00:00Z' });
    const decide = vi.fn().mockResolvedValue(requestView({ decision: accepted, history: [accepted, earlier] }));
    const onLayout = vi.fn();
    const root = panel({ decision: earlier, history: [earlier] }, actions({ decide, onLayout }));
    expect(root.querySelector<HTMLElement>('.lozenge')!.dataset.outcome).toBe('declined');

    root.querySelector<HTMLButtonElement>('#accept')!.click();
    expect(root.querySelector<HTMLButtonElement>('#accept')!.disabled).toBe(true);
    await flush();

    expect(decide).toHaveBeenCalledWith({ outcome: 'accepted', reason: null, note: null });
    expect(root.querySelector<HTMLElement>('.lozenge')!.dataset.outcome).toBe('accepted');
    const items = root.querySelectorAll<HTMLElement>('#decision-history li');
    expect(Array.from(items, (li) => li.dataset.decision)).toEqual(['accepted', 'declined']);
    expect(items[1]!.textContent).toContain('No capacity this period');
    expect(root.querySelector('.notice')!.textContent).toBe('Accepted.');
    expect(document.activeElement).toBe(root.querySelector('.notice'));
    expect(onLayout).toHaveBeenCalled();
    expect(root.dataset.ready).toBe('true');
  });

  it('renders markup in every text field as text', async () => {
    const markup = '<img src=x onerror=alert(1)>';
    stubPeople({ [markup]: markup });
    const note = decision({ outcome: 'declined', reason: 'other', reasonLabel: markup, note: markup, byAccountId: markup });
    const root = panel({
      customer: { id: 'c', name: markup, archived: false },
      reporterAccountId: markup,
      relationship: { id: 'r', standing: 'agreed', agreement: agreement(1, { expectations: markup, customerGivesBack: markup, deliverables: [markup] }) },
      decision: note,
      history: [note],
      declineReasons: [{ key: 'other', label: markup }],
    });
    root.querySelector<HTMLButtonElement>('#decline')!.click();
    await namesArrive();

    expect(root.querySelector('img:not(.avatar)')).toBeNull();
    expect(root.querySelector('.history__note')!.textContent).toBe(markup);
    expect(root.querySelector('.history__reason')!.textContent).toBe(markup);
    expect(root.querySelector('.history__who')!.textContent).toBe(`by ${markup}`);
    expect(root.querySelector('#decline-reason option[value=other]')!.textContent).toBe(markup);
    expect(root.querySelector('.request-pair')!.textContent).toBe(`${markup} → Finance`);
  });

  it('renders an explanation with markup as text', () => {
    const root = panel({ state: 'not-internal', explanation: '<script>alert(1)</script>' });

    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('.request-explanation')!.textContent).toBe('<script>alert(1)</script>');
  });

  it('places the satisfaction section after the decision, measured against the agreed expectations', () => {
    const satisfaction = createSatisfactionSection({ answer: vi.fn(), rateClarity: vi.fn(), thank: vi.fn(), askNow: vi.fn(), onLayout: vi.fn() });
    satisfaction.show(issueSatisfaction());
    const root = panel({ relationship: { id: 'r', standing: 'agreed', agreement: agreement(1, { expectations: 'Invoices checked against the PO' }) } }, actions({ satisfaction }));
    const sections = Array.from(root.querySelectorAll('section > h2'), (h) => h.textContent);

    expect(sections.slice(0, 2)).toEqual(['Decision', 'Satisfaction']);
    expect(root.querySelector('[data-section=satisfaction] .yardstick')!.textContent).toBe('What good looks like: Invoices checked against the PO');
    expect(root.querySelector('#satisfaction-state')).not.toBeNull();
    expect(root.dataset.ready).toBe('true');
  });

  it('is ready only once the satisfaction checks are shown too, or why they are not', () => {
    const satisfaction = createSatisfactionSection({ answer: vi.fn(), rateClarity: vi.fn(), thank: vi.fn(), askNow: vi.fn(), onLayout: vi.fn() });
    const root = panel({}, actions({ satisfaction }));
    expect(root.dataset.ready).toBe('loading');
    expect(root.querySelector('[data-section=satisfaction]')!.getAttribute('aria-busy')).toBe('true');

    satisfaction.fail('The satisfaction checks could not be loaded: Jira could not be reached just now. Try again in a moment.');
    markReady(root, true, satisfaction);
    expect(root.dataset.ready).toBe('true');
    expect(root.querySelector('[data-section=satisfaction] [role=alert]')).not.toBeNull();
    expect(root.querySelector('#accept')).not.toBeNull(); // the rest of the panel works on
  });

  it('keeps a rating being filled in when a decision renders the panel again', async () => {
    const satisfaction = createSatisfactionSection({ answer: vi.fn(), rateClarity: vi.fn(), thank: vi.fn(), askNow: vi.fn(), onLayout: vi.fn() });
    satisfaction.show(issueSatisfaction({ current: check({ you: askedViewer() }) }));
    const root = panel({}, actions({ satisfaction, decide: vi.fn().mockResolvedValue(requestView({ decision: decision() })) }));
    root.querySelector<HTMLInputElement>('#rating-4')!.click();
    root.querySelector<HTMLTextAreaElement>('#satisfaction-comment')!.value = 'Half written';

    root.querySelector<HTMLButtonElement>('#accept')!.click();
    await flush();

    expect(root.querySelector<HTMLElement>('.lozenge')!.dataset.outcome).toBe('accepted');
    expect(root.querySelector<HTMLInputElement>('#rating-4')!.checked).toBe(true);
    expect(root.querySelector<HTMLTextAreaElement>('#satisfaction-comment')!.value).toBe('Half written');
  });

  it('shows no satisfaction section for an issue that is not an internal request', () => {
    const satisfaction = createSatisfactionSection({ answer: vi.fn(), rateClarity: vi.fn(), thank: vi.fn(), askNow: vi.fn(), onLayout: vi.fn() });
    satisfaction.show(issueSatisfaction({ current: null }));
    const root = panel({ state: 'not-internal', explanation: 'Not mapped.' }, actions({ satisfaction }));

    expect(root.querySelector('[data-section=satisfaction]')).toBeNull();
    expect(root.dataset.ready).toBe('true');
  });

  it('shows a load error as an alert', () => {
    const root = document.createElement('main');
    renderPanelError(root, 'Jira could not be reached just now. Try again in a moment.');

    expect(root.querySelector('[role=alert]')!.textContent).toContain('could not be reached');
    expect(root.dataset.ready).toBe('error');
  });
});
