import { el } from '../../dom';
import { pageFor, ROUTED_PAGES, type RoutedPage } from './routes';
import { t } from '../../i18n';

export interface RouterDependencies {
  /** The page's `main#app`, which the routed page renders into. */
  root: HTMLElement;
  /** The sub-page route of the host's URL (client.ts' pageRoute). */
  route: () => Promise<string | null>;
  /** Calls back with the route now, then with each route the host's URL changes to (client.ts' followPageRoute). */
  followRoute: (listener: (route: string | null) => void) => void;
  /** Each page's module, which renders into `main#app` when it is imported, as on its own page. */
  pages: Record<RoutedPage, () => Promise<unknown>>;
  reload: () => void;
}

/**
 * Shows the page the route names: sets what that page's own shell sets (the class of `main#app`, the title),
 * then imports its module. When the host's URL moves to a route of the other page (Jira's sidebar changes it
 * without reloading), the page reloads: a page's module runs once, on its first import, so showing a page
 * again takes a fresh document, which also drops the other page's state, requests under way and styles.
 */
export async function openRoutedPage(deps: RouterDependencies): Promise<RoutedPage> {
  const page = pageFor(await deps.route().catch(() => null));
  const shell = ROUTED_PAGES[page];
  deps.root.className = shell.mainClass;
  document.title = t(shell.title);
  deps.followRoute((route) => {
    if (pageFor(route) !== page) deps.reload();
  });
  try {
    await deps.pages[page]();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    deps.root.replaceChildren(el('p', { class: 'error', role: 'alert' }, t('page.load-failed', { reason })));
    deps.root.dataset.ready = 'error';
  }
  return page;
}
