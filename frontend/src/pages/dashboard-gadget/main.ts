import '../../styles/app.css';
import { api, fitToContent, followHostTheme, openInHost, pageLocale } from '../../api/client';
import { t, useLocale } from '../../i18n';
import { localizeShell } from '../shell';
import { showLicenceBanner } from '../../licence';
import { renderGadget, renderGadgetError } from './view';

const root = document.getElementById('app') as HTMLElement;
followHostTheme();
// Before anything renders: every text below is in the user's language.
await useLocale(await pageLocale());
localizeShell(t('page.title.dashboard-gadget'));
void showLicenceBanner();

const open = (place: Parameters<typeof openInHost>[0]) => {
  openInHost(place).catch((error: Error) => {
    root.prepend(Object.assign(document.createElement('p'), { className: 'error', role: 'alert', textContent: t('gadget.open-failed', { reason: error.message }) }));
    fitToContent();
  });
};

// One call: the viewer's relationships with what needs them; the names of the others come in one more (People).
api
  .myRelationships()
  .then((mine) => renderGadget(root, mine, mine.accountId, open))
  .catch((error: Error) => renderGadgetError(root, t('gadget.load-failed', { reason: error.message })))
  .finally(fitToContent);
