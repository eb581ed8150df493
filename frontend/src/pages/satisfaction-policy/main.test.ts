// The page's loads: the policy, and whether the viewer is a Jira administrator (read-only otherwise).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import { admin, member, satisfactionPolicy } from '../../testing/fixtures';

const api = vi.hoisted(() => ({ satisfactionPolicy: vi.fn(), me: vi.fn(), saveSatisfactionPolicy: vi.fn(), siteQuestionnaire: vi.fn(), saveSiteQuestionnaire: vi.fn() }));
vi.mock('../../api/client', async (original) => ({
  ...(await original<typeof import('../../api/client')>()),
  api,
  fitToContent: vi.fn(),
  followHostTheme: vi.fn(),
}));

async function open(): Promise<HTMLElement> {
  vi.resetModules();
  document.body.innerHTML = '<main id="app"></main>';
  await import('./main');
  const root = document.getElementById('app')!;
  await vi.waitFor(() => expect(root.dataset.ready).toMatch(/true|error/));
  return root;
}

describe('Satisfaction checks page', () => {
  afterEach(() => {
    vi.clearAllMocks();
    document.body.replaceChildren();
  });

  it('lets a Jira administrator change the policy, and saves it with PUT through the client', async () => {
    api.satisfactionPolicy.mockResolvedValue(satisfactionPolicy());
    api.me.mockResolvedValue(admin);
    api.saveSatisfactionPolicy.mockResolvedValue(satisfactionPolicy({ clarity: true }));
    const root = await open();
    root.querySelector<HTMLInputElement>('#clarity')!.click();
    root.querySelector<HTMLButtonElement>('#policy-save')!.click();
    await vi.waitFor(() => expect(api.saveSatisfactionPolicy).toHaveBeenCalledWith(satisfactionPolicy({ clarity: true })));
  });

  it('shows it read-only to anyone else, and editable when who they are is unknown (the PUT decides)', async () => {
    api.satisfactionPolicy.mockResolvedValue(satisfactionPolicy());
    api.me.mockResolvedValue(member);
    expect((await open()).querySelector('[data-read-only]')).not.toBeNull();

    api.me.mockRejectedValue(new ApiError(503, 'Service Unavailable'));
    const root = await open();
    expect(root.querySelector('[data-read-only]')).toBeNull();
    expect(root.querySelector('#policy-save')).not.toBeNull();
  });

  it('says why the policy could not be loaded', async () => {
    api.satisfactionPolicy.mockRejectedValue(new ApiError(503, 'Service Unavailable'));
    api.me.mockResolvedValue(admin);
    const root = await open();

    expect(root.querySelector('[role=alert]')!.textContent).toBe('The satisfaction-check policy could not be loaded: Service Unavailable');
  });
});
