// The context's two loads together: the request and, in parallel, the viewer's satisfaction checks.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import { answer, askedViewer, check, issueSatisfaction, requestView } from '../../testing/fixtures';

const api = vi.hoisted(() => ({ request: vi.fn(), satisfaction: vi.fn() }));
vi.mock('../../api/client', async (original) => ({
  ...(await original<typeof import('../../api/client')>()),
  api,
  fitToContent: vi.fn(),
  followHostTheme: vi.fn(),
}));

async function open(): Promise<HTMLElement> {
  vi.resetModules();
  document.body.innerHTML = '<main id="app"></main>';
  // Behind Connect (all.js set window.AP), where Jira names the issue in the page URL.
  window.AP = { context: { getToken: vi.fn() } };
  window.history.replaceState(null, '', '/pages/issue-context?issueId=10001&issueKey=FIN-7');
  await import('./main');
  const root = document.getElementById('app')!;
  await vi.waitFor(() => expect(root.dataset.ready).toMatch(/true|error/));
  return root;
}

describe('Issue context page', () => {
  beforeEach(() => api.request.mockResolvedValue(requestView()));
  afterEach(() => {
    vi.clearAllMocks();
    document.body.replaceChildren();
  });

  it('loads the request and the checks in parallel and prompts the person asked who has not answered', async () => {
    api.satisfaction.mockResolvedValue(issueSatisfaction({ current: check({ you: askedViewer() }) }));
    const root = await open();

    expect(api.request).toHaveBeenCalledWith('10001');
    expect(api.satisfaction).toHaveBeenCalledWith('10001');
    expect(root.querySelector('#rate-prompt')!.textContent).toContain('Awaiting your rating');
    expect(root.querySelector('.request-pair')!.textContent).toBe('Sales → Finance');
  });

  it('shows no prompt once they answered, nor to anyone not asked', async () => {
    api.satisfaction.mockResolvedValue(issueSatisfaction({ current: check({ state: 'answered', you: askedViewer({ answer: answer() }) }) }));
    expect((await open()).querySelector('#rate-prompt')).toBeNull();

    api.satisfaction.mockResolvedValue(issueSatisfaction());
    expect((await open()).querySelector('#rate-prompt')).toBeNull();
  });

  it('shows the context as before when the checks fail to load', async () => {
    api.satisfaction.mockRejectedValue(new ApiError(503, 'Service Unavailable'));
    const root = await open();

    expect(root.dataset.ready).toBe('true');
    expect(root.querySelector('#rate-prompt, [role=alert]')).toBeNull();
    expect(root.querySelector<HTMLElement>('.lozenge')!.dataset.outcome).toBe('awaiting');
  });
});
