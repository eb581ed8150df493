import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HR_OWNER, ME, mine, myRelationships } from '../../testing/gadget-fixtures';
import { HOSTILE } from '../../testing/review-fixtures';
import { namesArrive, stubPeople } from '../../testing/people';
import { useLocale } from '../../i18n';
import { renderGadget, renderGadgetError, rolesText } from './view';

function rendered(view = myRelationships()) {
  const root = document.createElement('main');
  document.body.append(root);
  const open = vi.fn();
  renderGadget(root, view, ME, open);
  return { root, open };
}

const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((node) => node.textContent?.replace(/\s+/g, ' ').trim());

describe('Dashboard gadget "My internal customers"', () => {
  beforeEach(() => {
    stubPeople({ [HR_OWNER]: 'Hana Hiring', 'acc-fay': 'Fay Finance' });
  });

  it('lists each relationship with the viewer’s roles, standing and figures, and the others by name', async () => {
    const { root } = rendered();
    await namesArrive();

    expect(root.querySelector('.gadget__summary')!.textContent).toBe('Your relationships: 2 · 10 things need you · Q4 2026');
    const first = root.querySelector<HTMLElement>('[data-relationship="rel-1"]')!;
    expect(first.querySelector('.gadget-rel__name')!.textContent).toBe('IT → HR');
    expect(first.querySelector('.gadget-rel__roles')!.textContent).toBe("you own the provider's side and you are the executive sponsor");
    expect(first.querySelector('.lozenge')!.textContent).toBe('Agreed, new draft pending');
    expect(texts(first, '.gadget-rel__figures li')).toEqual(['Satisfaction 4.2 of 5', 'Yes/no 3 yes · 1 no', 'Service –', '3 open requests']);
    // the viewer is not listed among the people they work with
    expect(texts(first, '.gadget-rel__people li')).toEqual(["Customer's owner: Hana Hiring"]);
    const second = root.querySelector<HTMLElement>('[data-relationship="rel-2"]')!;
    expect(second.querySelector('.gadget-rel__roles')!.textContent).toBe("you own the customer's side");
    expect(second.querySelector('.gadget-rel__calm')!.textContent).toBe('Nothing needs you here right now.');
    expect(texts(second, '.gadget-rel__people li')).toEqual(["Provider's owner: Fay Finance"]);
    expect(root.dataset.ready).toBe('true');
  });

  it('groups what needs the viewer, counts all and lists five, and names no issue they may not open', () => {
    const { root } = rendered();
    const first = root.querySelector<HTMLElement>('[data-relationship="rel-1"]')!;

    expect([...first.querySelectorAll<HTMLElement>('.gadget-group')].map((g) => `${g.dataset.kind}=${g.dataset.count}`)).toEqual([
      'decisions=7',
      'agreement=1',
      'service=2',
      'ratings=1',
      'items=1',
    ]);
    const decisions = first.querySelector('[data-kind="decisions"]')!;
    expect(decisions.querySelector('h3')!.textContent).toBe('Waiting for your yes or no 7');
    expect(texts(decisions, 'li')[0]).toBe('IT-42 · asked 2 h ago');
    expect(texts(decisions, 'li')[2]).toBe('A request you cannot open · asked 2 h ago');
    expect(decisions.querySelector('.gadget-group__more')!.textContent).toBe('and 2 more');
    expect(texts(first, '[data-kind="service"] li')).toEqual(['IT-42 · First response overdue by 3 h', 'IT-50 · Resolution due in 5 h']);
    expect(first.querySelector('[data-kind="service"] .gadget__due--overdue')).not.toBeNull();
    expect(texts(first, '[data-kind="ratings"] li')[0]).toContain('IT-30 · rated 1 of 5');
    expect(first.querySelector('[data-kind="ratings"] q')!.textContent).toBe('Laptop came a week late');
    expect(texts(first, '[data-kind="agreement"] li')).toEqual(['Version 3, not confirmed by your side yet · Open the relationship matrix']);
    expect(texts(first, '[data-kind="items"] li')).toEqual(['Suggestion: Send start dates ten days ahead · Open the quarterly review']);
  });

  it('opens issues and pages in Jira, not in its own frame', () => {
    const { root, open } = rendered();

    root.querySelector<HTMLButtonElement>('[data-issue="IT-42"]')!.click();
    root.querySelector<HTMLButtonElement>('[data-kind="agreement"] [data-open="matrix"]')!.click();
    root.querySelector<HTMLButtonElement>('[data-relationship="rel-1"] .gadget-rel__name button')!.click();

    expect(open.mock.calls.map(([place]) => place as unknown)).toEqual([
      { issueKey: 'IT-42' },
      { route: 'relationship-matrix' },
      { route: 'quarterly-review', query: { relationship: 'rel-1' } },
    ]);
    expect(root.querySelectorAll('a[href]')).toHaveLength(0);
  });

  it('shows a friendly empty state with the way to the matrix for someone without relationships', () => {
    const { root, open } = rendered(myRelationships({ relationships: [], accountId: ME }));

    expect(root.querySelector('[data-empty]')!.textContent).toContain('You have no internal customer relationships yet.');
    root.querySelector<HTMLButtonElement>('[data-open="matrix"]')!.click();
    expect(open).toHaveBeenCalledWith({ route: 'relationship-matrix' });
    expect(root.querySelector('.gadget__list')).toBeNull();
    expect(root.dataset.ready).toBe('true');
  });

  it('says when nothing needs the viewer anywhere', () => {
    const { root } = rendered(myRelationships({ relationships: [mine({ attention: 0, groups: [] })] }));

    expect(root.querySelector('.gadget__summary')!.textContent).toBe('Your relationships: 1 · nothing needs you · Q4 2026');
  });

  it('writes what people typed as text, never as markup', () => {
    const hostile = mine({
      name: HOSTILE,
      groups: [{ kind: 'ratings', count: 1, entries: [{ ...mine().groups[3]!.entries[0]!, text: HOSTILE }] }],
    });
    const { root } = rendered(myRelationships({ relationships: [hostile] }));

    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('q')!.textContent).toBe(HOSTILE);
  });

  it('names the role of someone who only owns a review entry', () => {
    expect(rolesText([])).toBe('you own an entry of its review');
  });

  it('says why it cannot show the list', () => {
    const root = document.createElement('main');
    renderGadgetError(root, 'Your relationships could not be loaded: Jira is not answering');

    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Your relationships could not be loaded: Jira is not answering');
    expect(root.dataset.ready).toBe('error');
  });

  describe('in German', () => {
    beforeEach(() => useLocale('de-DE'));
    afterEach(() => useLocale('en-US'));

    it('reads as a German reader would read it', async () => {
      const { root } = rendered();
      await namesArrive();

      expect(root.querySelector('.gadget__summary')!.textContent).toBe('Ihre Beziehungen: 2 · 10 Punkte brauchen Sie · Q4 2026');
      expect(root.querySelector('.gadget-rel__roles')!.textContent).toBe('Sie verantworten die Anbieterseite und Sie sind der Executive Sponsor');
      expect(root.querySelector('[data-kind="decisions"] h3')!.textContent).toBe('Warten auf Ihr Ja oder Nein 7');
      expect(texts(root, '[data-relationship="rel-1"] [data-kind="service"] li')[0]).toBe('IT-42 · Erste Antwort seit 3 Std. überfällig');
    });
  });
});
