import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { decisionSummary } from '../testing/fixtures';
import { renderYesNoSection } from './yesno';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function section(load: Parameters<typeof renderYesNoSection>[2], onLayout = vi.fn()): Promise<HTMLElement> {
  const element = renderYesNoSection('rel-1', '2026-Q4', load, onLayout);
  await flush();
  return element;
}

describe('Yes/no section of the relationship detail', () => {
  it('loads the quarter’s figures and shows yes, no and undecided', async () => {
    const load = vi.fn().mockResolvedValue(decisionSummary());
    const onLayout = vi.fn();
    const element = renderYesNoSection('rel-1', '2026-Q4', load, onLayout);
    expect(element.querySelector('h3')!.textContent).toBe('Yes/no, Q4 2026');
    expect(element.querySelector('[aria-busy=true]')!.textContent).toBe('Loading…');
    await flush();

    expect(load).toHaveBeenCalledWith('rel-1', '2026-Q4');
    expect(element.querySelector('[data-count=yes]')!.textContent).toBe('12 yes');
    expect(element.querySelector('[data-count=no]')!.textContent).toBe('4 no');
    expect(element.querySelector('[data-count=undecided]')!.textContent).toBe('2 undecided');
    expect(element.querySelector('[aria-busy]')).toBeNull();
    expect(onLayout).toHaveBeenCalled();
  });

  it('draws a bar per reason, as long as its share of the largest, with the count written out', async () => {
    const element = await section(vi.fn().mockResolvedValue(decisionSummary()));
    const rows = Array.from(element.querySelectorAll<HTMLElement>('.bars__row'), (row) => [
      row.dataset.reason,
      row.querySelector('.bars__label')!.textContent,
      row.querySelector<HTMLElement>('.bar__fill')!.style.width,
      row.querySelector('.bars__count')!.textContent,
    ]);

    expect(rows).toEqual([
      ['no-capacity', 'No capacity this period', '100%', '3'],
      ['duplicate', 'Duplicate', '33%', '1'],
    ]);
  });

  it('lists the latest declines with issue key, reason and note', async () => {
    const element = await section(vi.fn().mockResolvedValue(decisionSummary()));
    const items = element.querySelectorAll('.declines li');

    expect(items).toHaveLength(2);
    expect(items[0]!.querySelector('strong')!.textContent).toBe('MKT-9');
    expect(items[0]!.textContent).toContain('No capacity this period');
    expect(items[0]!.querySelector('.declines__note')!.textContent).toBe('Next quarter');
    expect(items[1]!.querySelector('strong')!.textContent).toBe('Issue 1'); // no key known
    expect(items[1]!.querySelector('.declines__note')).toBeNull();
  });

  it('says when there were no internal requests in the quarter', async () => {
    const element = await section(vi.fn().mockResolvedValue(decisionSummary({ yes: 0, no: 0, undecided: 0, reasons: [], declined: [] })));

    expect(element.querySelector('.yesno__none')!.textContent).toBe('No internal requests in this quarter.');
    expect(element.querySelector('.bars, .declines')).toBeNull();
  });

  it('shows no reasons or declines when every request got a yes', async () => {
    const element = await section(vi.fn().mockResolvedValue(decisionSummary({ yes: 5, no: 0, undecided: 1, reasons: [], declined: [] })));

    expect(element.querySelector('[data-count=yes]')!.textContent).toBe('5 yes');
    expect(element.querySelector('.bars, .declines, h4')).toBeNull();
  });

  it('shows why the figures could not be loaded', async () => {
    const element = await section(vi.fn().mockRejectedValue(new ApiError(503, 'Jira is unavailable')));

    expect(element.querySelector('[role=alert]')!.textContent).toBe('The yes/no figures could not be loaded: Jira is unavailable');
  });

  it('renders reason labels, notes and issue keys with markup as text', async () => {
    const markup = '<img src=x onerror=alert(1)>';
    const element = await section(
      vi.fn().mockResolvedValue(
        decisionSummary({
          reasons: [{ reason: 'other', label: markup, count: 1 }],
          declined: [{ issueId: '1', issueKey: markup, reason: 'other', reasonLabel: markup, note: markup, at: '2026-11-20T09:00:00Z' }],
        }),
      ),
    );

    expect(element.querySelector('img')).toBeNull();
    expect(element.querySelector('.bars__label')!.textContent).toBe(markup);
    expect(element.querySelector('.declines strong')!.textContent).toBe(markup);
    expect(element.querySelector('.declines__note')!.textContent).toBe(markup);
  });
});
