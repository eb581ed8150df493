// A stand-in for the app's people and picker endpoints in page tests (the server's own stand-in for Jira answers
// them in the app): the Connect bridge and fetch stubbed, answering GET /api/people and GET /api/pickers/*.
// `pick` chooses in a page's picker the way a user does: types, waits for the results, arrows down, Enter.
import { type Mock, vi } from 'vitest';
import type { PersonView, PickerResult } from '../api/types';
import { resetPeople } from '../people/resolver';

export interface StandInSite {
  users?: PickerResult[];
  groups?: string[];
  projects?: PickerResult[];
  components?: Record<string, PickerResult[]>;
  /** Accounts Jira no longer knows. */
  former?: string[];
}

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
const matching = (results: PickerResult[], query: string) => results.filter((r) => r.label.toLowerCase().includes(query.toLowerCase()));

export function standInSite(site: StandInSite): Mock<typeof fetch> {
  const fetchMock = vi.fn<typeof fetch>((input) => {
    const url = new URL(input as string, 'https://app.example');
    const query = url.searchParams.get('query') ?? '';
    switch (url.pathname) {
      case '/api/people':
        return Promise.resolve(
          json({
            people: url.searchParams.getAll('accountId').map((accountId): PersonView => {
              const user = site.users?.find((u) => u.id === accountId);
              return user && !site.former?.includes(accountId)
                ? { accountId, displayName: user.label, avatarUrl: user.avatarUrl, former: false }
                : { accountId, displayName: null, avatarUrl: null, former: true };
            }),
          }),
        );
      case '/api/pickers/users':
        return Promise.resolve(json({ results: matching(site.users ?? [], query) }));
      case '/api/pickers/groups':
        return Promise.resolve(json({ results: matching((site.groups ?? []).map((g) => ({ id: g, label: g, avatarUrl: null })), query) }));
      case '/api/pickers/projects':
        return Promise.resolve(json({ results: (site.projects ?? []).filter((p) => p.id === query || p.label.toLowerCase().includes(query.toLowerCase())) }));
      case '/api/pickers/components':
        return Promise.resolve(json({ results: matching(site.components?.[url.searchParams.get('project') ?? ''] ?? [], query) }));
      default:
        return Promise.resolve(new Response(JSON.stringify({ message: 'Not Found' }), { status: 404 }));
    }
  });
  window.AP = { context: { getToken: (callback) => callback('context-token') } };
  vi.stubGlobal('fetch', fetchMock);
  resetPeople();
  return fetchMock;
}

export const user = (accountId: string, name: string): PickerResult => ({ id: accountId, label: name, avatarUrl: `https://avatars.example/${accountId}.png` });

/** The page's calls to GET /api/people. */
export const peopleCalls = (fetchMock: Mock<typeof fetch>) => fetchMock.mock.calls.map((c) => c[0] as string).filter((u) => u.startsWith('/api/people'));

async function until<T>(find: () => T | null | undefined, what: string): Promise<T> {
  for (let waited = 0; waited < 3000; waited += 10) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`Gave up waiting for ${what}`);
}

/** Chooses `label` in the picker whose input is named `name`, by typing `query`, the arrow keys and Enter. */
export async function pick(root: ParentNode, name: string, query: string, label: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>(`input[role=combobox][name="${name}"]`);
  if (!input) throw new Error(`No picker named ${name}`);
  input.focus();
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const list = document.getElementById(input.getAttribute('aria-controls')!)!;
  const options = await until(() => (input.getAttribute('aria-expanded') === 'true' ? Array.from(list.querySelectorAll('[role=option]')) : null), `results for ${query}`);
  const index = options.findIndex((o) => o.textContent === label);
  if (index < 0) throw new Error(`${label} is not among ${options.map((o) => o.textContent).join(', ')}`);
  for (let i = 0; i <= index; i++) input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }));
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
}

/** The names on a picker's chips. */
export const chips = (root: ParentNode, name: string) =>
  Array.from(root.querySelector(`input[role=combobox][name="${name}"]`)!.closest('.picker')!.querySelectorAll('.picker__chip-label'), (c) => c.textContent);

/** Waits for names and searches to come back. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
