import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import type { Review } from '../../api/types';
import { customerMember, HOSTILE, measure, objective, review, siteAdmin } from '../../testing/review-fixtures';
import type { EditContext, ReviewActions } from './edit';
import { raiseForm } from './item-forms';
import { itemEditForm } from './item-forms';
import { measureForm, removeMeasureForm, valueForm } from './measure-forms';
import { linkForm, objectiveForm, removeObjectiveForm } from './objective-forms';
import { sponsorForm } from './sponsor-form';
import { thanksForm } from './thanks-form';
import { chips, pick, settle, standInSite, user } from '../../testing/jira';

const users = [user('acc-hana', 'Hana Ito'), user('acc-ivan', 'Ivan Petrov'), user('acc-ida', 'Ida Berg'), user('acc-igor', 'Igor Lind'), user('acc-ceo', 'Cleo Evans')];
const many = Array.from({ length: 11 }, (_, i) => user(`acc-${i}`, `Person ${String.fromCharCode(65 + i)}`));

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function actions(overrides: Partial<ReviewActions> = {}): ReviewActions {
  return {
    objectives: vi.fn().mockResolvedValue([]),
    createObjective: vi.fn().mockResolvedValue(objective()),
    linkObjectives: vi.fn().mockResolvedValue({}),
    createMeasure: vi.fn().mockResolvedValue(measure()),
    setMeasureValue: vi.fn().mockResolvedValue(measure()),
    clearMeasureValue: vi.fn().mockResolvedValue(measure()),
    deleteMeasure: vi.fn().mockResolvedValue(null),
    deleteObjective: vi.fn().mockResolvedValue(null),
    raiseItem: vi.fn().mockResolvedValue({}),
    updateItem: vi.fn().mockResolvedValue({}),
    appreciate: vi.fn().mockResolvedValue({}),
    saveSponsorNote: vi.fn().mockResolvedValue({}),
    ...overrides,
  };
}

function context(overrides: Partial<Review> = {}, calls: Partial<ReviewActions> = {}): EditContext & { changed: ReturnType<typeof vi.fn> } {
  return { review: review({ you: customerMember, ...overrides }), actions: actions(calls), changed: vi.fn().mockResolvedValue(undefined) };
}

function mount(panel: HTMLElement | null, section = 'items'): HTMLFormElement {
  expect(panel).not.toBeNull();
  const host = document.createElement('section');
  host.dataset.section = section;
  host.append(panel!);
  document.body.append(host);
  return panel!.querySelector('form')!;
}

function type(form: HTMLFormElement, selector: string, value: string): void {
  const control = form.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector)!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

const submit = (form: HTMLFormElement) => form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();

describe('Review edit forms', () => {
  afterEach(() => document.body.replaceChildren());

  it('raises an item for the viewer’s own side, with the button busy while saving, then re-reads the review', async () => {
    let finish: () => void = () => undefined;
    const raiseItem = vi.fn(() => new Promise<never>((resolve) => (finish = () => resolve(undefined as never))));
    standInSite({ users });
    const edit = context({}, { raiseItem });
    const form = mount(raiseForm(edit));

    expect(Array.from(form.querySelectorAll('#item-side option'), (o) => o.textContent)).toEqual(['Customer: HR']);
    type(form, '#item-kind', 'suggestion');
    type(form, '#item-text', 'Share the start list every Monday');
    await pick(form, 'ownerAccountId', 'han', 'Hana Ito');
    submit(form);
    expect(form.querySelector<HTMLButtonElement>('#item-save')!.disabled).toBe(true);
    finish();
    await flush();

    expect(raiseItem).toHaveBeenCalledWith({ relationshipId: 'rel-1', side: 'customer', kind: 'suggestion', text: 'Share the start list every Monday', ownerAccountId: 'acc-hana' });
    expect(edit.changed).toHaveBeenCalledWith('Raised.', 'items');
    expect(form.querySelector<HTMLButtonElement>('#item-save')!.disabled).toBe(false);
  });

  it('shows a 403’s message next to the form and keeps what was typed', async () => {
    const refusal = new ApiError(403, 'Only members of IT or HR raise items on IT → HR.');
    const edit = context({}, { raiseItem: vi.fn().mockRejectedValue(refusal) });
    const form = mount(raiseForm(edit));
    type(form, '#item-text', 'Laptops late again');
    submit(form);
    await flush();

    expect(form.querySelector('.form__alert [role=alert]')!.textContent).toBe('Only members of IT or HR raise items on IT → HR.');
    expect(form.querySelector<HTMLTextAreaElement>('#item-text')!.value).toBe('Laptops late again');
    expect(edit.changed).not.toHaveBeenCalled();
  });

  it('marks the field a 400 names, and checks an empty text before calling', async () => {
    const edit = context({}, { raiseItem: vi.fn().mockRejectedValue(new ApiError(400, 'The text can be at most 2000 characters.', 'text')) });
    const form = mount(raiseForm(edit));
    submit(form);
    await flush();
    expect(edit.actions.raiseItem).not.toHaveBeenCalled();
    expect(form.querySelector('#item-text')!.getAttribute('aria-invalid')).toBe('true');

    type(form, '#item-text', 'x');
    submit(form);
    await flush();
    expect(form.querySelector('.field__error')!.textContent).toBe('The text can be at most 2000 characters.');
  });

  it('updates an item’s status, owner and agreed action', async () => {
    standInSite({ users });
    const edit = context();
    const form = mount(itemEditForm(edit.review.items[0]!, edit));
    type(form, 'select[name=status]', 'agreed-action');
    await pick(form, 'ownerAccountId', 'iv', 'Ivan Petrov');
    type(form, 'textarea[name=action]', 'IT sets accounts up two days ahead');
    submit(form);
    await flush();

    expect(edit.actions.updateItem).toHaveBeenCalledWith('item-1', { status: 'agreed-action', ownerAccountId: 'acc-ivan', action: 'IT sets accounts up two days ahead' });
    expect(edit.changed).toHaveBeenCalledWith('Item updated.', 'items');
  });

  it('opens an item’s update with its owner by name, and keeps a new owner when the save is refused', async () => {
    standInSite({ users });
    const edit = context({}, { updateItem: vi.fn().mockRejectedValue(new ApiError(400, 'The owner must belong to IT or HR.', 'ownerAccountId')) });
    const item = { ...edit.review.items[0]!, ownerAccountId: 'acc-hana' };
    const form = mount(itemEditForm(item, edit));
    await settle();
    expect(chips(form, 'ownerAccountId')).toEqual(['Hana Ito']);

    await pick(form, 'ownerAccountId', 'ida', 'Ida Berg');
    submit(form);
    await flush();

    expect(edit.actions.updateItem).toHaveBeenCalledWith('item-1', expect.objectContaining({ ownerAccountId: 'acc-ida' }));
    expect(form.querySelector('input[name=ownerAccountId]')!.getAttribute('aria-invalid')).toBe('true');
    expect(chips(form, 'ownerAccountId')).toEqual(['Ida Berg']);
    expect(edit.changed).not.toHaveBeenCalled();
  });

  it('offers no item form to someone on neither side', () => {
    const edit = context({ you: { administrator: false, sides: {}, sponsorOf: [] } });
    expect(raiseForm(edit)).toBeNull();
    expect(itemEditForm(edit.review.items[0]!, edit)).toBeNull();
    expect(measureForm(edit)).toBeNull();
    expect(linkForm(edit)).toBeNull();
    expect(sponsorForm(edit)).toBeNull();
    expect(thanksForm(edit)).not.toBeNull(); // anyone thanks
  });

  it('offers the sponsor’s note to the sponsor only, not to an administrator', () => {
    expect(sponsorForm(context({ you: { administrator: true, sides: {}, sponsorOf: [] } }))).toBeNull();
  });

  it('adds a computed measure with its target, direction and objective', async () => {
    const edit = context();
    const form = mount(measureForm(edit));
    type(form, '#measure-name', 'Rating from HR');
    type(form, '#measure-source', 'satisfaction');
    expect(form.querySelector('#measure-target')!.closest('.field')!.textContent).toContain('1 to 5');
    type(form, '#measure-target', '4.2');
    type(form, '#measure-objective', 'obj-1');
    submit(form);
    await flush();

    expect(edit.actions.createMeasure).toHaveBeenCalledWith({
      relationshipId: 'rel-1',
      objectiveId: 'obj-1',
      name: 'Rating from HR',
      unit: null,
      source: 'satisfaction',
      direction: 'higher',
      target: 4.2,
    });
  });

  it('enters a manual measure’s value for a month of the quarter', async () => {
    const edit = context({ measures: [measure(), measure({ id: 'm-2', source: 'yes-ratio', name: 'Computed' })] });
    const form = mount(valueForm(edit), 'measures');

    expect(Array.from(form.querySelectorAll('#value-measure option'), (o) => o.textContent)).toEqual(['Laptops ready on day one']);
    expect(Array.from(form.querySelectorAll('#value-month option'), (o) => o.getAttribute('value'))).toEqual(['2026-10', '2026-11', '2026-12']);
    type(form, '#value-month', '2026-11');
    type(form, '#value-value', '7');
    submit(form);
    await flush();

    expect(edit.actions.setMeasureValue).toHaveBeenCalledWith('m-1', '2026-11', 7);
    expect(edit.changed).toHaveBeenCalledWith('Value saved.', 'measures');
  });

  it('clears a month’s value when the value is left empty', async () => {
    const edit = context({ measures: [measure()] });
    const form = mount(valueForm(edit), 'measures');
    type(form, '#value-month', '2026-10');
    submit(form);
    await flush();

    expect(edit.actions.clearMeasureValue).toHaveBeenCalledWith('m-1', '2026-10');
    expect(edit.actions.setMeasureValue).not.toHaveBeenCalled();
  });

  it('removes a measure only once the reader confirms, and says why not before', async () => {
    const edit = context({ measures: [measure()] });
    const form = mount(removeMeasureForm(edit), 'measures');
    submit(form);
    await flush();

    expect(edit.actions.deleteMeasure).not.toHaveBeenCalled();
    expect(form.querySelector('.form__alert')!.textContent).toContain('Tick the box');
    form.querySelector<HTMLInputElement>('#remove-measure-confirm')!.checked = true;
    submit(form);
    await flush();

    expect(edit.actions.deleteMeasure).toHaveBeenCalledWith('m-1');
    expect(edit.changed).toHaveBeenCalledWith('Measure removed.', 'measures');
  });

  it('lets only an administrator remove one of the review’s objectives', async () => {
    expect(removeObjectiveForm(context())).toBeNull();
    const edit = context({ you: siteAdmin });
    const form = mount(removeObjectiveForm(edit), 'objectives');
    form.querySelector<HTMLInputElement>('#remove-objective-confirm')!.checked = true;
    submit(form);
    await flush();

    expect(edit.actions.deleteObjective).toHaveBeenCalledWith('obj-1');
    expect(edit.changed).toHaveBeenCalledWith('Objective removed.', 'objectives');
  });

  it('offers no removal to a reader outside the relationship', () => {
    expect(removeMeasureForm(context({ measures: [measure()], you: { administrator: false, sides: {}, sponsorOf: [] } }))).toBeNull();
  });

  it('links the relationship to the quarter’s objectives it ticks', async () => {
    const objectives = [objective(), objective({ id: 'obj-2', title: HOSTILE, relationshipIds: [] })];
    const edit = context({}, { objectives: vi.fn().mockResolvedValue(objectives) });
    const form = mount(linkForm(edit));
    await flush();

    expect(edit.actions.objectives).toHaveBeenCalledWith('2026-Q4');
    const boxes = Array.from(form.querySelectorAll<HTMLInputElement>('input[name=objectiveIds]'));
    expect(boxes.map((b) => b.checked)).toEqual([true, false]);
    expect(form.querySelector('img')).toBeNull();
    boxes[1]!.checked = true;
    submit(form);
    await flush();

    expect(edit.actions.linkObjectives).toHaveBeenCalledWith('rel-1', ['obj-1', 'obj-2']);
  });

  it('lets only an administrator add an objective, for the review’s quarter', async () => {
    standInSite({ users });
    const edit = context({ you: siteAdmin });
    const form = mount(objectiveForm(edit));
    type(form, '#objective-title', 'Faster onboarding');
    submit(form);
    await flush();
    expect(form.querySelector('.field__error')!.textContent).toBe('Choose the objective’s owner.');
    expect(form.querySelector('#objective-owner')!.getAttribute('aria-invalid')).toBe('true');

    await pick(form, 'ownerAccountId', 'cle', 'Cleo Evans');
    submit(form);
    await flush();
    expect(edit.actions.createObjective).toHaveBeenCalledWith({ quarter: '2026-Q4', title: 'Faster onboarding', description: null, ownerAccountId: 'acc-ceo' });
  });

  it('thanks people of another department and shows the daily limit with when it frees up', async () => {
    const limit = new ApiError(429, 'You have thanked 10 times in the last 24 hours: the daily limit.', null, 7200);
    standInSite({ users });
    const edit = context({}, { appreciate: vi.fn().mockRejectedValue(limit) });
    const form = mount(thanksForm(edit));

    expect(Array.from(form.querySelectorAll('#thanks-to option'), (o) => o.textContent)).toEqual(['HR', 'IT']);
    type(form, '#thanks-to', 'it');
    await pick(form, 'toAccountIds', 'iv', 'Ivan Petrov');
    await pick(form, 'toAccountIds', 'ida', 'Ida Berg');
    await pick(form, 'toAccountIds', 'ig', 'Igor Lind');
    type(form, '#thanks-from', 'hr');
    type(form, '#thanks-message', 'Ready at eight');
    submit(form);
    await flush();

    expect(edit.actions.appreciate).toHaveBeenCalledWith({ toDepartmentId: 'it', toAccountIds: ['acc-ivan', 'acc-ida', 'acc-igor'], fromDepartmentId: 'hr', message: 'Ready at eight' });
    expect(form.querySelector('[role=alert]')!.textContent).toBe('You have thanked 10 times in the last 24 hours: the daily limit. You can thank again in about 2 hours.');
    expect(form.querySelector<HTMLTextAreaElement>('#thanks-message')!.value).toBe('Ready at eight');
    expect(chips(form, 'toAccountIds')).toEqual(['Ivan Petrov', 'Ida Berg', 'Igor Lind']);
  });

  it('asks for someone to thank before calling, and takes no more than ten', async () => {
    standInSite({ users: many });
    const edit = context();
    const form = mount(thanksForm(edit));
    submit(form);
    await flush();
    expect(edit.actions.appreciate).not.toHaveBeenCalled();
    expect(form.querySelector('.field__error')!.textContent).toBe('Choose at least one person to thank.');

    for (const person of many) await pick(form, 'toAccountIds', person.label, person.label);
    expect(chips(form, 'toAccountIds')).toHaveLength(10);
    expect(form.querySelector('.picker__error')!.textContent).toBe('You can choose at most 10.');
    submit(form);
    await flush();
    expect(edit.actions.appreciate).toHaveBeenCalledWith(expect.objectContaining({ toAccountIds: many.slice(0, 10).map((p) => p.id) }));
  });

  it('lets the sponsor write the quarter’s note, starting from the saved one', async () => {
    const edit = context({ you: { administrator: false, sides: {}, sponsorOf: ['rel-1'] } });
    const form = mount(sponsorForm(edit));

    expect(form.querySelector<HTMLTextAreaElement>('#note-text')!.value).toBe('Good progress; keep the onboarding checklist shared.');
    type(form, '#note-text', 'Onboarding fixed; next: leavers.');
    submit(form);
    await flush();

    expect(edit.actions.saveSponsorNote).toHaveBeenCalledWith('rel-1', '2026-Q4', 'Onboarding fixed; next: leavers.');
    expect(edit.changed).toHaveBeenCalledWith('Note saved.', 'items');
  });
});
