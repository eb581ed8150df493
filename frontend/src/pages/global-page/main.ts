// Forge only: Jira's global page, one resource for the sub-pages in Jira's sidebar (manifest.yml, icr-pages).
// The route of the host's URL picks the page; its module is loaded on demand and renders into main#app as on
// its own page.
import '../../styles/app.css'; // both pages' base styles, here already for the loading notice
import { followPageRoute, pageLocale, pageRoute } from '../../api/client';
import { t, useLocale } from '../../i18n';
import { localizeShell } from '../shell';
import { openRoutedPage } from './router';

await useLocale(await pageLocale());
localizeShell(t('page.title.global-page'));
void openRoutedPage({
  root: document.getElementById('app') as HTMLElement,
  route: pageRoute,
  followRoute: followPageRoute,
  pages: {
    'relationship-matrix': () => import('../relationship-matrix/main'),
    'quarterly-review': () => import('../quarterly-review/main'),
  },
  reload: () => window.location.reload(),
});
