import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { satisfactionQuarter, satisfactionTrend } from '../testing/fixtures';
import { renderSatisfactionSection } from './satisfaction';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function section(load: Parameters<typeof renderSatisfactionSection>[2], onLayout = vi.fn()): Promise<HTMLElement> {
  const element = renderSatisfactionSection('rel-1', '2026-Q4', load, onLayout);
  await flush();
  return element;
}

const rows = (element: HTMLElement) =>
  Array.from(element.querySelectorAll('#satisfaction-trend tbody tr'), (tr) => Array.from(tr.children, (c) => c.textContent));

describe('Satisfaction section of the relationship detail', () => {
  it('loads the four quarters up to the selected one and says so while loading', async () => {
    const load = vi.fn().mockResolvedValue(satisfactionTrend());
    const onLayout = vi.fn();
    const element = renderSatisfactionSection('rel-1', '2026-Q4', load, onLayout);
    expect(element.querySelector('h3')!.textContent).toBe('Satisfaction, four quarters to Q4 2026');
    expect(element.querySelector('[aria-busy=true]')!.textContent).toBe('Loading…');
    await flush();

    expect(load).toHaveBeenCalledWith('rel-1', '2026-Q4');
    expect(element.querySelector('[aria-busy]')).toBeNull();
    expect(onLayout).toHaveBeenCalled();
  });

  it('has a table with every figure, oldest quarter first, "–" where there is nothing to divide', async () => {
    const element = await section(vi.fn().mockResolvedValue(satisfactionTrend()));

    expect(Array.from(element.querySelectorAll('#satisfaction-trend thead th'), (th) => th.textContent)).toEqual(['Quarter', 'Rating', 'Answered', 'Met', 'Clarity']);
    expect(rows(element)).toEqual([
      ['Q1 2026', '3.1', '5 of 8 (50%)', '40%', '2.5'],
      ['Q2 2026', '–', '0 of 0', '–', '–'],
      ['Q3 2026', '3.8', '5 of 8 (63%)', '70%', '–'],
      ['Q4 2026', '4.2', '5 of 8 (63%)', '70%', '3.5'],
    ]);
    expect(element.querySelector('#satisfaction-trend th[scope=row]')).not.toBeNull();
  });

  it('draws the average rating per quarter on a 0–5 scale, breaking the line where a quarter has none', async () => {
    const element = await section(vi.fn().mockResolvedValue(satisfactionTrend()));
    const chart = element.querySelector('svg.trend')!;

    expect(chart.getAttribute('role')).toBe('img');
    expect(chart.getAttribute('aria-label')).toContain('Average rating per quarter');
    const points = Array.from(chart.querySelectorAll('circle'));
    expect(points.map((p) => p.getAttribute('data-period'))).toEqual(['2026-Q1', '2026-Q3', '2026-Q4']);
    expect(points.map((p) => p.querySelector('title')!.textContent)).toEqual(['Q1 2026: 3.1 of 5', 'Q3 2026: 3.8 of 5', 'Q4 2026: 4.2 of 5']);
    // Higher ratings sit higher: a smaller y.
    const ys = points.map((p) => Number(p.getAttribute('cy')));
    expect(ys[2]!).toBeLessThan(ys[1]!);
    expect(ys[1]!).toBeLessThan(ys[0]!);
    // Q1 stands alone (Q2 has no answers); Q3 to Q4 is one line.
    expect(chart.querySelectorAll('polyline')).toHaveLength(1);
    expect(Array.from(chart.querySelectorAll('text'), (t) => t.textContent)).toEqual(expect.arrayContaining(['0', '5', 'Q1 ’26', 'Q4 ’26']));
  });

  it('shows the selected quarter’s rating, response rate, share met and clarity as bars with the figures', async () => {
    const element = await section(vi.fn().mockResolvedValue(satisfactionTrend()));
    const bars = Array.from(element.querySelectorAll<HTMLElement>('.bars__row'), (row) => [
      row.dataset.figure,
      row.querySelector('.bars__label')!.textContent,
      row.querySelector<HTMLElement>('.bar__fill')?.style.width ?? null,
      row.querySelector('.bars__count')!.textContent,
    ]);

    expect(bars).toEqual([
      ['rating', 'Average rating', '84%', '4.2 of 5'],
      ['response', 'Answered (5 of 8)', '63%', '63%'],
      ['met', 'Met (3 yes · 1 partly · 1 no)', '70%', '70%'],
      ['clarity', 'Request clarity (2 rated)', '70%', '3.5 of 5'],
    ]);
  });

  it('draws no bar for a null figure and writes "–"', async () => {
    const quarters = [satisfactionQuarter('2026-Q4', { answered: 0, responseRate: 0, averageRating: null, metShare: null, clarity: null, clarityRatings: 0 })];
    const element = await section(vi.fn().mockResolvedValue(satisfactionTrend({ quarters })));
    const rating = element.querySelector('[data-figure=rating]')!;

    expect(rating.querySelector('.bar__fill')).toBeNull();
    expect(rating.querySelector('.bars__count')!.textContent).toBe('–');
    expect(element.querySelector('[data-figure=response] .bars__count')!.textContent).toBe('0%');
    expect(element.querySelector('svg circle')).toBeNull();
  });

  it('says when there were no checks at all in these quarters', async () => {
    const empty = satisfactionQuarter('2026-Q4', { sent: 0, answered: 0, responseRate: null, averageRating: null, metShare: null, clarity: null, clarityRatings: 0 });
    const element = await section(vi.fn().mockResolvedValue(satisfactionTrend({ quarters: [empty] })));

    expect(element.querySelector('.satisfaction__none')!.textContent).toBe('No satisfaction checks in these quarters.');
    expect(element.querySelector('svg, table')).toBeNull();
  });

  it('shows why the figures could not be loaded', async () => {
    const element = await section(vi.fn().mockRejectedValue(new ApiError(503, 'Jira is unavailable')));

    expect(element.querySelector('[role=alert]')!.textContent).toBe('The satisfaction figures could not be loaded: Jira is unavailable');
  });
});
