import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import type { RelationshipRequest } from '../../api/types';
import { admin, agreement, department, member, relationship } from '../../testing/fixtures';
import { chips, pick, settle, standInSite, user } from '../../testing/jira';
import { canConfirm, type RelationshipActions, renderRelationshipForm, renderRelationshipPanel, renderRelationships } from './relationships';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const users = [user('acc-mia', 'Mia Park'), user('acc-sam', 'Sam Ortiz'), user('acc-eve', 'Eve Stone')];
const departments = [department('marketing', 'Marketing'), department('sales', 'Sales'), department('gone', 'Gone', { archived: true })];

function actions(overrides: Partial<RelationshipActions> = {}): RelationshipActions {
  return {
    saveRelationship: vi.fn().mockResolvedValue(undefined),
    deleteRelationship: vi.fn().mockResolvedValue(undefined),
    openRelationship: vi.fn().mockResolvedValue(undefined),
    closeRelationship: vi.fn(),
    confirmAgreement: vi.fn().mockResolvedValue(undefined),
    ...overrides,
  };
}

function set(form: HTMLFormElement, name: string, value: string): void {
  (form.elements.namedItem(name) as HTMLInputElement).value = value;
}

describe('Relationships on the admin page', () => {
  afterEach(() => document.body.replaceChildren());

  it('picks provider and customer from the active departments', () => {
    const form = renderRelationshipForm(null, departments, vi.fn(), vi.fn());
    const options = Array.from(form.querySelectorAll('select[name=providerId] option'), (o) => o.textContent);

    expect(options).toEqual(['Choose a department', 'Marketing', 'Sales']);
    expect(form.querySelector('select[name=customerId]')).not.toBeNull();
  });

  it('sends the relationship with its agreement and the owners and sponsor chosen in its pickers', async () => {
    standInSite({ users });
    const onSave = vi.fn().mockResolvedValue(undefined);
    const form = document.body.appendChild(renderRelationshipForm(null, departments, onSave, vi.fn()));
    set(form, 'providerId', 'marketing');
    set(form, 'customerId', 'sales');
    await pick(form, 'providerOwnerAccountId', 'mia', 'Mia Park');
    await pick(form, 'executiveSponsorAccountId', 'st', 'Eve Stone');
    set(form, 'agreement.deliverables', 'Qualified leads\n\nMonthly campaign plan');
    set(form, 'agreement.expectations', 'Budget known');
    set(form, 'agreement.checklist', ' Budget named \n\nDecision maker named');
    set(form, 'agreement.customerGivesBack', 'Feedback');
    set(form, 'agreement.serviceTarget.firstResponseHours', '4');
    form.requestSubmit();
    await flush();

    expect(onSave).toHaveBeenCalledWith({
      providerId: 'marketing',
      customerId: 'sales',
      providerOwnerAccountId: 'acc-mia',
      customerOwnerAccountId: null,
      executiveSponsorAccountId: 'acc-eve',
      agreement: {
        deliverables: ['Qualified leads', 'Monthly campaign plan'],
        expectations: 'Budget known',
        checklist: ['Budget named', 'Decision maker named'],
        customerGivesBack: 'Feedback',
        serviceTarget: { firstResponseHours: 4, resolutionHours: null },
      },
    });
  });

  it('edits the checklist one item per line, starting from the agreement’s, and shows a 400 at it', async () => {
    const onSave = vi.fn().mockRejectedValue(new ApiError(400, 'agreement.checklist[1]: a checklist item must not be blank', 'agreement.checklist[1]'));
    const current = relationship({ agreed: agreement(1, { checklist: ['Budget named', 'Deadline given'] }) });
    const form = document.body.appendChild(renderRelationshipForm(current, departments, onSave, vi.fn()));
    const checklist = form.elements.namedItem('agreement.checklist') as HTMLTextAreaElement;
    expect(checklist.value).toBe('Budget named\nDeadline given');
    expect(form.textContent).toContain('What a request must specify, one item per line');
    form.requestSubmit();
    await flush();

    expect((onSave.mock.calls[0]![0] as RelationshipRequest).agreement?.checklist).toEqual(['Budget named', 'Deadline given']);
    expect(checklist.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows a 400 at the named agreement field', async () => {
    const onSave = vi.fn().mockRejectedValue(new ApiError(400, 'Say what good looks like.', 'agreement.expectations'));
    const form = document.body.appendChild(renderRelationshipForm(relationship(), departments, onSave, vi.fn()));
    form.requestSubmit();
    await flush();

    const expectations = form.elements.namedItem('agreement.expectations') as HTMLTextAreaElement;
    expect(expectations.getAttribute('aria-invalid')).toBe('true');
    expect(expectations.nextElementSibling!.textContent).toBe('Say what good looks like.');
    expect(form.querySelector('[role=alert]')!.textContent).toBe('Say what good looks like.');
  });

  it('maps a field named after the department to its picker', async () => {
    const onSave = vi.fn().mockRejectedValue(new ApiError(400, 'A department cannot serve itself.', 'customer'));
    const form = document.body.appendChild(renderRelationshipForm(relationship(), departments, onSave, vi.fn()));
    form.requestSubmit();
    await flush();

    expect((form.elements.namedItem('customerId') as HTMLElement).getAttribute('aria-invalid')).toBe('true');
  });

  it('opens an edit with its owners and sponsor by name, and keeps them when the server refuses the save', async () => {
    standInSite({ users });
    const onSave = vi.fn().mockRejectedValue(new ApiError(400, 'The sponsor must not own a side.', 'executiveSponsorAccountId'));
    const form = document.body.appendChild(renderRelationshipForm(relationship(), departments, onSave, vi.fn()));
    await settle();
    expect(chips(form, 'providerOwnerAccountId')).toEqual(['Mia Park']);
    expect(chips(form, 'customerOwnerAccountId')).toEqual(['Sam Ortiz']);
    expect(chips(form, 'executiveSponsorAccountId')).toEqual(['Eve Stone']);

    await pick(form, 'customerOwnerAccountId', 'eve', 'Eve Stone');
    form.requestSubmit();
    await flush();

    expect(onSave.mock.calls[0]![0]).toMatchObject({ providerOwnerAccountId: 'acc-mia', customerOwnerAccountId: 'acc-eve', executiveSponsorAccountId: 'acc-eve' });
    expect(form.querySelector('input[name=executiveSponsorAccountId]')!.getAttribute('aria-invalid')).toBe('true');
    expect(chips(form, 'customerOwnerAccountId')).toEqual(['Eve Stone']);
    expect(chips(form, 'executiveSponsorAccountId')).toEqual(['Eve Stone']);
    expect(form.textContent).not.toContain('acc-');
  });

  it('prefills an edit from the newest draft', () => {
    const draft = agreement(2, { status: 'draft', expectations: 'Newer terms' });
    const form = renderRelationshipForm(relationship({ draft }), departments, vi.fn(), vi.fn());

    expect((form.elements.namedItem('agreement.expectations') as HTMLTextAreaElement).value).toBe('Newer terms');
    expect((form.elements.namedItem('providerId') as HTMLSelectElement).value).toBe('marketing');
  });

  it('lets an owner confirm the draft for their side, and only once', () => {
    const draft = agreement(2, { status: 'draft', providerConfirmedBy: 'acc-mia', customerConfirmedBy: null });
    const rel = relationship({ standing: 'agreed-draft-pending', draft, versions: [draft, agreement(1)] });

    expect(canConfirm(rel, draft, member)).toBe(true); // acc-sam owns the customer side
    expect(canConfirm(rel, draft, { accountId: 'acc-mia', administrator: false })).toBe(false); // already confirmed
    expect(canConfirm(rel, draft, admin)).toBe(false); // not an owner
    expect(canConfirm(rel, agreement(1), member)).toBe(false); // only drafts
  });

  it('offers no second confirmation to someone who owns both sides', () => {
    const draft = agreement(2, { status: 'draft', providerConfirmedBy: 'acc-sam', customerConfirmedBy: null });
    const both = relationship({ providerOwnerAccountId: 'acc-sam', customerOwnerAccountId: 'acc-sam', draft, versions: [draft] });

    expect(canConfirm(both, draft, member)).toBe(false); // the customer side needs someone else
  });

  it('shows the versions with a Confirm button that confirms the relationship', () => {
    const confirmAgreement = vi.fn().mockResolvedValue(undefined);
    const draft = agreement(2, { status: 'draft', providerConfirmedBy: null, customerConfirmedBy: null });
    const panel = renderRelationshipPanel(relationship({ draft, versions: [draft, agreement(1)] }), member, actions({ confirmAgreement }));

    expect(panel.querySelectorAll('.versions > li')).toHaveLength(2);
    const confirm = panel.querySelector('[data-version="2"] button')!;
    expect(confirm.textContent).toBe('Confirm');
    expect(panel.querySelector('[data-version="1"] button')).toBeNull();
    (confirm as HTMLButtonElement).click();
    expect(confirmAgreement).toHaveBeenCalledWith('rel-1');
  });

  it('shows why someone who is no owner cannot confirm', () => {
    const draft = agreement(2, { status: 'draft', providerConfirmedBy: null, customerConfirmedBy: null });
    const panel = renderRelationshipPanel(relationship({ draft, versions: [draft] }), admin, actions());

    expect(panel.querySelector('[data-version="2"] button')).toBeNull();
    expect(panel.textContent).toContain('only they can');
  });

  it('lists relationships read-only, owners and sponsor by name, with their agreement still reachable', async () => {
    standInSite({ users });
    const section = document.createElement('section');
    const openRelationship = vi.fn().mockResolvedValue(undefined);
    renderRelationships(section, { relationships: [relationship()], departments, me: member, opened: null }, false, actions({ openRelationship }));

    const buttons = Array.from(section.querySelectorAll('button'), (b) => b.textContent);
    expect(buttons).toEqual(['Agreement']);
    expect(section.querySelector('tbody th')!.textContent).toBe('Marketing → Sales');
    await settle();
    const cells = section.querySelectorAll('tbody td');
    expect(cells[1]!.textContent).toBe('Mia Park / Sam Ortiz');
    expect(cells[2]!.textContent).toBe('Eve Stone');
    section.querySelector('button')!.click();
    expect(openRelationship).toHaveBeenCalledWith('rel-1');
  });
});
