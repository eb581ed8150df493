import '../../styles/app.css';
import './policy.css';
import { api, fitToContent, followHostTheme } from '../../api/client';
import { showLicenceBanner } from '../../licence';
import { renderError, renderPolicyPage } from './view';

const root = document.getElementById('app') as HTMLElement;
followHostTheme();
void showLicenceBanner();

// Who may change it only decides whether the form starts read-only: if /api/me fails, the PUT still
// answers 403 to a non-administrator and the page turns read-only then.
Promise.all([api.satisfactionPolicy(), api.me().catch(() => null)])
  .then(([policy, me]) => renderPolicyPage(root, policy, me?.administrator ?? true, { save: api.saveSatisfactionPolicy }))
  .catch((error: Error) => renderError(root, `The satisfaction-check policy could not be loaded: ${error.message}`))
  .finally(fitToContent);
