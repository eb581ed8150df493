import '../../styles/app.css';
import './policy.css';
import { api, fitToContent, followHostTheme, pageLocale } from '../../api/client';
import { t, useLocale } from '../../i18n';
import { localizeShell } from '../shell';
import { showLicenceBanner } from '../../licence';
import { renderError, renderPolicyPage } from './view';
import { mountSiteQuestionnaire } from './questionnaire';

const root = document.getElementById('app') as HTMLElement;
followHostTheme();
// Before anything renders: every text below is in the user's language.
await useLocale(await pageLocale());
localizeShell(t('page.title.satisfaction-policy'));
void showLicenceBanner();

// Who may change it only decides whether the form starts read-only: if /api/me fails, the PUT still
// answers 403 to a non-administrator and the page turns read-only then.
Promise.all([api.satisfactionPolicy(), api.me().catch(() => null)])
  .then(([policy, me]) => {
    renderPolicyPage(root, policy, me?.administrator ?? true, { save: api.saveSatisfactionPolicy });
    return mountSiteQuestionnaire(root, me?.administrator ?? true);
  })
  .catch((error: Error) => renderError(root, t('policy.load-failed', { reason: error.message })))
  .finally(fitToContent);
