// The Forge door: the only module that imports @forge/bridge. client.ts loads it with a dynamic import, and
// only on a page without the Connect bridge, so the Connect pages never download it.
//
// @forge/bridge reaches the host through `window.__bridge`, which Forge puts into every Custom UI page before
// our scripts run (the preview's stand-in of it: src/preview/forge-host.ts). Its requestRemote answers a
// WHATWG Response built from the host's answer, so client.ts reads both doors' answers with the same code.
//
// The package's index loads every part of the bridge (realtime, object store, permissions with its egress
// filter...), a third of a Forge page: we import the parts we call from the package's own files
// (`@forge/bridge/out/*`, mapped in the Vite configs and tsconfig.json; the version is pinned exactly).
import { requestRemote } from '@forge/bridge/out/fetch/index.js';
import { view } from '@forge/bridge/out/view/view.js';

/** The remote's key in manifest.yml (`remotes[].key`); its baseUrl is our Spring app. */
export const REMOTE_KEY = 'icr-backend';

/** What the pages need of Forge's view context. */
export interface ForgeView {
  /** The issue of an issue panel or issue context (`extension.issue`). */
  issue: { id: string; key: string | null } | null;
  /** The macro's saved parameters (`extension.config`); empty for a new macro and outside a macro. */
  config: Record<string, unknown>;
  /** The full URL of the host's page (`extension.location`), where the module says it. */
  location: string | null;
  /** The user's locale (`locale`, "de-DE"), when the host says it. */
  locale: string | null;
}

export interface RemoteRequest {
  method: string;
  headers: Record<string, string>;
  body?: string;
}

/** One call to our backend; Forge adds `Authorization: Bearer <FIT>` itself. */
export function request(path: string, init: RemoteRequest): Promise<Response> {
  return requestRemote(REMOTE_KEY, { path, ...init });
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export async function context(): Promise<ForgeView> {
  const whole = record(await view.getContext());
  const extension = record(whole.extension);
  const issue = record(extension.issue);
  const issueId = text(issue.id) ?? (typeof issue.id === 'number' ? String(issue.id) : null);
  return {
    issue: issueId ? { id: issueId, key: text(issue.key) } : null,
    config: record(extension.config),
    location: text(extension.location),
    locale: text(whole.locale),
  };
}

/** Applies the user's light or dark tokens, and keeps following the host's theme. */
export function enableTheme(): Promise<void> {
  return view.theme.enable();
}

/** The macro editor's Save: Forge stores the parameters and closes the editor itself. */
export function submitConfig(config: Record<string, string>): Promise<void> {
  return view.submit({ config });
}

/** The macro editor's Cancel: closes it without saving (a macro being inserted is not inserted). */
export function close(): Promise<void> {
  return view.close();
}

type PageHistory = Awaited<ReturnType<typeof view.createHistory>>;
let pageHistory: Promise<PageHistory> | null = null;

/** The host's history of a full page (its URL below the app's own), asked for once per page. */
function history(): Promise<PageHistory> {
  pageHistory ??= view.createHistory().catch((error: unknown) => {
    pageHistory = null;
    throw error;
  });
  return pageHistory;
}

/**
 * The sub-page a full page's location names: the first segment of its path (`/quarterly-review` gives
 * `quarterly-review`), null at the page's root. Jira's sidebar writes a sub-page's `route` there.
 */
export function routeOf(location: unknown): string | null {
  const pathname = record(location).pathname;
  const first = typeof pathname === 'string' ? pathname.replace(/^\/+/, '').split('/')[0] : '';
  return first ? first : null;
}

/** The sub-page route of the host's URL now. */
export async function route(): Promise<string | null> {
  return routeOf((await history()).location);
}

/**
 * Tells `listener` the route of the host's URL once it listens, then every route the URL changes to (Jira's
 * sidebar changes it without reloading the page): a change between a first `route()` and this is not missed.
 */
export async function followRoute(listener: (route: string | null) => void): Promise<void> {
  const pageHistory = await history();
  pageHistory.listen((location) => listener(routeOf(location)));
  listener(routeOf(pageHistory.location));
}

/** Where a page sends the user in the host: an issue, or a page of the app's global page by its route. */
export type HostPlace = { issueKey: string } | { route: string; query?: Record<string, string> };

/** The module key of Jira's global page in manifest.yml, whose sub-pages are routes. */
const GLOBAL_PAGE_MODULE = 'icr-pages';

/**
 * Opens a place of Jira in the same tab (a dashboard gadget's links): Forge's router, as the iframe cannot. The
 * router's part of the bridge is loaded on the first link followed: only the gadget has links into Jira.
 */
export async function navigate(place: HostPlace): Promise<void> {
  const { router } = await import('@forge/bridge/out/router/router.js');
  if ('issueKey' in place) return router.navigate({ target: 'issue', issueKey: place.issueKey });
  const search = new URLSearchParams(place.query ?? {}).toString();
  return router.navigate({ target: 'module', moduleKey: GLOBAL_PAGE_MODULE, path: `/${place.route}${search ? `?${search}` : ''}` });
}
