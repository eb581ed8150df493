import '../../styles/app.css';
import { api, appOrigin, fitToContent, followHostTheme } from '../../api/client';
import { showLicenceBanner } from '../../licence';
import { renderError, renderGettingStarted } from './view';

const root = document.getElementById('app') as HTMLElement;
followHostTheme();
void showLicenceBanner();
api
  .site()
  .then((site) => renderGettingStarted(root, site, appOrigin()))
  .catch((error: Error) => renderError(root, `The installation status could not be loaded: ${error.message}`))
  .finally(fitToContent);
