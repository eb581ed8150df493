// The app's two front doors as their descriptors declare them (atlassian-connect.json for Connect, manifest.yml for
// Forge), and the checks that keep them in step with each other, with the backend's routes and with the pages the
// frontend builds. Each check answers with the problems it found, named, so that a test can also show it bites.
// Only the tests use this module (manifest.test.ts); it reads no file itself.
import { parse } from 'yaml';
// Jira's one global page and its resource, the router page, as the router and the preview know them
import { GLOBAL_PAGE } from '../pages/global-page/routes';

/** What the checks read of a Connect descriptor. */
export interface ConnectDescriptor {
  enableLicensing: boolean;
  lifecycle: Record<string, string>;
  translations?: { paths: Record<string, string> };
  products: Record<string, { modules: Record<string, ConnectModule | ConnectModule[]> }>;
}

export interface ConnectModule {
  key: string;
  name?: ConnectText;
  event?: string;
  keyConfigurations?: { propertyKey: string; extractions: { objectName: string; type: string; alias?: string }[] }[];
}

/** A Connect i18n property: the English text, and the key of its translations. */
export interface ConnectText {
  value: string;
  i18n?: string;
}

/** A Forge text property: a plain string, or the key of its translations. */
export type ForgeText = string | { i18n: string };

/** A translation file: flat keys (`matrix-macro.name`), which both Connect and Forge read. */
export type Translations = Record<string, string>;

/** What the checks read of a Forge manifest: every module type's entries, with the properties any of them has. */
export interface ForgeManifest {
  app: { id: string; runtime: { name: string }; licensing?: { enabled: boolean } };
  environment?: { variables?: (string | { key: string; default?: string })[] };
  remotes?: ForgeRemote[];
  permissions?: { scopes?: string[] };
  resources?: { key: string; path: string }[];
  translations?: { resources: { key: string; path: string }[]; fallback: Record<string, string | string[]> };
  modules: Record<string, ForgeModule[]>;
}

export interface ForgeRemote {
  key: string;
  baseUrl: string;
  operations?: string[];
  storage?: { inScopeEUD: boolean };
}

export interface ForgeModule {
  key: string;
  title?: ForgeText;
  label?: ForgeText;
  description?: ForgeText;
  icon?: string;
  resource?: string;
  resolver?: { endpoint?: string; function?: string };
  config?: { resource?: string; title?: ForgeText };
  adfExport?: { function: string };
  pages?: { title: ForgeText; route: string }[];
  useAsConfig?: boolean;
  useAsGetStarted?: boolean;
  events?: string[];
  endpoint?: string;
  function?: string;
  interval?: string;
  remote?: string;
  route?: { path: string };
  auth?: { appSystemToken?: { enabled: boolean }; appUserToken?: { enabled: boolean } };
  handler?: string;
  propertyKey?: string;
  entityType?: string;
  values?: { path: string; type: string; searchAlias?: string }[];
}

export function parseConnect(json: string): ConnectDescriptor {
  return JSON.parse(json) as ConnectDescriptor;
}

export function parseForge(yaml: string): ForgeManifest {
  return parse(yaml) as ForgeManifest;
}

/**
 * Every Connect module and its Forge counterpart. A module one door has and the other has not is listed with
 * `null` on the other side and the reason. Connect modules are `<product>/<module type>/<key>` (and
 * `lifecycle/<event>`), Forge modules `<module type>/<key>`, a sub-page of a Forge page `<type>/<key>#<route>`.
 */
export const COUNTERPARTS: readonly { connect: string | null; forge: string | null; why?: string }[] = [
  { connect: 'jira/postInstallPage/getting-started', forge: 'jira:adminPage/getting-started' },
  { connect: 'jira/adminPages/icr-admin', forge: 'jira:adminPage/icr-admin' },
  { connect: 'jira/adminPages/satisfaction-policy', forge: 'jira:adminPage/satisfaction-policy' },
  { connect: 'jira/generalPages/relationship-matrix', forge: 'jira:globalPage/icr-pages#relationship-matrix' },
  { connect: 'jira/generalPages/quarterly-review', forge: 'jira:globalPage/icr-pages#quarterly-review' },
  { connect: 'jira/jiraIssueContents/internal-request-panel', forge: 'jira:issuePanel/internal-request-panel' },
  { connect: 'jira/jiraIssueContexts/internal-request-context', forge: 'jira:issueContext/internal-request-context' },
  { connect: 'jira/jiraEntityProperties/internal-request-index', forge: 'jira:entityProperty/internal-request-index' },
  { connect: 'jira/jiraDashboardItems/my-internal-customers', forge: 'jira:dashboardGadget/my-internal-customers' },
  { connect: 'jira/webhooks/issue-created', forge: 'trigger/issue-created' },
  { connect: 'jira/webhooks/issue-updated', forge: 'trigger/issue-updated' },
  { connect: 'jira/webhooks/issue-deleted', forge: 'trigger/issue-deleted' },
  { connect: 'confluence/postInstallPage/getting-started', forge: 'confluence:globalSettings/confluence-getting-started' },
  { connect: 'confluence/dynamicContentMacros/relationship-matrix', forge: 'macro/relationship-matrix' },
  { connect: 'lifecycle/installed', forge: 'trigger/app-installed' },
  { connect: 'lifecycle/uninstalled', forge: 'preUninstall/app-uninstalling' },
  { connect: 'lifecycle/enabled', forge: null, why: 'Forge apps are not enabled or disabled, only installed and uninstalled' },
  { connect: 'lifecycle/disabled', forge: null, why: 'Forge apps are not enabled or disabled, only installed and uninstalled' },
  {
    connect: null,
    forge: 'scheduledTrigger/hourly',
    why: 'Forge hands the backend its system token only on calls: the hourly call keeps it fresh',
  },
];

/** The Jira webhook events of Connect and the Forge events that take their place. */
export const EVENT_COUNTERPARTS: Readonly<Record<string, string>> = {
  'jira:issue_created': 'avi:jira:created:issue',
  'jira:issue_updated': 'avi:jira:updated:issue',
  'jira:issue_deleted': 'avi:jira:deleted:issue',
};

/** Forge module types that are plumbing (called by other modules), not counterparts of anything Connect has. */
const PLUMBING = new Set(['endpoint', 'function']);

export function connectModules(descriptor: ConnectDescriptor): Map<string, ConnectModule | null> {
  const found = new Map<string, ConnectModule | null>();
  for (const [product, { modules }] of Object.entries(descriptor.products)) {
    for (const [type, entries] of Object.entries(modules)) {
      for (const module of Array.isArray(entries) ? entries : [entries]) {
        found.set(`${product}/${type}/${module.key}`, module);
      }
    }
  }
  for (const event of Object.keys(descriptor.lifecycle)) found.set(`lifecycle/${event}`, null);
  return found;
}

export function forgeModules(manifest: ForgeManifest): Map<string, ForgeModule> {
  const found = new Map<string, ForgeModule>();
  for (const [type, entries] of Object.entries(manifest.modules)) {
    if (PLUMBING.has(type)) continue;
    for (const module of entries) {
      if (module.pages) {
        for (const page of module.pages) found.set(`${type}/${module.key}#${page.route}`, { ...module, title: page.title });
      } else {
        found.set(`${type}/${module.key}`, module);
      }
    }
  }
  return found;
}

/** Modules of either door without a counterpart in the table, and table rows naming a module that is gone. */
export function counterpartProblems(
  descriptor: ConnectDescriptor,
  manifest: ForgeManifest,
  table = COUNTERPARTS,
): string[] {
  const problems: string[] = [];
  const connect = connectModules(descriptor);
  const forge = forgeModules(manifest);
  const mappedConnect = new Set(table.map((row) => row.connect));
  const mappedForge = new Set(table.map((row) => row.forge));
  for (const id of connect.keys()) {
    if (!mappedConnect.has(id)) problems.push(`Connect module ${id} has no Forge counterpart in the table`);
  }
  for (const id of forge.keys()) {
    if (!mappedForge.has(id)) problems.push(`Forge module ${id} has no Connect counterpart in the table`);
  }
  for (const row of table) {
    if (row.connect && !connect.has(row.connect)) problems.push(`the table names ${row.connect}, which Connect lacks`);
    if (row.forge && !forge.has(row.forge)) problems.push(`the table names ${row.forge}, which Forge lacks`);
    if ((!row.connect || !row.forge) && !row.why) {
      problems.push(`a module without counterpart needs a reason: ${row.connect ?? row.forge}`);
    }
  }
  return problems;
}

/** The English of a Forge text: the string itself, or its key's text in the English translations. */
export function forgeEnglish(text: ForgeText, english: Translations): string {
  return typeof text === 'string' ? text : (english[text.i18n] ?? text.i18n);
}

/**
 * Counterparts that differ in what both doors declare: titles (in English, and their translation keys), webhook
 * events, the indexed issue property.
 */
export function counterpartDifferences(
  descriptor: ConnectDescriptor,
  manifest: ForgeManifest,
  english: Translations = {},
  table = COUNTERPARTS,
): string[] {
  const differences: string[] = [];
  const connect = connectModules(descriptor);
  const forge = forgeModules(manifest);
  for (const row of table) {
    const before = row.connect ? connect.get(row.connect) : undefined;
    const after = row.forge ? forge.get(row.forge) : undefined;
    if (!before || !after) continue;
    if (before.name && after.title) {
      const title = forgeEnglish(after.title, english);
      if (before.name.value !== title) differences.push(`${row.forge} is titled "${title}", ${row.connect} "${before.name.value}"`);
      const key = typeof after.title === 'string' ? undefined : after.title.i18n;
      if (before.name.i18n !== key) {
        differences.push(`${row.forge} translates its title by ${String(key)}, ${row.connect} by ${String(before.name.i18n)}`);
      }
    }
    if (before.event && JSON.stringify(after.events) !== JSON.stringify([EVENT_COUNTERPARTS[before.event]])) {
      differences.push(`${row.forge} listens to ${String(after.events)}, ${row.connect} to ${before.event}`);
    }
    if (before.keyConfigurations) {
      const index = before.keyConfigurations.flatMap((configuration) =>
        configuration.extractions.map((field) => ({
          propertyKey: configuration.propertyKey,
          path: field.objectName,
          type: field.type,
          searchAlias: field.alias,
        })),
      );
      const forgeIndex = (after.values ?? []).map((field) => ({
        propertyKey: after.propertyKey,
        path: field.path,
        type: field.type,
        searchAlias: field.searchAlias,
      }));
      if (JSON.stringify(index) !== JSON.stringify(forgeIndex)) {
        differences.push(`${row.forge} indexes ${JSON.stringify(forgeIndex)}, ${row.connect} ${JSON.stringify(index)}`);
      }
    }
  }
  return differences;
}

/**
 * The backend's Forge routes (issue 13's contract): the endpoint that calls each, whether the call brings the
 * app's system token, and the modules that call it. The UI endpoint has no route: each page names the path it
 * calls (/api/...). The macro's export function calls /forge/macro/export itself.
 */
export const BACKEND_ROUTES: readonly { endpoint: string; path: string | null; systemToken: boolean; calledBy: string[] }[] = [
  {
    endpoint: 'icr-ui',
    path: null,
    systemToken: false,
    calledBy: [
      'jira:issuePanel/internal-request-panel',
      'jira:issueContext/internal-request-context',
      'jira:adminPage/icr-admin',
      'jira:adminPage/satisfaction-policy',
      'jira:adminPage/getting-started',
      'jira:globalPage/icr-pages',
      'jira:dashboardGadget/my-internal-customers',
      'confluence:globalSettings/confluence-getting-started',
      'macro/relationship-matrix',
    ],
  },
  {
    endpoint: 'icr-lifecycle',
    path: '/forge/lifecycle/installed',
    systemToken: true,
    calledBy: ['trigger/app-installed'],
  },
  {
    endpoint: 'icr-uninstall',
    path: '/forge/lifecycle/uninstalling',
    systemToken: false,
    calledBy: ['preUninstall/app-uninstalling'],
  },
  {
    endpoint: 'icr-issue-events',
    path: '/forge/events/jira-issue',
    systemToken: true,
    calledBy: ['trigger/issue-created', 'trigger/issue-updated', 'trigger/issue-deleted'],
  },
  { endpoint: 'icr-hourly', path: '/forge/scheduled/hourly', systemToken: true, calledBy: ['scheduledTrigger/hourly'] },
];

export const REMOTE = 'icr-backend';

/** Endpoints that differ from the backend's routes, and modules that call another endpoint than the contract's. */
export function routeProblems(manifest: ForgeManifest, routes = BACKEND_ROUTES): string[] {
  const problems: string[] = [];
  const endpoints = new Map((manifest.modules.endpoint ?? []).map((endpoint) => [endpoint.key, endpoint]));
  for (const route of routes) {
    const endpoint = endpoints.get(route.endpoint);
    if (!endpoint) {
      problems.push(`endpoint ${route.endpoint} is missing`);
      continue;
    }
    if (endpoint.remote !== REMOTE) {
      problems.push(`endpoint ${route.endpoint} calls ${String(endpoint.remote)}, not ${REMOTE}`);
    }
    if ((endpoint.route?.path ?? null) !== route.path) {
      const path = String(endpoint.route?.path);
      problems.push(`endpoint ${route.endpoint} calls ${path}, the backend answers ${String(route.path)}`);
    }
    if ((endpoint.auth?.appSystemToken?.enabled ?? false) !== route.systemToken) {
      problems.push(`endpoint ${route.endpoint} ${route.systemToken ? 'lacks' : 'has'} the app's system token`);
    }
    if (endpoint.auth?.appUserToken?.enabled) problems.push(`endpoint ${route.endpoint} asks for user tokens`);
  }
  for (const key of endpoints.keys()) {
    if (!routes.some((route) => route.endpoint === key)) problems.push(`endpoint ${key} is not a route of the backend`);
  }
  // Checks @forge/manifest leaves to Forge's servers: invokeRemote needs `compute`, a token needs its scope.
  const remote = manifest.remotes?.find((declared) => declared.key === REMOTE);
  if (!remote?.operations?.includes('compute')) problems.push(`remote ${REMOTE} is not declared for compute`);
  const tokens = [...endpoints.values()].some((endpoint) => endpoint.auth?.appSystemToken?.enabled);
  if (tokens !== (manifest.permissions?.scopes ?? []).includes('read:app-system-token')) {
    problems.push(`the scope read:app-system-token ${tokens ? 'is missing' : 'is asked for no endpoint'}`);
  }
  const calls = new Map<string, string>();
  for (const [type, entries] of Object.entries(manifest.modules)) {
    for (const module of entries) {
      const endpoint = module.resolver?.endpoint ?? module.endpoint;
      if (endpoint && type !== 'endpoint') calls.set(`${type}/${module.key}`, endpoint);
    }
  }
  for (const route of routes) {
    for (const caller of route.calledBy) {
      const endpoint = calls.get(caller);
      if (endpoint !== route.endpoint) problems.push(`${caller} calls ${String(endpoint)}, not ${route.endpoint}`);
    }
  }
  for (const [caller, endpoint] of calls) {
    if (!routes.some((route) => route.endpoint === endpoint && route.calledBy.includes(caller))) {
      problems.push(`${caller} calls ${endpoint}, which the contract does not list for it`);
    }
  }
  return problems;
}

/**
 * The pages the Forge build makes (vite.forge.config.ts), each a resource: the names in vite.config.ts'
 * `FORGE_PAGES` list, each an HTML page of the same name.
 */
export function pagesBuilt(viteConfig: string): Set<string> {
  const list = /export const FORGE_PAGES = \[([^\]]*)\]/.exec(viteConfig)?.[1] ?? '';
  return new Set([...list.matchAll(/['"]([\w-]+)['"]/g)].map((match) => match[1]!));
}

/** A global page that shows another resource than the router, and sub-pages the router does not route, or back. */
export function globalPageProblems(manifest: ForgeManifest, routes: readonly string[]): string[] {
  const page = (manifest.modules['jira:globalPage'] ?? []).find((module) => module.key === GLOBAL_PAGE.module);
  if (!page) return [`jira:globalPage ${GLOBAL_PAGE.module} is missing`];
  const problems: string[] = [];
  if (page.resource !== GLOBAL_PAGE.resource) {
    problems.push(`jira:globalPage ${GLOBAL_PAGE.module} shows ${String(page.resource)}, not the router page ${GLOBAL_PAGE.resource}`);
  }
  const subPages = (page.pages ?? []).map((subPage) => subPage.route);
  for (const route of subPages) {
    if (!routes.includes(route)) problems.push(`the sub-page route ${route} is no route the router page knows`);
  }
  for (const route of routes) {
    if (!subPages.includes(route)) problems.push(`the router page knows the route ${route}, which no sub-page has`);
  }
  return problems;
}

/**
 * Every text a person reads in the manifest's modules (titles, labels, descriptions, the sub-pages' and the macro
 * editor's titles), named `<type>/<key>.<property>`.
 */
export function forgeTexts(manifest: ForgeManifest): Map<string, ForgeText> {
  const texts = new Map<string, ForgeText>();
  for (const [type, entries] of Object.entries(manifest.modules)) {
    for (const module of entries) {
      for (const property of ['title', 'label', 'description'] as const) {
        const text = module[property];
        if (text !== undefined) texts.set(`${type}/${module.key}.${property}`, text);
      }
      if (module.config?.title !== undefined) texts.set(`${type}/${module.key}.config.title`, module.config.title);
      for (const page of module.pages ?? []) texts.set(`${type}/${module.key}#${page.route}.title`, page.title);
    }
  }
  return texts;
}

/** Every i18n property of a Connect descriptor's modules (an object with a `value`), named by its JSON path. */
export function connectTexts(descriptor: ConnectDescriptor): Map<string, ConnectText> {
  const texts = new Map<string, ConnectText>();
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      node.forEach((child, index) => walk(child, `${path}[${String(index)}]`));
    } else if (node !== null && typeof node === 'object') {
      const entries = node as Record<string, unknown>;
      if (typeof entries.value === 'string') {
        texts.set(path, entries as unknown as ConnectText);
        return;
      }
      for (const [name, child] of Object.entries(entries)) walk(child, path ? `${path}.${name}` : name);
    }
  };
  for (const [product, { modules }] of Object.entries(descriptor.products)) walk(modules, product);
  return texts;
}

/**
 * Texts of either door that are not translated: a plain string on Forge, a Connect text without a key, a key one
 * language lacks, a Connect text whose English is not its key's. Also keys neither door uses.
 */
export function translationProblems(
  descriptor: ConnectDescriptor,
  manifest: ForgeManifest,
  languages: Record<string, Translations>,
): string[] {
  const problems: string[] = [];
  const used = new Set<string>();
  const english = languages['en-US'] ?? {};
  const check = (where: string, key: string) => {
    used.add(key);
    for (const [language, translations] of Object.entries(languages)) {
      if (!translations[key]?.trim()) problems.push(`${where}: ${key} has no ${language} translation`);
    }
  };
  for (const [where, text] of forgeTexts(manifest)) {
    if (typeof text === 'string') problems.push(`${where} is not translated: "${text}"`);
    else check(where, text.i18n);
  }
  for (const [where, text] of connectTexts(descriptor)) {
    if (!text.i18n) {
      problems.push(`${where} is not translated: "${text.value}"`);
      continue;
    }
    check(where, text.i18n);
    if (english[text.i18n] !== undefined && english[text.i18n] !== text.value) {
      problems.push(`${where} says "${text.value}", its key ${text.i18n} "${english[text.i18n]}"`);
    }
  }
  for (const [language, translations] of Object.entries(languages)) {
    for (const key of Object.keys(translations)) {
      if (!used.has(key)) problems.push(`${language}: ${key} is used by no module`);
    }
  }
  return problems;
}

/**
 * Translation files the two doors do not share: Forge reads `translations.resources` from the app's directory,
 * Connect fetches `translations.paths` from the app, which serves the file of the same name from `locales/`.
 */
export function translationFileProblems(descriptor: ConnectDescriptor, manifest: ForgeManifest): string[] {
  const problems: string[] = [];
  const forge = new Map((manifest.translations?.resources ?? []).map((resource) => [resource.key, resource.path]));
  const connect = new Map(Object.entries(descriptor.translations?.paths ?? {}));
  for (const [locale, path] of forge) {
    if (path !== `locales/${locale}.json`) problems.push(`Forge reads ${locale} from ${path}, not locales/${locale}.json`);
    const served = connect.get(locale);
    if (served !== `/i18n/${locale}.json`) problems.push(`Connect fetches ${locale} from ${String(served)}, not /i18n/${locale}.json`);
  }
  for (const locale of connect.keys()) if (!forge.has(locale)) problems.push(`Connect translates ${locale}, Forge does not`);
  if (manifest.translations?.fallback.default !== 'en-US') problems.push('Forge does not fall back to en-US');
  return problems;
}

/** The resource of the icons, which are not a page: its files come straight from the sources. */
export const ICONS = { key: 'icons', path: 'frontend/public/icons' };

/** Resources that are not a page the frontend builds, at the path the frontend writes it, or that nothing uses. */
export function resourceProblems(manifest: ForgeManifest, pages: Set<string>): string[] {
  const problems: string[] = [];
  const resources = manifest.resources ?? [];
  const used = new Set<string>();
  for (const entries of Object.values(manifest.modules)) {
    for (const module of entries) {
      for (const resource of [module.resource, module.config?.resource]) if (resource) used.add(resource);
      const icon = /^resource:([\w-]+);/.exec(module.icon ?? '');
      if (icon?.[1]) used.add(icon[1]);
    }
  }
  for (const resource of resources) {
    if (resource.key === ICONS.key) {
      if (resource.path !== ICONS.path) problems.push(`the icons are at ${resource.path}, not ${ICONS.path}`);
    } else {
      if (!pages.has(resource.key)) problems.push(`resource ${resource.key} is no page the Forge build makes`);
      if (resource.path !== `target/classes/forge/${resource.key}`) {
        problems.push(`resource ${resource.key} is at ${resource.path}, not target/classes/forge/${resource.key}`);
      }
    }
    if (!used.has(resource.key)) problems.push(`resource ${resource.key} is used by no module`);
  }
  for (const key of used) {
    if (!resources.some((resource) => resource.key === key)) problems.push(`resource ${key} is used but not declared`);
  }
  return problems;
}
