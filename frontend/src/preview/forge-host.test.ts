// The preview's stand-in of the Forge host: callBridge as @forge/bridge calls it, with fetch mocked (the
// preview backend's invocation-token endpoint and our API).
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type CallBridge,
  claimsOf,
  createCallBridge,
  type FetchRemoteAnswer,
  optionsFrom,
  type StandInHistory,
  type StandInOptions,
} from './forge-host';

/** An unsigned JWT with these claims: the stand-in reads claims, it never verifies (the backend does). */
function fit(claims: Record<string, unknown>): string {
  const part = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${part({ alg: 'RS256', kid: 'preview' })}.${part(claims)}.signature`;
}

const NOW = Date.UTC(2026, 11, 7, 10, 0, 0);
const TOKEN = fit({ exp: NOW / 1000 + 300, context: { cloudId: 'preview-cloud', siteUrl: 'https://preview.icr.invalid', extension: { issue: { id: '10001' } } } });

function options(overrides: Partial<StandInOptions> = {}): StandInOptions {
  return {
    moduleKey: 'internal-request-panel',
    moduleType: 'jira:issuePanel',
    product: 'jira',
    issueId: '10001',
    issueKey: 'FIN-7',
    config: {},
    configuring: false,
    colorMode: 'light',
    accountId: '557058:preview-demo-user',
    location: null,
    route: null,
    locale: 'en-US',
    ...overrides,
  };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === null ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

describe('Forge host stand-in (preview)', () => {
  const fetchMock = vi.fn<typeof fetch>();
  const post = vi.fn<(message: Record<string, unknown>) => void>();
  const remember = vi.fn<(name: string, value: string) => void>();
  let hostListener: (message: Record<string, unknown>) => void = () => {};
  let now = NOW;

  function standIn(overrides: Partial<StandInOptions> = {}): CallBridge {
    return createCallBridge(options(overrides), {
      fetch: fetchMock,
      document,
      post,
      listen: (listener) => (hostListener = listener),
      now: () => now,
      remember,
    });
  }

  /** The token endpoint answers TOKEN; every other path answers what `api` gives. */
  function backend(api: (path: string, init: RequestInit) => Response): void {
    fetchMock.mockImplementation((input, init) => {
      const path = input instanceof Request ? input.url : input.toString(); // the stand-in passes a path string
      return Promise.resolve(path === '/preview/forge/invocation-token' ? json(200, { token: TOKEN }) : api(path, init ?? {}));
    });
  }

  afterEach(() => {
    fetchMock.mockReset();
    post.mockReset();
    remember.mockReset();
    now = NOW;
    document.documentElement.removeAttribute('data-theme');
  });

  it('signs a token for the module, then calls our API with it as the bearer, and answers what the bridge builds its Response from', async () => {
    backend(() => json(201, { id: 'd1' }, { 'X-Request-Id': 'r1' }));
    const answer = (await standIn()('fetchRemote', {
      remoteKey: 'icr-backend',
      fetchRequestInit: { path: '/api/departments', method: 'POST', headers: [['accept', 'application/json'], ['content-type', 'application/json']], body: '{"name":"Sales"}' },
      isMultipartFormData: false,
    })) as FetchRemoteAnswer;

    const [tokenPath, tokenInit] = fetchMock.mock.calls[0]!;
    expect(tokenPath).toBe('/preview/forge/invocation-token');
    expect(tokenInit!.method).toBe('POST');
    expect(JSON.parse(tokenInit!.body as string)).toEqual({ moduleKey: 'internal-request-panel', issueId: '10001', accountId: '557058:preview-demo-user', product: 'jira' });

    const [path, init] = fetchMock.mock.calls[1]!;
    const headers = init!.headers as Headers;
    expect(path).toBe('/api/departments');
    expect(init!.method).toBe('POST');
    expect(init!.body).toBe('{"name":"Sales"}');
    expect(headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
    expect(headers.get('Accept')).toBe('application/json');
    expect(headers.get('Content-Type')).toBe('application/json');

    expect(answer).toEqual({
      status: 201,
      statusText: '',
      headers: { 'content-type': 'application/json', 'x-request-id': 'r1' },
      body: '{"id":"d1"}',
      isAttachment: false,
    });
  });

  it('hands a 429 on with its Retry-After, and a 204 with an empty body', async () => {
    backend((path) => (path === '/api/appreciation' ? json(429, { message: 'Daily limit reached.' }, { 'Retry-After': '3600' }) : new Response(null, { status: 204 })));
    const bridge = standIn();

    const limited = (await bridge('fetchRemote', { remoteKey: 'icr-backend', fetchRequestInit: { path: '/api/appreciation', method: 'POST', headers: [], body: '{}' } })) as FetchRemoteAnswer;
    const deleted = (await bridge('fetchRemote', { remoteKey: 'icr-backend', fetchRequestInit: { path: '/api/departments/d1', method: 'DELETE', headers: [], body: '' } })) as FetchRemoteAnswer;

    expect(limited).toMatchObject({ status: 429, headers: { 'retry-after': '3600' }, body: '{"message":"Daily limit reached."}' });
    expect(deleted).toMatchObject({ status: 204, body: '' });
    expect(fetchMock.mock.calls[2]![1]!.body).toBeUndefined();
  });

  it('sends a GET without a body, and replaces an Authorization header the page set', async () => {
    backend(() => json(200, []));
    await standIn()('fetchRemote', { remoteKey: 'icr-backend', fetchRequestInit: { path: '/api/matrix?metric=open', method: 'GET', headers: [['authorization', 'JWT forged']], body: null } });

    const [path, init] = fetchMock.mock.calls[1]!;
    expect(path).toBe('/api/matrix?metric=open');
    expect(init!.body).toBeUndefined();
    expect((init!.headers as Headers).get('Authorization')).toBe(`Bearer ${TOKEN}`);
  });

  it('keeps the token until a minute before it expires', async () => {
    backend(() => json(200, {}));
    const bridge = standIn();
    const call = () => bridge('fetchRemote', { remoteKey: 'icr-backend', fetchRequestInit: { path: '/api/me', method: 'GET', headers: [] } });

    await call();
    await call();
    now = NOW + 241_000;
    await call();

    expect(fetchMock.mock.calls.map(([path]) => path)).toEqual(['/preview/forge/invocation-token', '/api/me', '/api/me', '/preview/forge/invocation-token', '/api/me']);
  });

  it('refuses another remote, and a call it could not sign', async () => {
    fetchMock.mockResolvedValue(json(403, { message: 'The preview answers only this machine.' }));
    const bridge = standIn();

    await expect(bridge('fetchRemote', { remoteKey: 'elsewhere', fetchRequestInit: { path: '/x' } })).rejects.toThrow('No remote elsewhere');
    await expect(bridge('fetchRemote', { remoteKey: 'icr-backend', fetchRequestInit: { path: '/api/me' } })).rejects.toThrow('HTTP 403');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('answers an issue panel’s context with the issue, and the cloud and site its token was signed for', async () => {
    backend(() => json(200, {}));
    const context = (await standIn({ location: 'http://localhost:8080/preview?door=forge' })('getContext')) as Record<string, unknown>;

    expect(context).toMatchObject({
      accountId: '557058:preview-demo-user',
      cloudId: 'preview-cloud',
      siteUrl: 'https://preview.icr.invalid',
      moduleKey: 'internal-request-panel',
      locale: 'en-US',
      extension: { type: 'jira:issuePanel', issue: { id: '10001', key: 'FIN-7' }, project: { key: 'FIN' }, location: 'http://localhost:8080/preview?door=forge' },
      theme: { colorMode: 'light' },
    });
  });

  it('answers the locale the preview’s language switch chose', async () => {
    backend(() => json(200, {}));
    const context = (await standIn({ locale: 'de-DE' })('getContext')) as Record<string, unknown>;
    expect(context.locale).toBe('de-DE');
    expect(optionsFrom(new URLSearchParams({ locale: 'de-DE' }), null).locale).toBe('de-DE');
    expect(optionsFrom(new URLSearchParams(), null).locale).toBe('en-US');
  });

  it('answers the macro’s config, and in its editor whether it is being inserted', async () => {
    backend(() => json(200, {}));
    const macro = (await standIn({ moduleKey: 'relationship-matrix', moduleType: 'macro', issueId: null, issueKey: null, config: { metric: 'open' } })('getContext')) as {
      extension: Record<string, unknown>;
    };
    const inserting = (await standIn({ moduleType: 'macro', issueId: null, configuring: true })('getContext')) as { extension: Record<string, unknown> };

    expect(macro.extension).toMatchObject({ type: 'macro', config: { metric: 'open' }, isEditing: false, macro: { isConfiguring: false } });
    expect(macro.extension.issue).toBeUndefined();
    expect(inserting.extension).toMatchObject({ config: {}, macro: { isConfiguring: true, isInserting: true } });
  });

  it('still answers a context when the backend signs nothing, without a cloud', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const context = (await standIn()('getContext')) as Record<string, unknown>;

    expect(context.cloudId).toBeUndefined();
    expect(context.siteUrl).toBe('https://preview.icr.invalid');
  });

  it('applies the theme’s design tokens when theming is enabled, and follows the preview host’s theme', async () => {
    const bridge = standIn({ colorMode: 'dark' });
    hostListener({ type: 'theme', colorMode: 'light' });
    expect(document.documentElement.hasAttribute('data-color-mode')).toBe(false); // not before enable()

    await bridge('enableTheming');
    expect(document.documentElement.getAttribute('data-color-mode')).toBe('light');
    expect(document.documentElement.getAttribute('data-theme')).toBe('light:light dark:dark spacing:spacing');
    expect([...document.head.querySelectorAll('link[rel=stylesheet]')].map((link) => link.getAttribute('href'))).toEqual([
      '/preview/tokens-light.css',
      '/preview/tokens-dark.css',
    ]);

    hostListener({ type: 'theme', colorMode: 'dark' });
    expect(document.documentElement.getAttribute('data-color-mode')).toBe('dark');
    expect(document.head.querySelectorAll('link')).toHaveLength(2);
    // a reload of the page (the global page's, for another sub-page) opens in the theme the host shows now
    expect(remember.mock.calls).toEqual([
      ['theme', 'light'],
      ['theme', 'dark'],
    ]);
  });

  it('hands Jira’s global page the history of its URL, whose path is the sub-page’s route, one history per page', async () => {
    const page = standIn({ moduleKey: 'icr-pages', moduleType: 'jira:globalPage', issueId: null, issueKey: null, route: 'quarterly-review' });
    const history = (await page('createHistory')) as StandInHistory;

    expect(history.action).toBe('POP');
    expect(history.location).toEqual({ pathname: '/quarterly-review', search: '', hash: '', state: undefined });
    expect(await page('createHistory')).toBe(history);
    expect(((await standIn({ moduleType: 'jira:globalPage', route: null })('createHistory')) as StandInHistory).location.pathname).toBe('/');
  });

  it('moves the global page’s history to the sub-page the preview host picks, as Jira’s sidebar does, and tells its listeners', async () => {
    const page = standIn({ moduleKey: 'icr-pages', moduleType: 'jira:globalPage', issueId: null, issueKey: null, route: 'relationship-matrix' });
    const history = (await page('createHistory')) as StandInHistory;
    const heard: [string, string][] = [];
    const unlisten = history.listen((location, action) => heard.push([location.pathname, action]));

    hostListener({ type: 'route', route: 'quarterly-review' });
    history.replace({ pathname: '/relationship-matrix' });
    unlisten();
    history.push('quarterly-review');

    expect(heard).toEqual([
      ['/quarterly-review', 'PUSH'],
      ['/relationship-matrix', 'REPLACE'],
    ]);
    expect(history.location.pathname).toBe('/quarterly-review');
    expect(history.action).toBe('PUSH');
    // a reload opens the sub-page shown now, as Jira's URL keeps it
    expect(remember.mock.calls).toEqual([
      ['route', 'quarterly-review'],
      ['route', 'relationship-matrix'],
      ['route', 'quarterly-review'],
    ]);
    expect(() => history.goBack()).toThrow('keeps no history');
  });

  it('offers createHistory to the global page alone', async () => {
    await expect(standIn()('createHistory')).rejects.toThrow('createHistory is not offered to jira:issuePanel');
  });

  it('hands the editor’s submit and close to the preview host; elsewhere neither is allowed', async () => {
    const editor = standIn({ moduleType: 'macro', configuring: true, issueId: null });
    expect(await editor('submit', { config: { metric: 'open', departments: 'a,b' } })).toBe(true);
    expect(await editor('close')).toBe(true);
    await expect(editor('submit', { config: 'metric=open' })).rejects.toThrow('INVALID_CONFIG');
    expect(post.mock.calls).toEqual([
      [{ source: 'icr-forge-stand-in', type: 'submit', config: { metric: 'open', departments: 'a,b' } }],
      [{ source: 'icr-forge-stand-in', type: 'close' }],
    ]);

    const panel = standIn();
    expect(await panel('submit', { config: {} })).toBe(false);
    expect(await panel('close')).toBe(false);
    expect(post).toHaveBeenCalledTimes(2);
  });

  it('refuses what no page of ours calls', async () => {
    await expect(standIn()('open')).rejects.toThrow('does not offer open');
  });

  it('reads its module from the iframe URL the preview host wrote', () => {
    const search = new URLSearchParams({
      moduleKey: 'relationship-matrix',
      moduleType: 'macro',
      product: 'confluence',
      config: '{"metric":"yesno"}',
      configuring: 'true',
      theme: 'dark',
    });
    const globalPage = new URLSearchParams({ moduleKey: 'icr-pages', moduleType: 'jira:globalPage', product: 'jira', route: 'quarterly-review' });

    expect(optionsFrom(globalPage, null)).toMatchObject({ moduleKey: 'icr-pages', moduleType: 'jira:globalPage', route: 'quarterly-review' });
    expect(optionsFrom(search, 'http://localhost/preview')).toEqual({
      moduleKey: 'relationship-matrix',
      moduleType: 'macro',
      product: 'confluence',
      issueId: null,
      issueKey: null,
      config: { metric: 'yesno' },
      configuring: true,
      colorMode: 'dark',
      accountId: '557058:preview-demo-user',
      location: 'http://localhost/preview',
      route: null,
    locale: 'en-US',
    });
    expect(optionsFrom(new URLSearchParams('config=%7Bbroken'), null).config).toEqual({});
  });

  it('reads a token’s claims, and nothing from a token that is none', () => {
    expect(claimsOf(TOKEN)).toMatchObject({ context: { cloudId: 'preview-cloud' } });
    expect(claimsOf('not a token')).toEqual({});
  });
});
