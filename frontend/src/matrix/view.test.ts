import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import type { DecisionSummary } from '../api/types';
import { agreement, cell, decisionSummary, matrix, relationship, satisfactionTrend } from '../testing/fixtures';
import { namesArrive, stubPeople } from '../testing/people';
import { countLabel } from './detail';
import { renderMatrix } from './view';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Matrix with its detail panel', () => {
  it('tells a site without departments that an administrator defines them on the admin page', () => {
    const root = document.createElement('div');
    renderMatrix(root, matrix([], []), { loadRelationship: vi.fn() });

    expect(root.querySelector('table')).toBeNull();
    expect(root.querySelector('[data-empty=no-departments]')?.textContent).toContain('No departments yet');
    expect(root.textContent).toContain('An administrator defines the departments');
    expect(root.textContent).toContain('admin page');
  });

  it('says chosen departments are gone rather than that there are none', () => {
    const root = document.createElement('div');
    renderMatrix(root, matrix([], []), { loadRelationship: vi.fn(), filtered: true });

    expect(root.textContent).toContain('None of the chosen departments exist');
  });

  it('opens the relationship of a clicked cell: owners, agreement, figures and versions', async () => {
    const draft = agreement(2, { status: 'draft', providerConfirmedBy: 'acc-mia', customerConfirmedBy: null, customerConfirmedAt: null });
    const loaded = relationship({ standing: 'agreed-draft-pending', draft, versions: [draft, agreement(1)] });
    const loadRelationship = vi.fn().mockResolvedValue(loaded);
    const lookup = stubPeople({ 'acc-mia': 'Mia Park', 'acc-sam': 'Sam Ortiz', 'acc-eve': 'Eve Stone' });
    const onLayout = vi.fn();
    const root = document.createElement('div');
    document.body.append(root);
    renderMatrix(root, matrix(['Marketing', 'Sales'], [cell(0, 1, { label: '90% satisfied', counts: { answeredChecks: 3, onTarget: 2 } })]), { loadRelationship, onLayout });

    root.querySelector<HTMLElement>('td[data-cell]')!.click();
    expect(root.querySelector('.detail')?.textContent).toContain('Loading');
    await flush();

    const detail = root.querySelector('.detail')!;
    expect(loadRelationship).toHaveBeenCalledWith('d0', 'd1');
    expect(detail.querySelector('h2')!.textContent).toBe('Marketing → Sales');
    expect(document.activeElement).toBe(detail.querySelector('h2'));
    await namesArrive();
    expect(lookup).toHaveBeenCalledTimes(1);
    const owners = Array.from(detail.querySelectorAll('.facts dd'), (dd) => dd.textContent);
    expect(owners.slice(1)).toEqual(['Mia Park', 'Sam Ortiz', 'Eve Stone']);
    expect(detail.textContent).not.toContain('acc-');
    expect(detail.textContent).toContain('Agreed, new draft pending');
    expect(detail.querySelector('.deliverables')!.textContent).toContain('Qualified leads every week');
    expect(detail.textContent).toContain('Budget, need and timing known');
    expect(detail.textContent).toContain('Feedback on every lead within two days');
    expect(detail.textContent).toContain('First response within 4 h, resolution within 40 h');
    expect(detail.textContent).toContain('Answered checks');
    expect(detail.textContent).toContain('On target');
    expect(detail.querySelectorAll('.versions > li')).toHaveLength(2);
    expect(detail.querySelector('[data-version="2"]')!.textContent).toContain('Customer: not confirmed yet');
    expect(detail.querySelector('[data-version="1"]')!.textContent).toContain('Customer confirmed by Sam Ortiz');
    expect(onLayout).toHaveBeenCalled();

    detail.querySelector<HTMLButtonElement>('.detail__close')!.click();
    expect(root.querySelector('.detail')).toBeNull();
    root.remove();
  });

  it('adds the satisfaction trend for the selected quarter to the detail, and a dash for an empty figure', async () => {
    const loadSatisfaction = vi.fn().mockResolvedValue(satisfactionTrend());
    const root = document.createElement('div');
    const view = matrix(['A', 'B'], [cell(0, 1, { value: null, label: '', counts: { sent: 2, answered: 0 } })], { period: { key: '2026-Q3', from: '2026-07-01', to: '2026-09-30' } });
    renderMatrix(root, view, { loadRelationship: vi.fn().mockResolvedValue(relationship()), loadSatisfaction });
    root.querySelector<HTMLElement>('td[data-cell]')!.click();
    await flush();
    await flush();

    expect(loadSatisfaction).toHaveBeenCalledWith('rel-1', '2026-Q3');
    expect(root.querySelector('.figures__label')!.textContent).toBe('–');
    expect(root.querySelector('.detail [data-section=satisfaction] #satisfaction-trend')).not.toBeNull();
  });

  it('says "No data yet" for a cell without figures', async () => {
    const root = document.createElement('div');
    renderMatrix(root, matrix(['A', 'B'], [cell(0, 1, { noData: true, value: null, label: 'No data yet', counts: {} })]), {
      loadRelationship: vi.fn().mockResolvedValue(relationship()),
    });
    root.querySelector<HTMLElement>('td[data-cell]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await flush();

    expect(root.querySelector('.figures__none')?.textContent).toBe('No data yet');
  });

  it('shows why a relationship could not be loaded', async () => {
    const root = document.createElement('div');
    renderMatrix(root, matrix(['A', 'B'], [cell(0, 1)]), { loadRelationship: vi.fn().mockRejectedValue(new ApiError(404, 'No such relationship')) });
    root.querySelector<HTMLElement>('td[data-cell]')!.click();
    await flush();

    expect(root.querySelector('.detail [role=alert]')?.textContent).toContain('No such relationship');
  });

  it('renders relationship names as text in the detail', async () => {
    const root = document.createElement('div');
    const loaded = relationship({ provider: { id: 'x', name: '<script>alert(1)</script>', archived: false } });
    renderMatrix(root, matrix(['<script>alert(1)</script>', 'Sales'], [cell(0, 1)]), { loadRelationship: vi.fn().mockResolvedValue(loaded) });
    root.querySelector<HTMLElement>('td[data-cell]')!.click();
    await flush();

    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('.detail h2')!.textContent).toBe('<script>alert(1)</script> → Sales');
  });

  it('notes when departments exist but no relationships yet', () => {
    const root = document.createElement('div');
    renderMatrix(root, matrix(['A', 'B'], []), { loadRelationship: vi.fn() });

    expect(root.querySelector('.note')?.textContent).toContain('No relationships between these departments yet');
    expect(root.querySelectorAll('td.cell--none')).toHaveLength(2);
  });

  it('adds the relationship’s yes/no section for the matrix’s quarter when it can load it', async () => {
    let answer: (summary: DecisionSummary) => void = () => undefined;
    const loadDecisions = vi.fn(() => new Promise<DecisionSummary>((resolve) => (answer = resolve)));
    const onLayout = vi.fn();
    const root = document.createElement('div');
    renderMatrix(root, matrix(['Marketing', 'Sales'], [cell(0, 1)], { metric: 'yesno', period: { key: '2026-Q3', from: '2026-07-01', to: '2026-09-30' } }), {
      loadRelationship: vi.fn().mockResolvedValue(relationship({ id: 'rel-9' })),
      loadDecisions,
      onLayout,
    });
    root.querySelector<HTMLElement>('td[data-cell]')!.click();
    await flush();
    expect(root.querySelector('.detail [data-section=yesno] .loading')).not.toBeNull();
    const shown = onLayout.mock.calls.length;
    answer(decisionSummary());
    await flush();

    expect(loadDecisions).toHaveBeenCalledWith('rel-9', '2026-Q3');
    const section = root.querySelector('.detail [data-section=yesno]')!;
    expect(section.querySelector('h3')!.textContent).toBe('Yes/no, Q3 2026');
    expect(section.querySelector('[data-count=no]')!.textContent).toBe('4 no');
    // Still the rest of the detail: agreement and versions.
    expect(root.querySelector('.detail .versions')).not.toBeNull();
    expect(onLayout.mock.calls.length).toBe(shown + 1); // the section filled in: the host learns the new height
  });

  it('has no yes/no section without a way to load it', async () => {
    const root = document.createElement('div');
    renderMatrix(root, matrix(['A', 'B'], [cell(0, 1)]), { loadRelationship: vi.fn().mockResolvedValue(relationship()) });
    root.querySelector<HTMLElement>('td[data-cell]')!.click();
    await flush();

    expect(root.querySelector('.detail h2')).not.toBeNull();
    expect(root.querySelector('[data-section=yesno]')).toBeNull();
  });

  it('reads count keys as words', () => {
    expect(countLabel('answeredChecks')).toBe('Answered checks');
    expect(countLabel('met_target')).toBe('Met target');
  });
});
