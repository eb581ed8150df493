import { describe, expect, it } from 'vitest';
import { HOSTILE, appreciation } from '../../testing/review-fixtures';
import { renderMine } from './mine';

describe('Thanks the viewer received', () => {
  it('shows nothing without thanks', () => {
    expect(renderMine([])).toBeNull();
  });

  it('says how often, and lists the latest five, newest first, markup as text', () => {
    const items = Array.from({ length: 7 }, (_, i) =>
      appreciation({ id: `t${i}`, createdAt: `2026-11-0${i + 1}T09:00:00Z`, message: i === 6 ? HOSTILE : 'Thanks' }),
    );
    const notice = renderMine(items)!;

    expect(notice.querySelector('summary')!.textContent).toBe('You were thanked 7 times · the latest 5');
    expect(Array.from(notice.querySelectorAll<HTMLElement>('[data-appreciation]'), (e) => e.dataset.appreciation)).toEqual(['t6', 't5', 't4', 't3', 't2']);
    expect(notice.querySelector('img')).toBeNull();
    expect(notice.textContent).toContain(HOSTILE);
    expect(renderMine([appreciation()])!.querySelector('summary')!.textContent).toBe('You were thanked once');
  });
});
