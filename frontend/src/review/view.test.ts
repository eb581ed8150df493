import { describe, expect, it } from 'vitest';
import { useLocale } from '../i18n';
import { namesArrive, stubPeople } from '../testing/people';
import { HOSTILE, appreciation, item, measure, objective, review, snapshotRow, sponsorNote } from '../testing/review-fixtures';
import { type ReviewEditing, renderReview } from './view';

function rendered(...args: Parameters<typeof review>): HTMLElement {
  const root = document.createElement('div');
  renderReview(root, review(...args));
  return root;
}

const texts = (root: ParentNode, selector: string) => Array.from(root.querySelectorAll(selector), (e) => e.textContent);

describe('Quarterly review', () => {
  it('names the scope and the quarter and has every section in the order a review runs', () => {
    const root = rendered();

    expect(root.querySelector('h2')!.textContent).toBe('IT → HR · Q4 2026');
    expect(Array.from(root.querySelectorAll<HTMLElement>('[data-section]'), (s) => s.dataset.section)).toEqual([
      'snapshot',
      'trends',
      'measures',
      'objectives',
      'items',
      'appreciation',
      'notes',
    ]);
    expect(texts(root, 'h3')).toContain('Trend, Q1 2026 to Q4 2026');
  });

  it('shows the matrix snapshot: pair, standing, figures with their labels, open requests', () => {
    const root = rendered();
    const row = root.querySelector('.snapshot tbody tr')!;

    expect(Array.from(row.children, (c) => c.textContent)).toEqual(['IT → HR', 'Agreed', '4.2 of 5', '3 yes · 1 no', '–', '3 of 4 complete · met 88% vs 50%', '2']);
    expect(row.querySelector('[data-figure=satisfaction]')!.className).toContain('heat--4');
    expect(row.querySelector('[data-figure=service]')!.className).toContain('heat--nodata');
  });

  it('shows measures with target, the three months, score and a Goals status lozenge', () => {
    const root = rendered({
      measures: [
        measure(),
        measure({ id: 'm-2', name: 'Average rating', source: 'satisfaction', objectiveId: null, target: 4, months: [], latest: null, score: null, status: 'no-data' }),
        measure({ id: 'm-3', name: 'Yes ratio', source: 'yes-ratio', target: 80, score: 0.5, status: 'at-risk', months: [{ month: '2026-12', value: 62.5 }] }),
      ],
    });

    expect(texts(root, '.measures thead th')).toEqual(['Measure', 'Objective', 'Target', 'Oct 2026', 'Nov 2026', 'Dec 2026', 'Score', 'Status']);
    expect(Array.from(root.querySelector('[data-measure=m-1]')!.children, (c) => c.textContent)).toEqual([
      'Laptops ready on day oneEntered by hand',
      'New hires productive in their first week',
      '≥ 10 laptops',
      '8 laptops',
      '–',
      '9 laptops',
      '0.9',
      'On track',
    ]);
    expect(root.querySelector('[data-measure=m-2] [data-status]')!.textContent).toBe('No data');
    expect(root.querySelector('[data-measure=m-2] [data-score]')!.textContent).toBe('–');
    expect(root.querySelector('[data-measure=m-3] [data-month="2026-12"]')!.textContent).toBe('62.5%');
    expect(root.querySelector('[data-measure=m-3] .lozenge--at-risk')!.textContent).toBe('At risk');
  });

  it('shows the provider’s entries next to the customer’s, grouped by kind, frustrations first', async () => {
    stubPeople({ 'acc-ivan': 'Ivan Petrov' });
    const root = rendered();
    await namesArrive();
    const provider = root.querySelector('[data-side=provider]')!;
    const customer = root.querySelector('[data-side=customer]')!;

    expect(provider.querySelector('h4')!.textContent).toBe('Provider: IT');
    expect(customer.querySelector('h4')!.textContent).toBe('Customer: HR');
    expect(texts(customer, 'h5')).toEqual(['Frustrations', 'Assumptions']);
    expect(texts(provider, '.item__text')).toEqual(['Tell us about new hires two weeks ahead']);
    const agreed = customer.querySelector('[data-item=item-3]')!;
    expect(agreed.textContent).toContain('Action agreed');
    expect(agreed.textContent).toContain('Owner: Ivan Petrov');
    expect(agreed.querySelector('.item__action')!.textContent).toBe('Agreed action: HR shares the start list weekly');
  });

  it('heads each relationship’s items when a department has several', () => {
    const root = rendered({
      scope: { kind: 'department', id: 'it', name: 'IT' },
      snapshot: [snapshotRow(), snapshotRow({ relationshipId: 'rel-2', customerId: 'sales', customerName: 'Sales' })],
      items: [item(), item({ id: 'i-9', relationshipId: 'rel-2', departmentName: 'Sales', text: 'Demo laptops late' })],
    });

    expect(texts(root, '.items__pair')).toEqual(['IT → HR', 'IT → Sales']);
    expect(root.querySelector('[data-relationship=rel-2] [data-side=customer] h4')!.textContent).toBe('Customer: Sales');
  });

  it('lists objectives, appreciation and the sponsor’s notes, people by name from one call for the page', async () => {
    const lookup = stubPeople({ 'acc-ceo': 'Cleo Evans', 'acc-hana': 'Hana Ito', 'acc-ivan': 'Ivan Petrov', 'acc-eve': null });
    const root = rendered();
    await namesArrive();

    expect(lookup).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[data-objective=obj-1]')!.textContent).toContain('Owner: Cleo Evans');
    expect(root.querySelector('[data-appreciation=thx-1]')!.textContent).toContain('Hana Ito (HR) thanked Ivan Petrov of IT');
    expect(root.querySelector('[data-note=rel-1] .review-list__head')!.textContent).toContain('Former user, ');
    expect(root.textContent).not.toContain('acc-');
    expect(root.querySelector('[data-note=rel-1]')!.textContent).toContain('keep the onboarding checklist shared');
  });

  it('names people in German sentences', async () => {
    stubPeople({ 'acc-ceo': 'Cleo Evans', 'acc-hana': 'Hana Ito', 'acc-ivan': 'Ivan Petrov', 'acc-eve': null });
    await useLocale('de-DE');
    const root = rendered();
    await namesArrive();
    await useLocale('en-US');

    expect(root.querySelector('[data-objective=obj-1]')!.textContent).toContain('Verantwortlich: Cleo Evans');
    expect(root.querySelector('[data-appreciation=thx-1] .review-list__head span')!.textContent).toBe('Hana Ito (HR) bedankte sich bei Ivan Petrov aus IT');
    expect(root.querySelector('[data-note=rel-1] .review-list__head')!.textContent).toContain('Ehemaliger Benutzer, ');
  });

  it('says so where a section has nothing yet', () => {
    const root = rendered({ snapshot: [], trend: [], objectives: [], measures: [], items: [], appreciation: [], sponsorNotes: [] });

    expect(Array.from(root.querySelectorAll<HTMLElement>('[data-empty]'), (e) => e.dataset.empty)).toEqual([
      'snapshot',
      'trend',
      'measures',
      'objectives',
      'items',
      'appreciation',
      'notes',
    ]);
  });

  it('shows hostile names and texts as text, never as markup', () => {
    const root = rendered({
      scope: { kind: 'relationship', id: 'rel-1', name: `${HOSTILE} → HR` },
      snapshot: [snapshotRow({ providerName: HOSTILE })],
      objectives: [objective({ title: HOSTILE, description: HOSTILE })],
      measures: [measure({ name: HOSTILE, unit: HOSTILE })],
      items: [item({ text: HOSTILE, action: HOSTILE, departmentName: HOSTILE })],
      appreciation: [appreciation({ message: HOSTILE, toDepartmentName: HOSTILE })],
      sponsorNotes: [sponsorNote({ text: HOSTILE, relationshipName: HOSTILE })],
    });

    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('h2')!.textContent).toContain(HOSTILE);
    expect(root.querySelector('.snapshot__pair')!.textContent).toBe(`${HOSTILE} → HR`);
    expect(root.querySelector('.item__text')!.textContent).toBe(HOSTILE);
    expect(root.textContent.split(HOSTILE).length - 1).toBeGreaterThanOrEqual(9);
  });

  it('renders no form for a reader, and the editing hooks’ content where the page puts it', () => {
    expect(rendered().querySelector('form, button')).toBeNull();

    const root = document.createElement('div');
    const editing: ReviewEditing = {
      section: (name) => (name === 'measures' ? document.createElement('form') : null),
      item: (i) => Object.assign(document.createElement('button'), { textContent: `Edit ${i.id}` }),
    };
    renderReview(root, review(), editing);
    expect(root.querySelector('[data-section=measures] form')).not.toBeNull();
    expect(root.querySelectorAll('form')).toHaveLength(1);
    expect(texts(root, '[data-item] button')).toEqual(['Edit item-2', 'Edit item-1', 'Edit item-3']);
  });
});
