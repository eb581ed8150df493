import '../../styles/app.css';
import { api, appOrigin, fitToContent, followHostTheme, pageLocale } from '../../api/client';
import { t, useLocale } from '../../i18n';
import { localizeShell } from '../shell';
import { showLicenceBanner } from '../../licence';
import { renderError, renderGettingStarted } from './view';

const root = document.getElementById('app') as HTMLElement;
followHostTheme();
// Before anything renders: every text below is in the user's language.
await useLocale(await pageLocale());
localizeShell(t('page.title.getting-started'));
void showLicenceBanner();
api
  .site()
  .then((site) => renderGettingStarted(root, site, appOrigin()))
  .catch((error: Error) => renderError(root, t('getting-started.load-failed', { reason: error.message })))
  .finally(fitToContent);
