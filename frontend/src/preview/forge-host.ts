// PREVIEW ONLY: a stand-in for the Forge platform's side of @forge/bridge, so the preview can show each page in
// its Forge form. @forge/bridge calls `window.__bridge.callBridge(name, payload)`, which Forge itself defines in
// every Custom UI page; in the preview, /preview/forge/<page>/ serves the page's Forge index.html with
// forge-host-main.ts (built as /preview/forge-host.js) loaded before the page's own module, and this answers
// the calls our pages make:
//   fetchRemote    requestRemote: signs an invocation token with the preview backend, then calls our API
//   getContext     a context shaped like Forge's, for the module the preview host named in the iframe URL
//   enableTheming  view.theme.enable: the design tokens of the preview host's theme, and its later changes
//   submit, close  the macro editor's view.submit and view.close, handed to the preview host
//   createHistory  view.createHistory on Jira's global page: its sub-page's route, and the route changes the
//                  preview host makes as Jira's sidebar does (the page stays, the route changes)
// Anything else rejects: no page of ours calls it.

/** What the preview host (src/preview/main.ts) says about the module, in the query of the iframe's URL. */
export interface StandInOptions {
  /** The module's key, as the manifest would name it; it goes into the invocation token's context. */
  moduleKey: string;
  /** Forge's module type (`jira:issuePanel`, `macro`...), for `extension.type`. */
  moduleType: string;
  product: 'jira' | 'confluence';
  issueId: string | null;
  issueKey: string | null;
  /** The macro's saved parameters (`extension.config`). */
  config: Record<string, unknown>;
  /** This is the macro's editor (the macro's `config` resource). */
  configuring: boolean;
  colorMode: 'light' | 'dark';
  accountId: string;
  /** The host page's URL (`extension.location`). */
  location: string | null;
  /** The global page's sub-page route (`quarterly-review`): the path of the history createHistory answers. */
  route: string | null;
  /** The user's locale (`locale` of the context), the preview's language switch. */
  locale: string;
}

/** The preview's demo user (DemoSite.USER_ACCOUNT_ID on the server). */
export const DEMO_ACCOUNT_ID = '557058:preview-demo-user';
/** The demo site (DemoSite.BASE_URL): the context's siteUrl when the invocation token does not say one. */
export const DEMO_SITE_URL = 'https://preview.icr.invalid';
/** The one remote the manifest declares. */
export const REMOTE_KEY = 'icr-backend';
/** Messages between the stand-in (in the page's iframe) and the preview host (its parent). */
export const FROM_STAND_IN = 'icr-forge-stand-in';
export const FROM_HOST = 'icr-preview-host';

export function optionsFrom(search: URLSearchParams, location: string | null): StandInOptions {
  const text = (name: string) => {
    const value = (search.get(name) ?? '').trim();
    return value === '' ? null : value;
  };
  let config: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(search.get('config') ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) config = parsed as Record<string, unknown>;
  } catch {
    // a broken config: the macro's defaults
  }
  return {
    moduleKey: text('moduleKey') ?? 'unknown-module',
    moduleType: text('moduleType') ?? 'jira:globalPage',
    product: text('product') === 'confluence' ? 'confluence' : 'jira',
    issueId: text('issueId'),
    issueKey: text('issueKey'),
    config,
    configuring: search.get('configuring') === 'true',
    colorMode: search.get('theme') === 'dark' ? 'dark' : 'light',
    accountId: text('accountId') ?? DEMO_ACCOUNT_ID,
    location,
    route: text('route'),
    locale: text('locale') ?? 'en-US',
  };
}

/** What @forge/bridge's requestRemote hands the host (fetch/fetch.js in the package). */
interface FetchRemotePayload {
  remoteKey: string;
  fetchRequestInit: { path?: string; method?: string; headers?: [string, string][]; body?: string | null };
  isMultipartFormData?: boolean;
}

/** What it wants back, to build the page's Response from: headers as one object, the body as text. */
export interface FetchRemoteAnswer {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: string;
  isAttachment: boolean;
}

export type CallBridge = (name: string, payload?: unknown) => Promise<unknown>;

export interface StandInDependencies {
  fetch: typeof fetch;
  document: Document;
  /** Posts a message to the preview host. */
  post: (message: Record<string, unknown>) => void;
  /** Registers a listener for the preview host's messages. */
  listen: (listener: (message: Record<string, unknown>) => void) => void;
  now: () => number;
  /**
   * Writes a parameter of the iframe URL's query (empty: removes it), so that the page, reloaded, opens as the host
   * shows it now: the route and the theme, which Jira keeps outside the page.
   */
  remember: (name: string, value: string) => void;
}

/** A location of the global page's history: its path is the sub-page's route. */
export interface StandInLocation {
  pathname: string;
  search: string;
  hash: string;
  state: unknown;
}

type HistoryListener = (location: StandInLocation, action: 'PUSH' | 'REPLACE') => void;

/** What view.createHistory hands a page (the `history` package's, as far as our pages and the bridge use it). */
export interface StandInHistory {
  action: 'POP' | 'PUSH' | 'REPLACE';
  location: StandInLocation;
  listen(listener: HistoryListener): () => void;
  push(to: string | { pathname?: string }): void;
  replace(to: string | { pathname?: string }): void;
  go(steps: number): void;
  goBack(): void;
  goForward(): void;
}

/** The claims of a JWT, unverified: the stand-in only reads the context the backend signed into its own token. */
export function claimsOf(token: string): Record<string, unknown> {
  try {
    const part = token.split('.')[1] ?? '';
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '='));
    const claims: unknown = JSON.parse(json);
    return claims && typeof claims === 'object' ? (claims as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** Applies the design tokens of a theme, as Forge's own theming does: the token sheets and the html attributes. */
export function applyTheme(document: Document, colorMode: 'light' | 'dark'): void {
  for (const mode of ['light', 'dark']) {
    if (document.head.querySelector(`link[data-icr-tokens="${mode}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = `/preview/tokens-${mode}.css`;
    link.dataset.icrTokens = mode;
    document.head.append(link);
  }
  document.documentElement.setAttribute('data-theme', 'light:light dark:dark spacing:spacing');
  document.documentElement.setAttribute('data-color-mode', colorMode);
}

function extensionOf(options: StandInOptions): Record<string, unknown> {
  const extension: Record<string, unknown> = { type: options.moduleType };
  if (options.location) extension.location = options.location;
  if (options.issueId) {
    extension.issue = { id: options.issueId, key: options.issueKey, type: 'Task' };
    if (options.issueKey?.includes('-')) extension.project = { key: options.issueKey.slice(0, options.issueKey.lastIndexOf('-')) };
  }
  if (options.moduleType === 'macro') {
    extension.config = options.config;
    extension.isEditing = options.configuring;
    extension.macro = { isConfiguring: options.configuring, isInserting: options.configuring && Object.keys(options.config).length === 0 };
    extension.content = { id: 'preview-page', type: 'page' };
    extension.space = { key: 'ICR' };
  }
  return extension;
}

const locationOf = (pathname: string): StandInLocation => ({ pathname, search: '', hash: '', state: undefined });

/** The global page's history: one per page, as Jira hands each page the history of its own URL. */
function createHistory(route: string | null, remember: (route: string) => void): StandInHistory {
  const listeners = new Set<HistoryListener>();
  const history: StandInHistory = {
    action: 'POP',
    location: locationOf(`/${route ?? ''}`),
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    push: (to) => navigate('PUSH', to),
    replace: (to) => navigate('REPLACE', to),
    go: () => refuse(),
    goBack: () => refuse(),
    goForward: () => refuse(),
  };
  function navigate(action: 'PUSH' | 'REPLACE', to: string | { pathname?: string }): void {
    const pathname = typeof to === 'string' ? to : (to.pathname ?? history.location.pathname);
    history.action = action;
    history.location = locationOf(pathname.startsWith('/') ? pathname : `/${pathname}`);
    remember(history.location.pathname.slice(1));
    for (const listener of [...listeners]) listener(history.location, action);
  }
  function refuse(): never {
    throw new Error("The preview's Forge stand-in keeps no history to go back or forward in.");
  }
  return history;
}

export function createCallBridge(options: StandInOptions, deps: StandInDependencies): CallBridge {
  let colorMode = options.colorMode;
  let theming = false;
  let cached: { token: string; expiresAt: number } | null = null;
  let history: StandInHistory | null = null;

  deps.listen((message) => {
    if (message.type === 'theme' && (message.colorMode === 'light' || message.colorMode === 'dark')) {
      colorMode = message.colorMode;
      deps.remember('theme', colorMode);
      if (theming) applyTheme(deps.document, colorMode);
    }
    // The preview host's sidebar, as Jira's: another sub-page of the global page, the same page.
    if (message.type === 'route' && typeof message.route === 'string') pageHistory().push(`/${message.route}`);
  });

  function pageHistory(): StandInHistory {
    history ??= createHistory(options.route, (route) => deps.remember('route', route));
    return history;
  }

  /** A Forge invocation token for this module, signed by the preview backend; reused until a minute before it expires. */
  async function token(): Promise<string> {
    if (cached && cached.expiresAt - 60_000 > deps.now()) return cached.token;
    const response = await deps.fetch('/preview/forge/invocation-token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      // `product` beyond the contract's three fields: a module key alone (relationship-matrix) may name a Jira
      // page and a Confluence macro, whose tokens differ (app.apiBaseUrl).
      body: JSON.stringify({ moduleKey: options.moduleKey, issueId: options.issueId, accountId: options.accountId, product: options.product }),
    });
    if (!response.ok) throw new Error(`The preview did not sign an invocation token (HTTP ${response.status}).`);
    const { token: signed } = (await response.json()) as { token?: unknown };
    if (typeof signed !== 'string' || signed === '') throw new Error('The preview answered no invocation token.');
    const exp = claimsOf(signed).exp;
    cached = typeof exp === 'number' ? { token: signed, expiresAt: exp * 1000 } : null;
    return signed;
  }

  async function fetchRemote(payload: FetchRemotePayload): Promise<FetchRemoteAnswer> {
    if (payload.remoteKey !== REMOTE_KEY) throw new Error(`No remote ${payload.remoteKey} in the manifest.`);
    const init = payload.fetchRequestInit;
    const path = init.path ?? '/';
    if (!path.startsWith('/')) throw new Error(`A remote path starts with /: ${path}`);
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = new Headers(init.headers ?? []);
    // The platform signs the call; whatever the page put there would not reach the remote.
    headers.set('Authorization', `Bearer ${await token()}`);
    const body = method === 'GET' || method === 'HEAD' || init.body === null || init.body === undefined || init.body === '' ? undefined : init.body;
    // In the preview the remote's baseUrl is this server: the path alone reaches it.
    const response = await deps.fetch(path, { method, headers, body, credentials: 'omit' });
    const answer: Record<string, string> = {};
    response.headers.forEach((value, name) => (answer[name] = value));
    return { status: response.status, statusText: response.statusText, headers: answer, body: await response.text(), isAttachment: false };
  }

  async function context(): Promise<Record<string, unknown>> {
    // The FIT carries the site the backend signed for: the context says the same cloud and site.
    const claims = record(claimsOf(await token().catch(() => '')).context);
    return {
      accountId: options.accountId,
      cloudId: typeof claims.cloudId === 'string' ? claims.cloudId : undefined,
      siteUrl: typeof claims.siteUrl === 'string' ? claims.siteUrl : DEMO_SITE_URL,
      moduleKey: options.moduleKey,
      localId: `preview-${options.moduleKey}`,
      locale: options.locale,
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      environmentId: 'preview',
      environmentType: 'DEVELOPMENT',
      extension: extensionOf(options),
      theme: { colorMode, light: 'light', dark: 'dark', spacing: 'spacing' },
    };
  }

  return async (name, payload) => {
    switch (name) {
      case 'fetchRemote':
        return fetchRemote(payload as FetchRemotePayload);
      case 'getContext':
        return context();
      case 'enableTheming':
        theming = true;
        applyTheme(deps.document, colorMode);
        return undefined;
      case 'submit': {
        // Only the macro's editor is submittable: false makes view.submit throw, as Forge's does elsewhere.
        const config = record(payload).config;
        if (!options.configuring) return false;
        if (!config || typeof config !== 'object' || Array.isArray(config)) throw new Error('INVALID_CONFIG: config must be an object.');
        deps.post({ source: FROM_STAND_IN, type: 'submit', config });
        return true;
      }
      case 'close':
        if (!options.configuring) return false;
        deps.post({ source: FROM_STAND_IN, type: 'close' });
        return true;
      case 'navigate': {
        // Forge's router: the preview host opens the issue's panel or the app's page in its place, as Jira would.
        const { type, ...location } = record(payload);
        if (type !== 'same-tab' && type !== 'new-tab') throw new Error('navigate takes a type: same-tab or new-tab.');
        deps.post({ source: FROM_STAND_IN, type: 'navigate', location });
        return undefined;
      }
      case 'createHistory':
        // Of our modules only Jira's global page has sub-pages (and routes); Forge offers it to full pages alone.
        if (options.moduleType !== 'jira:globalPage') throw new Error(`createHistory is not offered to ${options.moduleType}.`);
        return pageHistory();
      default:
        throw new Error(`The preview's Forge stand-in does not offer ${name}.`);
    }
  };
}
