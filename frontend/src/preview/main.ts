import '../styles/app.css';
import './preview.css';
import { el } from '../dom';
import { forgeFrameUrl, forgePageOf, forgeRouteOf } from './forge-frame';
import { t, texts, type Language, useLocale } from '../i18n';

// The preview host: lists the app's page modules and hosts one at a time with the real connect-host.js,
// answering the bridge's context.getToken the way Jira and Confluence do (a signed context JWT). The
// Confluence macro, its editor and its PDF export rendering get the macro parameters kept in localStorage,
// and the host's `confluence` module hands them to the editor and takes its saved ones back.
//
// `?door=forge` hosts each page in its Forge form instead: the Custom UI resource, served by the app at
// /preview/forge/<page>/ with the preview's stand-in of the Forge platform (forge-host.ts) loaded first. The
// iframe URL's query tells the stand-in the module (key, type, issue, macro parameters, theme, the global page's
// sub-page route); the stand-in posts the macro editor's submit and close back here. Jira's two pages are
// sub-pages of one Forge global page: going from one to the other keeps its iframe and changes the route, as
// Jira's sidebar does.

interface ModuleView {
  product: 'jira' | 'confluence';
  type: string;
  key: string;
  name: string;
  url: string;
  /** The descriptor's module key (`key` is one entry of it: the macro's editor, a demo issue's panel). */
  moduleKey: string;
  /** The context variables Jira fills into the URL, e.g. `issue.id` and `issue.key` for a demo issue's panels. */
  context: Record<string, string>;
}

interface ConnectHost {
  create(extension: { addon_key: string; key: string; url: string; options?: Record<string, unknown> }): ArrayLike<HTMLElement>;
  defineModule(name: string, methods: Record<string, (...args: never[]) => void>): void;
}

declare global {
  interface Window {
    connectHost: ConnectHost;
  }
}

/** Types whose URLs take the macro parameters; macroExport is static HTML shown without the bridge. */
const MACRO_TYPES = new Set(['dynamicContentMacros', 'macroEditor', 'macroExport']);
const TYPE_NOTES: Record<string, string> = texts(['dynamicContentMacros', 'macroEditor', 'macroExport', 'jiraIssueContents', 'jiraIssueContexts'] as const, (type) =>
  t(`preview.type.${type}`),
);
/** An issue's panels, listed per demo issue; Jira shows the context panel in the issue's narrow right column (preview.css). */
const ISSUE_TYPES = new Set(['jiraIssueContents', 'jiraIssueContexts']);
const ISSUE_LINKS: Record<string, string> = texts(['jiraIssueContents', 'jiraIssueContexts'] as const, (type) => t(`preview.link.${type}`));
const PARAMS_KEY = 'icr.preview.macro-params';

type Door = 'connect' | 'forge';
const door: Door = new URLSearchParams(window.location.search).get('door') === 'forge' ? 'forge' : 'connect';
/** The language switch (`?lang=de`): the locale the stand-in hosts answer the pages, as Jira answers the user's. */
const language: Language = new URLSearchParams(window.location.search).get('lang') === 'de' ? 'de' : 'en';
const LOCALES: Record<Language, string> = { en: 'en-US', de: 'de-DE' };
const locale = LOCALES[language];
/** The stand-in's and this host's messages (the same strings as forge-host.ts, which shares no module with this page). */
const FROM_STAND_IN = 'icr-forge-stand-in';
const FROM_HOST = 'icr-preview-host';

let current: ModuleView | undefined;
let modules: ModuleView[] = [];

type MacroParams = Record<string, string>;

function macroParams(): MacroParams {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(PARAMS_KEY) ?? 'null');
    if (stored && typeof stored === 'object' && !Array.isArray(stored)) return stored as MacroParams;
  } catch {
    // a broken entry: fall back to the default
  }
  return { metric: 'agreement' };
}

function storeMacroParams(params: unknown): void {
  const clean: MacroParams = {};
  if (params && typeof params === 'object') {
    for (const [name, value] of Object.entries(params)) if (typeof value === 'string') clean[name] = value;
  }
  localStorage.setItem(PARAMS_KEY, JSON.stringify(clean));
}

function showMacro(): void {
  const macro = modules.find((m) => m.product === 'confluence' && m.type === 'dynamicContentMacros');
  if (macro) void show(macro);
}

async function json<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

window.connectHost.defineModule('context', {
  getToken(callback: (token: string) => void) {
    if (!current) return;
    void json<{ token: string }>(`/preview/api/context-token?product=${current.product}`).then((v) => callback(v.token));
  },
  getContext(callback: (context: unknown) => void) {
    callback({});
  },
});

// What Jira and Confluence tell an app of its user: the locale is the language switch's.
window.connectHost.defineModule('user', {
  getLocale(callback: (locale: string) => void) {
    callback(locale);
  },
});

// What Confluence's editor offers a custom macro editor: the macro's parameters in, the saved ones out.
window.connectHost.defineModule('confluence', {
  getMacroData(callback: (params: MacroParams) => void) {
    callback(macroParams());
  },
  saveMacro(params: MacroParams) {
    storeMacroParams(params);
  },
  closeMacroEditor() {
    showMacro();
  },
});

function themeNow(): string {
  return document.documentElement.getAttribute('data-color-mode') === 'dark' ? 'dark' : 'light';
}

function showForge(module: ModuleView): void {
  const frame = document.getElementById('frame')!;
  frame.classList.toggle('preview__frame--issue', ISSUE_TYPES.has(module.type));
  frame.classList.toggle('preview__frame--narrow', module.type === 'jiraIssueContexts');
  frame.classList.toggle('preview__frame--gadget', module.type === 'jiraDashboardItems');
  const route = forgeRouteOf(module);
  // Loaded: the stand-in listens (before that, the message would be lost: a new iframe then).
  const subPage = frame.querySelector<HTMLIFrameElement>('iframe[data-door="forge"][data-route][data-loaded]');
  if (route && subPage) {
    // another sub-page of the global page on show: the stand-in changes the route, the page follows it
    subPage.dataset.route = route;
    subPage.title = module.name;
    subPage.contentWindow?.postMessage({ source: FROM_HOST, type: 'route', route }, window.location.origin);
  } else {
    const url = forgeFrameUrl(module, modules, macroParams(), themeNow(), locale);
    const routed: Record<string, string> = route ? { 'data-route': route } : {};
    const iframe = url ? el('iframe', { src: url, title: module.name, 'data-door': 'forge', ...routed }) : null;
    iframe?.addEventListener('load', () => {
      iframe.dataset.loaded = 'true';
      // the page reloads to follow a route: until it is back, another route takes a new iframe
      iframe.contentWindow?.addEventListener('pagehide', () => delete iframe.dataset.loaded);
    });
    frame.replaceChildren(iframe ?? el('p', {}, t('preview.no-forge-form')));
  }
  history.replaceState(null, '', `${window.location.search}#${module.product}:${module.key}`);
}

// The Forge stand-in in the page's iframe hands the macro editor's submit and close here, and the router's
// navigate (the dashboard gadget's links).
window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const data = event.data as { source?: unknown; type?: unknown; config?: unknown; location?: unknown } | null;
  if (door !== 'forge' || event.origin !== window.location.origin || data?.source !== FROM_STAND_IN) return;
  if (data.type === 'submit') storeMacroParams(data.config);
  if (data.type === 'submit' || data.type === 'close') showMacro();
  if (data.type === 'navigate') {
    const location = (data.location ?? {}) as { target?: unknown; issueKey?: unknown; path?: unknown };
    const route = typeof location.path === 'string' ? /^\/?([a-z-]+)/.exec(location.path)?.[1] : undefined;
    openPlace(location.target === 'issue' && typeof location.issueKey === 'string' ? { issueKey: location.issueKey } : { page: route ?? '' });
  }
});

/**
 * Where a page sent the user in Jira (Connect's `AP.navigator.go`, Forge's router): the preview shows the demo
 * issue's panel or the app's page in its place; a place it has not (another issue) changes nothing.
 */
function openPlace(place: { issueKey: string } | { page: string }): void {
  const found =
    'issueKey' in place
      ? modules.find((m) => m.type === 'jiraIssueContents' && m.context['issue.key'] === place.issueKey)
      : modules.find((m) => m.product === 'jira' && (m.key === place.page || forgeRouteOf(m) === place.page));
  if (found) void show(found);
}

// Jira's navigator, as a Connect page calls it: an issue, or another module of the app (`addonmodule`).
window.connectHost.defineModule('navigator', {
  go(target: string, context: { issueKey?: unknown; moduleKey?: unknown } = {}) {
    if (target === 'issue' && typeof context.issueKey === 'string') openPlace({ issueKey: context.issueKey });
    if (target === 'addonmodule' && typeof context.moduleKey === 'string') openPlace({ page: context.moduleKey });
  },
});

async function show(module: ModuleView): Promise<void> {
  current = module;
  const note = TYPE_NOTES[module.type] ? ` (${TYPE_NOTES[module.type]})` : '';
  document.getElementById('module-title')!.textContent = `${module.product === 'jira' ? 'Jira' : 'Confluence'} · ${module.name}${note}`;
  for (const link of document.querySelectorAll<HTMLElement>('[data-module]')) {
    link.setAttribute('aria-current', String(link.dataset.module === `${module.product}:${module.key}`));
  }
  if (door === 'forge') {
    showForge(module);
    return;
  }
  let query = `product=${module.product}&module=${encodeURIComponent(module.key)}`;
  if (MACRO_TYPES.has(module.type)) query += `&params=${encodeURIComponent(JSON.stringify(macroParams()))}`;
  const iframe = await json<{ addonKey: string; moduleKey: string; url: string }>(`/preview/api/iframe?${query}`);
  if (current !== module) return; // another module was chosen meanwhile
  if (module.type === 'macroExport') {
    // Confluence fetches the export rendering server-side for PDF and Word: static HTML, no bridge.
    document.getElementById('frame')!.replaceChildren(el('iframe', { src: iframe.url, title: module.name, class: 'preview__export' }));
    history.replaceState(null, '', `${window.location.search}#${module.product}:${module.key}`);
    return;
  }
  const container = window.connectHost.create({
    addon_key: iframe.addonKey,
    key: iframe.moduleKey,
    url: iframe.url,
    options: { width: '100%', height: '100%', autoresize: false, moduleType: module.type, moduleLocation: 'preview' },
  });
  const frame = document.getElementById('frame')!;
  frame.classList.toggle('preview__frame--issue', ISSUE_TYPES.has(module.type));
  frame.classList.toggle('preview__frame--narrow', module.type === 'jiraIssueContexts');
  frame.classList.toggle('preview__frame--gadget', module.type === 'jiraDashboardItems');
  frame.replaceChildren(container[0]!);
  history.replaceState(null, '', `${window.location.search}#${module.product}:${module.key}`);
}

function setTheme(mode: string): void {
  document.documentElement.setAttribute('data-color-mode', mode);
  // Connect's host library follows the attribute by itself; the Forge stand-in is told.
  const forgeFrame = document.querySelector<HTMLIFrameElement>('#frame iframe[data-door="forge"]');
  forgeFrame?.contentWindow?.postMessage({ source: FROM_HOST, type: 'theme', colorMode: mode }, window.location.origin);
}

/** The "English | Deutsch" switch: the same preview (door, theme, module), its pages in the other language. */
function showLanguages(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-link]')) {
    const target: Language = link.dataset.langLink === 'de' ? 'de' : 'en';
    const query = () => {
      const now = new URLSearchParams(window.location.search);
      now.set('lang', target);
      now.set('theme', themeNow());
      return `?${now.toString()}${window.location.hash}`;
    };
    link.href = query();
    link.setAttribute('aria-current', String(target === language));
    // the module and theme chosen since the page loaded
    link.addEventListener('click', () => (link.href = query()));
  }
}

/** The host page's own words, in the switch's language. */
function sayHostTexts(): void {
  document.title = t('preview.title');
  document.getElementById('site-label')!.textContent = t('preview.site');
  document.getElementById('doors')!.setAttribute('aria-label', t('preview.doors'));
  document.getElementById('stand-in')!.textContent = t('preview.stand-in');
  document.getElementById('languages')!.setAttribute('aria-label', t('preview.language'));
  document.getElementById('theme-label')!.textContent = t('preview.theme');
  const options = document.querySelectorAll<HTMLOptionElement>('#theme option');
  for (const option of options) option.textContent = option.value === 'dark' ? t('preview.theme.dark') : t('preview.theme.light');
  document.getElementById('modules')!.setAttribute('aria-label', t('preview.modules'));
  document.getElementById('licence-label')!.textContent = t('preview.licence');
  for (const option of document.querySelectorAll<HTMLOptionElement>('#licence option')) {
    option.textContent = t(`preview.licence.${option.value as LicenceChoice}`);
  }
}

type LicenceChoice = 'active' | 'evaluation' | 'inactive';

/**
 * The licence switch: the demo site's licence as its host reports it (PUT /preview/api/licence), then the page
 * shown again, as a user would see it after the site's licence changed.
 */
async function showLicence(): Promise<void> {
  const select = document.getElementById('licence') as HTMLSelectElement;
  select.value = (await json<{ state: LicenceChoice }>('/preview/api/licence')).state;
  select.addEventListener('change', () => {
    void fetch('/preview/api/licence', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ state: select.value }) }).then(
      (answer) => {
        if (answer.ok && current) void show(current);
      },
    );
  });
}

/** The "Connect | Forge" switch: the same preview (theme, module) behind the other door. */
function showDoors(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-door-link]')) {
    const target = link.dataset.doorLink === 'forge' ? 'forge' : 'connect';
    const query = new URLSearchParams(window.location.search);
    query.set('door', target);
    link.href = `?${query.toString()}${window.location.hash}`;
    link.setAttribute('aria-current', String(target === door));
    link.addEventListener('click', () => {
      // the module chosen since the page loaded
      const now = new URLSearchParams(window.location.search);
      now.set('door', target);
      now.set('theme', themeNow());
      link.href = `?${now.toString()}${window.location.hash}`;
    });
  }
  document.getElementById('stand-in')!.hidden = door !== 'forge';
  document.body.dataset.door = door;
}

function link(module: ModuleView, ...label: (Node | string | null)[]): HTMLAnchorElement {
  const anchor = el('a', { href: `#${module.product}:${module.key}`, 'data-module': `${module.product}:${module.key}` }, ...label);
  anchor.addEventListener('click', (event) => {
    event.preventDefault();
    void show(module);
  });
  return anchor;
}

/** The demo issues in the order the server lists them, each with its panel and its context. */
function issuePanels(): { name: string; panels: ModuleView[] }[] {
  const byIssue = new Map<string, { name: string; panels: ModuleView[] }>();
  for (const module of modules.filter((m) => m.product === 'jira' && ISSUE_TYPES.has(m.type))) {
    const issueKey = module.context['issue.key'] ?? module.key;
    const entry = byIssue.get(issueKey) ?? { name: module.name, panels: [] };
    entry.panels.push(module);
    byIssue.set(issueKey, entry);
  }
  const panelFirst = (m: ModuleView) => (m.type === 'jiraIssueContents' ? 0 : 1);
  for (const entry of byIssue.values()) entry.panels.sort((a, b) => panelFirst(a) - panelFirst(b));
  return [...byIssue.values()];
}

async function start(): Promise<void> {
  await useLocale(locale);
  sayHostTexts();
  showLanguages();
  showDoors();
  await showLicence();
  modules = await json<ModuleView[]>(`/preview/api/modules?lang=${language}`);
  // Forge has no page for the PDF export: its macro exports ADF (the backend's /forge/macro/export).
  if (door === 'forge') modules = modules.filter((m) => forgePageOf(m) !== null);
  const nav = document.getElementById('modules')!;
  for (const product of ['jira', 'confluence'] as const) {
    nav.append(el('h2', {}, product === 'jira' ? 'Jira' : 'Confluence'));
    const list = el('ul', {});
    for (const module of modules.filter((m) => m.product === product && !ISSUE_TYPES.has(m.type))) {
      const note = TYPE_NOTES[module.type];
      list.append(el('li', {}, link(module, module.name, note ? el('span', { class: 'preview__type' }, ` (${note})`) : null)));
    }
    nav.append(list);
  }
  const issues = issuePanels();
  if (issues.length > 0) {
    nav.append(el('h2', {}, t('preview.demo-issues')));
    nav.append(
      el(
        'ul',
        { class: 'preview__issues' },
        ...issues.map(({ name, panels }) =>
          el('li', {}, el('span', { class: 'preview__issue' }, name), el('span', { class: 'preview__panels' }, ...panels.map((m) => link(m, ISSUE_LINKS[m.type] ?? m.type)))),
        ),
      ),
    );
  }
  const theme = document.getElementById('theme') as HTMLSelectElement;
  const params = new URLSearchParams(window.location.search);
  theme.value = params.get('theme') === 'dark' ? 'dark' : 'light';
  setTheme(theme.value);
  theme.addEventListener('change', () => setTheme(theme.value));
  const wanted = window.location.hash.slice(1);
  const first = modules.find((m) => `${m.product}:${m.key}` === wanted) ?? modules[0];
  if (first) await show(first);
}

void start();
