// The whole Forge chain in one process: client.ts → api/forge.ts → the REAL @forge/bridge 7.2.0 → the preview's
// stand-in of the host (forge-host.ts) → fetch (mocked: the preview backend and our API). What the bridge hands
// the host and how it reads the answer come from Atlassian's package here, not from our reading of it.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CallBridge, createCallBridge, type StandInDependencies, type StandInOptions } from './forge-host';

const fetchMock = vi.fn<typeof fetch>();
const post = vi.fn<(message: Record<string, unknown>) => void>();
const TOKEN = 'header.eyJjb250ZXh0Ijp7ImNsb3VkSWQiOiJwcmV2aWV3LWNsb3VkIn19.signature'; // claims: {"context":{"cloudId":"preview-cloud"}}

const options: StandInOptions = {
  moduleKey: 'relationship-matrix',
  moduleType: 'macro',
  product: 'confluence',
  issueId: null,
  issueKey: null,
  config: { mode: 'matrix', metric: 'yesno', departments: 'a,b' },
  configuring: true,
  colorMode: 'dark',
  accountId: '557058:preview-demo-user',
  location: null,
  route: null,
  locale: 'en-US',
};

/** Jira's global page on its Quarterly review sub-page, as the preview host names it. */
const globalPage: StandInOptions = {
  ...options,
  moduleKey: 'icr-pages',
  moduleType: 'jira:globalPage',
  product: 'jira',
  config: {},
  configuring: false,
  route: 'quarterly-review',
};

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === null ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

let client: typeof import('../api/client');
/** The stand-in answering now; the bridge takes window.__bridge.callBridge once, when it loads. */
let standIn: CallBridge;
let hostListener: (message: Record<string, unknown>) => void = () => {};
const remember = vi.fn<(name: string, value: string) => void>();

function hostFor(of: StandInOptions): void {
  const deps: StandInDependencies = { fetch: fetchMock, document, post, listen: (listener) => (hostListener = listener), now: () => 0, remember };
  standIn = createCallBridge(of, deps);
}

/**
 * The bridge builds `new Request('', ...)`, which a browser resolves against the page; Node's Request, which
 * jsdom leaves in place, wants an absolute URL. (test-setup.ts unstubs globals after every test.)
 */
function resolvingRequest(): void {
  const NodeRequest = Request;
  vi.stubGlobal(
    'Request',
    class extends NodeRequest {
      constructor(input: RequestInfo | URL, init?: RequestInit) {
        super(typeof input === 'string' ? new URL(input, window.location.href) : input, init);
      }
    },
  );
}

beforeAll(async () => {
  // Forge defines __bridge before any script of the page runs; so does the preview's /preview/forge-host.js.
  hostFor(options);
  window.__bridge = { callBridge: (name, payload) => standIn(name, payload) };
  client = await import('../api/client');
});

beforeEach(() => {
  delete window.AP; // behind Forge
  resolvingRequest();
});

afterEach(() => {
  fetchMock.mockReset();
  post.mockReset();
  remember.mockReset();
  document.documentElement.removeAttribute('data-theme');
});

/** The preview backend: the token endpoint, and our API answering `api`. */
function backend(api: (path: string) => Response): void {
  fetchMock.mockImplementation((input) => {
    const path = input instanceof Request ? input.url : input.toString(); // the stand-in passes a path string
    return Promise.resolve(path === '/preview/forge/invocation-token' ? json(200, { token: TOKEN }) : api(path));
  });
}

describe('A page behind the Forge door in the preview', () => {
  it('gets JSON through requestRemote, called with the invocation token', async () => {
    backend(() => json(201, { id: 'd1', name: 'Sales' }));
    expect(await client.api.createDepartment({ name: 'Sales' })).toEqual({ id: 'd1', name: 'Sales' });

    const [path, init] = fetchMock.mock.calls[1]!;
    expect(path).toBe('/api/departments');
    expect(init!.method).toBe('POST');
    expect(init!.body).toBe('{"name":"Sales"}');
    expect((init!.headers as Headers).get('Authorization')).toBe(`Bearer ${TOKEN}`);
    expect((init!.headers as Headers).get('Content-Type')).toBe('application/json');
  });

  it('gets the same ApiErrors as behind Connect: a 400’s field, a 429’s Retry-After', async () => {
    backend((path) =>
      path.startsWith('/api/requests')
        ? json(400, { status: 400, message: 'Say why in the note.', field: 'note' })
        : json(429, { status: 429, message: 'Daily limit reached.' }, { 'Retry-After': '3600' }),
    );

    await expect(client.api.decide('1', { outcome: 'declined', reason: 'other' })).rejects.toMatchObject({ status: 400, field: 'note' });
    await expect(client.api.appreciate({ toDepartmentId: 'it', toAccountIds: ['a'] })).rejects.toMatchObject({ status: 429, retryAfterSeconds: 3600 });
  });

  it('gets null for a 204 and a Blob for CSV', async () => {
    backend((path) => (path.endsWith('.csv') ? new Response('provider,customer\n', { headers: { 'Content-Type': 'text/csv' } }) : new Response(null, { status: 204 })));

    expect(await client.api.deleteDepartment('d1')).toBeNull();
    expect(await (await client.api.matrixCsv()).text()).toBe('provider,customer\n');
  });

  it('reads the macro’s parameters from the context, follows the theme, and saves through the host', async () => {
    backend(() => json(200, {}));

    expect(await client.macroParameters()).toEqual({ mode: 'matrix', metric: 'yesno', departments: 'a,b' });
    client.followHostTheme();
    await vi.waitFor(() => expect(document.documentElement.getAttribute('data-color-mode')).toBe('dark'));

    client.macroEditor.save({ mode: 'matrix', metric: 'open', departments: '' });
    client.macroEditor.close();
    await vi.waitFor(() => expect(post).toHaveBeenCalledWith({ source: 'icr-forge-stand-in', type: 'submit', config: { mode: 'matrix', metric: 'open', departments: '' } }));
    expect(post).toHaveBeenCalledTimes(1);
  });
});

describe('Jira’s global page behind the Forge door in the preview', () => {
  beforeAll(() => hostFor(globalPage));

  it('reads its sub-page’s route through view.createHistory, and follows the preview host’s sidebar', async () => {
    expect(await client.pageRoute()).toBe('quarterly-review');
    const routes: (string | null)[] = [];
    client.followPageRoute((route) => routes.push(route));
    await new Promise((resolve) => setTimeout(resolve, 0));

    hostListener({ type: 'route', route: 'relationship-matrix' });

    expect(routes).toEqual(['quarterly-review', 'relationship-matrix']);
    expect(await client.pageRoute()).toBe('relationship-matrix');
    expect(remember).toHaveBeenCalledWith('route', 'relationship-matrix');
  });
});
