import { describe, expect, it, vi } from 'vitest';
import matrixShell from '../../../pages/relationship-matrix.html?raw';
import reviewShell from '../../../pages/quarterly-review.html?raw';
import { t } from '../../i18n';
import { openRoutedPage, type RouterDependencies } from './router';
import { pageFor, ROUTED_PAGES } from './routes';

function router(route: string | null | Error, overrides: Partial<RouterDependencies> = {}) {
  document.body.innerHTML = '<main id="app" class="page"><p class="loading">Loading…</p></main>';
  const listeners: ((route: string | null) => void)[] = [];
  const deps: RouterDependencies = {
    root: document.getElementById('app')!,
    route: () => (route instanceof Error ? Promise.reject(route) : Promise.resolve(route)),
    followRoute: (listener) => listeners.push(listener),
    pages: { 'relationship-matrix': vi.fn(() => Promise.resolve({})), 'quarterly-review': vi.fn(() => Promise.resolve({})) },
    reload: vi.fn(),
    ...overrides,
  };
  /** What Jira's sidebar does: another route of the host's URL, the same page. */
  const sidebarTo = (next: string | null) => listeners.forEach((listener) => listener(next));
  return { deps, sidebarTo };
}

describe('Global page (Forge): the sub-page router', () => {
  it('shows the quarterly review on its route, and the matrix on its own, at the root and on any other route', () => {
    expect(pageFor('quarterly-review')).toBe('quarterly-review');
    expect(pageFor('relationship-matrix')).toBe('relationship-matrix');
    expect(pageFor(null)).toBe('relationship-matrix');
    expect(pageFor('sponsor-notes')).toBe('relationship-matrix');
    expect(pageFor('toString')).toBe('relationship-matrix');
  });

  it('imports only the review’s module on the review’s route, into main#app dressed as the review’s own shell', async () => {
    const { deps } = router('quarterly-review');

    expect(await openRoutedPage(deps)).toBe('quarterly-review');
    expect(deps.pages['quarterly-review']).toHaveBeenCalledTimes(1);
    expect(deps.pages['relationship-matrix']).not.toHaveBeenCalled();
    expect(deps.root.className).toBe('page page--review');
    expect(document.title).toBe('Quarterly review · Internal Customer Relationships');
  });

  it('imports the matrix’s module otherwise, and when the route cannot be read', async () => {
    for (const route of ['relationship-matrix', null, new Error('no history')]) {
      const { deps } = router(route);

      expect(await openRoutedPage(deps)).toBe('relationship-matrix');
      expect(deps.pages['relationship-matrix']).toHaveBeenCalledTimes(1);
      expect(deps.pages['quarterly-review']).not.toHaveBeenCalled();
      expect(deps.root.className).toBe('page page--matrix');
    }
  });

  it('sets what each page’s own HTML shell sets', () => {
    const shellOf = (html: string) => new DOMParser().parseFromString(html, 'text/html');
    for (const [page, html] of [['relationship-matrix', matrixShell], ['quarterly-review', reviewShell]] as const) {
      const shell = shellOf(html);
      expect(ROUTED_PAGES[page].mainClass, page).toBe(shell.querySelector('main#app')!.className);
      expect(t(ROUTED_PAGES[page].title), page).toBe(shell.title);
    }
  });

  it('reloads when the route moves to the other page (a move while it opened included), not when it still names the page shown', async () => {
    const { deps, sidebarTo } = router('relationship-matrix');
    await openRoutedPage(deps);

    sidebarTo(null);
    sidebarTo('relationship-matrix');
    expect(deps.reload).not.toHaveBeenCalled();

    sidebarTo('quarterly-review');
    expect(deps.reload).toHaveBeenCalledTimes(1);
  });

  it('says so when the page’s module does not load', async () => {
    const { deps } = router('quarterly-review', {
      pages: { 'relationship-matrix': vi.fn(), 'quarterly-review': () => Promise.reject(new Error('Failed to fetch dynamically imported module')) },
    });
    await openRoutedPage(deps);

    expect(deps.root.dataset.ready).toBe('error');
    expect(deps.root.querySelector('[role=alert]')!.textContent).toBe('This page could not be loaded: Failed to fetch dynamically imported module');
  });
});
