// The global page's entry with the page modules mocked: each mock, run when it is imported as the page's module
// runs, marks main#app as that module would render into it, so the test sees which one the route brought in.
import { afterEach, describe, expect, it, vi } from 'vitest';

const client = vi.hoisted(() => ({
  pageRoute: vi.fn<() => Promise<string | null>>(),
  followPageRoute: vi.fn(),
  pageLocale: () => Promise.resolve('en-US'),
}));
vi.mock('../../api/client', () => client);

async function open(route: string | null): Promise<HTMLElement> {
  vi.resetModules();
  // afresh for every opening: a module runs once per module registry
  for (const page of ['relationship-matrix', 'quarterly-review']) {
    vi.doMock(`../${page}/main`, () => {
      document.getElementById('app')!.dataset.ready = page;
      return {};
    });
  }
  client.pageRoute.mockResolvedValue(route);
  document.body.innerHTML = '<main id="app" class="page"><p class="loading">Loading…</p></main>';
  await import('./main');
  const root = document.getElementById('app')!;
  await vi.waitFor(() => expect(root.dataset.ready).toBeDefined());
  return root;
}

describe('Global page (Forge)', () => {
  afterEach(() => {
    vi.clearAllMocks();
    document.body.replaceChildren();
  });

  it('shows the quarterly review on the route quarterly-review', async () => {
    const root = await open('quarterly-review');

    expect(root.dataset.ready).toBe('quarterly-review');
    expect(root.className).toBe('page page--review');
    expect(client.followPageRoute).toHaveBeenCalledTimes(1);
  });

  it('shows the relationship matrix on its route and at the page’s root', async () => {
    expect((await open('relationship-matrix')).dataset.ready).toBe('relationship-matrix');
    expect((await open(null)).dataset.ready).toBe('relationship-matrix');
  });
});
