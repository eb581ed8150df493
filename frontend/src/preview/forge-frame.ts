// The preview host's side of a page's Forge form: which Custom UI resource a module shows, and the iframe URL
// whose query tells the Forge stand-in (forge-host.ts) the module it plays the host for.
import { GLOBAL_PAGE, ROUTED_PAGES } from '../pages/global-page/routes';

/** A module as /preview/api/modules lists it (the Connect descriptor's, one entry per demo issue for panels). */
export interface PreviewModule {
  product: 'jira' | 'confluence';
  /** The Connect module type (`generalPages`, `jiraIssueContents`...; `macroEditor`, `macroExport` for the macro's). */
  type: string;
  key: string;
  url: string;
  moduleKey: string;
  context: Record<string, string>;
}

/** The Connect module types' Forge counterparts, for the context's `extension.type` (the pages do not read it). */
const FORGE_TYPES: Record<string, string> = {
  'jira:postInstallPage': 'jira:adminPage',
  'jira:adminPages': 'jira:adminPage',
  'jira:generalPages': 'jira:globalPage',
  'jira:jiraIssueContents': 'jira:issuePanel',
  'jira:jiraIssueContexts': 'jira:issueContext',
  'jira:jiraDashboardItems': 'jira:dashboardGadget',
  'confluence:postInstallPage': 'confluence:globalSettings',
  'confluence:generalPages': 'confluence:globalPage',
  'confluence:dynamicContentMacros': 'macro',
  'confluence:macroEditor': 'macro',
};

const MACRO_TYPES = new Set(['dynamicContentMacros', 'macroEditor']);

/**
 * The sub-page route of Jira's Forge global page that shows a Connect page (one of its general pages); null for
 * every other module.
 */
export function forgeRouteOf(module: Pick<PreviewModule, 'product' | 'type' | 'url'>): string | null {
  const page = /^\/pages\/([a-z-]+)/.exec(module.url)?.[1];
  return module.product === 'jira' && module.type === 'generalPages' && page && Object.hasOwn(ROUTED_PAGES, page) ? page : null;
}

/** The page (the Custom UI resource) a module shows; null for the PDF export, which Forge renders from ADF. */
export function forgePageOf(module: Pick<PreviewModule, 'product' | 'type' | 'url'>): string | null {
  const byType: Record<string, string | null> = {
    dynamicContentMacros: 'matrix-macro',
    macroEditor: 'matrix-macro-editor',
    macroExport: null,
    jiraIssueContents: 'issue-panel',
    jiraIssueContexts: 'issue-context',
  };
  if (module.type in byType) return byType[module.type] ?? null;
  if (forgeRouteOf(module)) return GLOBAL_PAGE.resource;
  return /^\/pages\/([a-z-]+)/.exec(module.url)?.[1] ?? null;
}

/**
 * The iframe URL of a module's Forge form: the resource's directory (with its slash: the resource's URLs are
 * relative to it) and, in the query, what the stand-in needs to play the host.
 */
export function forgeFrameUrl(module: PreviewModule, all: PreviewModule[], macroParams: Record<string, string>, theme: string, locale = 'en-US'): string | null {
  const page = forgePageOf(module);
  if (!page) return null;
  // The editor is the macro's config resource: Forge calls it with the macro's module key; both Jira pages are
  // sub-pages of the global page, which says which by the route of its URL.
  const macro = all.find((m) => m.product === module.product && m.type === 'dynamicContentMacros');
  const route = forgeRouteOf(module);
  const query = new URLSearchParams({
    moduleKey: route ? GLOBAL_PAGE.module : module.type === 'macroEditor' && macro ? macro.moduleKey : module.moduleKey,
    moduleType: FORGE_TYPES[`${module.product}:${module.type}`] ?? `${module.product}:globalPage`,
    product: module.product,
    theme,
    locale,
  });
  if (module.context['issue.id']) query.set('issueId', module.context['issue.id']);
  if (module.context['issue.key']) query.set('issueKey', module.context['issue.key']);
  if (MACRO_TYPES.has(module.type)) query.set('config', JSON.stringify(macroParams));
  if (module.type === 'macroEditor') query.set('configuring', 'true');
  if (route) query.set('route', route);
  return `/preview/forge/${page}/?${query.toString()}`;
}
