// client.ts behind the Forge door, against a STAND-IN of @forge/bridge (vi.mock below, not Atlassian's code):
// requestRemote answers a WHATWG Response as the real one does (it builds one from the host's answer), and the
// view's getContext answers a context shaped like Forge's, and its createHistory a history shaped like the one Jira
// hands a full page. Runs isolated: it mocks a module other files load.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  api,
  door,
  followHostTheme,
  followPageRoute,
  hostLocation,
  macroEditor,
  macroParameters,
  openInHost,
  pageIssue,
  pageLocale,
  pageParameters,
  pageRoute,
} from './client';

/** A STAND-IN of the history Jira's global page hands its app: the sub-page's route is the location's path. */
type HostLocation = { pathname: string; search: string; hash: string; state: unknown };
const standInHistory = vi.hoisted(() => {
  const listeners: ((location: HostLocation, action: string) => void)[] = [];
  return {
    action: 'POP',
    location: { pathname: '/quarterly-review', search: '', hash: '', state: undefined },
    listen: (listener: (location: HostLocation, action: string) => void) => {
      listeners.push(listener);
      return () => undefined;
    },
    /** What Jira's sidebar does: another sub-page's URL, the same page. */
    sidebarTo(pathname: string) {
      this.location = { ...this.location, pathname };
      for (const listener of listeners) listener(this.location, 'PUSH');
    },
  };
});

const bridge = vi.hoisted(() => ({
  requestRemote: vi.fn<(remoteKey: string, init: { path: string; method: string; headers: Record<string, string>; body?: string }) => Promise<Response>>(),
  view: {
    getContext: vi.fn<() => Promise<unknown>>(),
    theme: { enable: vi.fn<() => Promise<void>>() },
    submit: vi.fn<(payload: unknown) => Promise<void>>(),
    close: vi.fn<() => Promise<void>>(),
    createHistory: vi.fn(() => Promise.resolve(standInHistory)),
  },
  router: { navigate: vi.fn<(location: unknown) => Promise<void>>() },
}));
// forge.ts imports the bridge's two parts from the package's files (see there)
vi.mock('@forge/bridge/out/fetch/index.js', () => ({ requestRemote: bridge.requestRemote }));
vi.mock('@forge/bridge/out/view/view.js', () => ({ view: bridge.view }));
vi.mock('@forge/bridge/out/router/router.js', () => ({ router: bridge.router }));

function answer(status: number, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }): Response {
  const text = body === null ? null : typeof body === 'string' ? body : JSON.stringify(body);
  return new Response(text, { status, headers });
}

function context(extension: Record<string, unknown>): Record<string, unknown> {
  return {
    accountId: '557058:preview-demo-user',
    cloudId: 'cloud-1',
    siteUrl: 'https://acme.atlassian.net',
    moduleKey: 'internal-request-panel',
    localId: 'local-1',
    locale: 'en-US',
    timezone: 'Europe/Berlin',
    extension,
  };
}

describe('API client behind the Forge door', () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    delete window.AP;
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    fetchMock.mockReset();
    bridge.requestRemote.mockReset();
    bridge.view.getContext.mockReset();
    bridge.view.theme.enable.mockReset();
    bridge.view.submit.mockReset();
    bridge.view.close.mockReset();
  });

  it('takes the Connect door when all.js set window.AP, and the Forge door otherwise', async () => {
    expect(door()).toBe('forge');
    bridge.requestRemote.mockResolvedValue(answer(200, { id: 'me' }));
    await api.me();
    expect(bridge.requestRemote).toHaveBeenCalledTimes(1);
    expect(fetchMock).not.toHaveBeenCalled();

    window.AP = { context: { getToken: (callback) => callback('context-token') } };
    fetchMock.mockResolvedValue(answer(200, { id: 'me' }));
    expect(door()).toBe('connect');
    await api.me();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(bridge.requestRemote).toHaveBeenCalledTimes(1);
  });

  it('sends path, method, headers and body through requestRemote to the icr-backend remote, without an Authorization header', async () => {
    bridge.requestRemote.mockResolvedValue(answer(201, { id: 'd1', name: 'Sales' }));
    const saved = await api.createDepartment({ name: 'Sales' });

    expect(saved).toEqual({ id: 'd1', name: 'Sales' });
    expect(bridge.requestRemote).toHaveBeenCalledWith('icr-backend', {
      path: '/api/departments',
      method: 'POST',
      headers: { Accept: 'application/json', 'Accept-Language': 'en-US', 'Content-Type': 'application/json' },
      body: '{"name":"Sales"}',
    });
  });

  it('sends a GET with its query and no body', async () => {
    bridge.requestRemote.mockResolvedValue(answer(200, { departments: [], cells: [] }));
    await api.matrix({ metric: 'yesno', period: '2026-Q4', departments: ['a', 'b'] });

    expect(bridge.requestRemote).toHaveBeenCalledWith('icr-backend', {
      path: '/api/matrix?metric=yesno&period=2026-Q4&departments=a%2Cb',
      method: 'GET',
      headers: { Accept: 'application/json', 'Accept-Language': 'en-US' },
    });
  });

  it('reads a CSV answer as a Blob, asking for text/csv', async () => {
    bridge.requestRemote.mockResolvedValue(answer(200, 'provider,customer\nIT,HR\n', { 'content-type': 'text/csv' }));
    const blob = await api.matrixCsv();

    expect(await blob.text()).toBe('provider,customer\nIT,HR\n');
    expect(bridge.requestRemote.mock.calls[0]![1].headers).toEqual({ Accept: 'text/csv', 'Accept-Language': 'en-US' });
  });

  it('posts an import as CSV and reads the 400 report', async () => {
    const errors = [{ line: 2, field: 'provider', message: 'Unknown department' }];
    bridge.requestRemote.mockResolvedValue(answer(400, { dryRun: true, departmentsCreated: 0, relationshipsCreated: 0, relationshipsUpdated: 0, errors }));
    const report = await api.importMatrix('provider,customer\nX,Y', true);

    expect(report.errors).toEqual(errors);
    expect(bridge.requestRemote.mock.calls[0]![1]).toMatchObject({
      path: '/api/matrix/import?dryRun=true',
      method: 'POST',
      headers: { 'Content-Type': 'text/csv' },
      body: 'provider,customer\nX,Y',
    });
  });

  it('turns a 400 into the same ApiError as on Connect, with its field', async () => {
    bridge.requestRemote.mockResolvedValue(answer(400, { status: 400, message: 'Say why in the note.', field: 'note' }));
    const error = await api.decide('1', { outcome: 'declined', reason: 'other' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, message: 'Say why in the note.', field: 'note', retryAfterSeconds: null });
  });

  it('reads a 429’s Retry-After into the error', async () => {
    bridge.requestRemote.mockResolvedValue(answer(429, { status: 429, message: 'Daily limit reached.' }, { 'content-type': 'application/json', 'retry-after': '3600' }));

    await expect(api.appreciate({ toDepartmentId: 'it', toAccountIds: ['a'] })).rejects.toMatchObject({
      status: 429,
      message: 'Daily limit reached.',
      retryAfterSeconds: 3600,
    });
  });

  it('answers null for a 204', async () => {
    bridge.requestRemote.mockResolvedValue(answer(204, null, {}));

    expect(await api.deleteDepartment('d1')).toBeNull();
    expect(bridge.requestRemote.mock.calls[0]![1]).toEqual({ path: '/api/departments/d1', method: 'DELETE', headers: { Accept: 'application/json', 'Accept-Language': 'en-US' } });
  });

  it('takes an issue panel’s issue from the view context, not from the URL', async () => {
    window.history.replaceState(null, '', '/?issueId=666&issueKey=URL-1');
    bridge.view.getContext.mockResolvedValue(context({ type: 'jira:issuePanel', issue: { id: '10001', key: 'FIN-7', type: 'Task' }, project: { key: 'FIN' } }));

    expect(await pageIssue()).toEqual({ issueId: '10001', issueKey: 'FIN-7' });
    expect(pageParameters().toString()).toBe('');

    bridge.view.getContext.mockResolvedValue(context({ type: 'jira:issuePanel' }));
    expect(await pageIssue()).toBeNull();
  });

  it('takes the macro’s parameters from the view context’s config', async () => {
    window.history.replaceState(null, '', '/?metric=open');
    bridge.view.getContext.mockResolvedValue(context({ type: 'macro', config: { mode: 'matrix', metric: 'yesno', departments: 'a,b', limit: 3, nested: { x: 1 } } }));

    expect(await macroParameters()).toEqual({ mode: 'matrix', metric: 'yesno', departments: 'a,b', limit: '3' });
    expect(await macroEditor.data()).toEqual({ mode: 'matrix', metric: 'yesno', departments: 'a,b', limit: '3' });

    bridge.view.getContext.mockResolvedValue(context({ type: 'macro', macro: { isConfiguring: true, isInserting: true } }));
    expect(await macroEditor.data()).toEqual({});
  });

  // Before the Save below: a page's editor saves once, and a Close after that Save is no Cancel.
  it('cancels the editor with view.close when nothing was saved', async () => {
    bridge.view.close.mockResolvedValue(undefined);
    macroEditor.close();

    await vi.waitFor(() => expect(bridge.view.close).toHaveBeenCalledTimes(1));
    expect(bridge.view.submit).not.toHaveBeenCalled();
  });

  it('saves the editor’s parameters with view.submit, which closes the editor: the Close after it cancels nothing', async () => {
    bridge.view.submit.mockResolvedValue(undefined);
    macroEditor.save({ metric: 'open', departments: '' });
    macroEditor.close();

    await vi.waitFor(() => expect(bridge.view.submit).toHaveBeenCalledWith({ config: { metric: 'open', departments: '' } }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(bridge.view.close).not.toHaveBeenCalled();
  });

  it('reads the user’s locale from the view context', async () => {
    bridge.view.getContext.mockResolvedValue({ ...context({ type: 'jira:issuePanel' }), locale: 'de-DE' });
    expect(await pageLocale()).toBe('de-DE');
  });

  it('reads the host page’s URL from the view context', async () => {
    bridge.view.getContext.mockResolvedValue(context({ type: 'jira:globalPage', location: 'https://acme.atlassian.net/jira/apps/x/y?relationship=r1' }));

    expect(await hostLocation()).toBe('https://acme.atlassian.net/jira/apps/x/y?relationship=r1');
  });

  it('reads the sub-page from the route of the host’s history, and follows the sidebar’s changes of it', async () => {
    expect(await pageRoute()).toBe('quarterly-review');
    const routes: (string | null)[] = [];
    followPageRoute((route) => routes.push(route));
    await new Promise((resolve) => setTimeout(resolve, 0));

    standInHistory.sidebarTo('/relationship-matrix');
    standInHistory.sidebarTo('/');
    standInHistory.sidebarTo('/quarterly-review/extra');

    expect(routes).toEqual(['quarterly-review', 'relationship-matrix', null, 'quarterly-review']); // the route now, then each change
    expect(await pageRoute()).toBe('quarterly-review');
    expect(bridge.view.createHistory).toHaveBeenCalledTimes(1); // one history per page
  });

  it('has no sub-page route on Connect, where each page has its own URL', async () => {
    window.AP = { context: { getToken: vi.fn() } };
    const listener = vi.fn();

    expect(await pageRoute()).toBeNull();
    followPageRoute(listener);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(listener).not.toHaveBeenCalled();
  });

  it('follows the theme with view.theme.enable on Forge and initializeTheming on Connect', async () => {
    bridge.view.theme.enable.mockResolvedValue(undefined);
    followHostTheme();
    await vi.waitFor(() => expect(bridge.view.theme.enable).toHaveBeenCalledTimes(1));

    const initializeTheming = vi.fn();
    window.AP = { context: { getToken: vi.fn() }, theming: { initializeTheming } };
    followHostTheme();
    expect(initializeTheming).toHaveBeenCalledTimes(1);
    expect(bridge.view.theme.enable).toHaveBeenCalledTimes(1);
  });

  it('opens an issue and a sub-page of the global page in Jira’s window with the router on Forge, the navigator on Connect', async () => {
    bridge.router.navigate.mockResolvedValue(undefined);
    await openInHost({ issueKey: 'IT-42' });
    await openInHost({ route: 'quarterly-review', query: { relationship: 'rel-1' } });
    await openInHost({ route: 'relationship-matrix' });

    expect(bridge.router.navigate.mock.calls.map(([location]) => location)).toEqual([
      { target: 'issue', issueKey: 'IT-42' },
      { target: 'module', moduleKey: 'icr-pages', path: '/quarterly-review?relationship=rel-1' },
      { target: 'module', moduleKey: 'icr-pages', path: '/relationship-matrix' },
    ]);

    const go = vi.fn();
    window.AP = { context: { getToken: vi.fn() }, navigator: { go } };
    await openInHost({ issueKey: 'IT-42' });
    await openInHost({ route: 'quarterly-review', query: { relationship: 'rel-1' } });
    expect(go.mock.calls).toEqual([
      ['issue', { issueKey: 'IT-42' }],
      ['addonmodule', { moduleKey: 'quarterly-review', customData: { relationship: 'rel-1' } }],
    ]);
    expect(bridge.router.navigate).toHaveBeenCalledTimes(3);
  });
});
