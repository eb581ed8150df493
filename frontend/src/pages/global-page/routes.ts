// The sub-pages of Jira's Forge global page (manifest.yml: jira:globalPage icr-pages, one resource, global-page):
// each route is the name of the page it shows. The preview and the manifest test read this table too.
import type { MessageKey } from '../../i18n';

/** Jira's one global page (its module key in the manifest) and its one resource, the router page. */
export const GLOBAL_PAGE = { module: 'icr-pages', resource: 'global-page' } as const;

/** Each sub-page's route, and what the page's own HTML shell (pages/<page>.html) sets before its module runs. */
// The title is a message key: the preview host reads this table too, without the pages' messages.
export const ROUTED_PAGES = {
  'relationship-matrix': { title: 'page.title.relationship-matrix', mainClass: 'page page--matrix' },
  'quarterly-review': { title: 'page.title.quarterly-review', mainClass: 'page page--review' },
} as const satisfies Record<string, { title: MessageKey; mainClass: string }>;

export type RoutedPage = keyof typeof ROUTED_PAGES;

/** What the page shows at its root (no route) and on a route it does not know: the first sub-page. */
export const DEFAULT_PAGE: RoutedPage = 'relationship-matrix';

export function pageFor(route: string | null): RoutedPage {
  return route !== null && Object.hasOwn(ROUTED_PAGES, route) ? (route as RoutedPage) : DEFAULT_PAGE;
}
