import '../../styles/app.css';
import './editor.css';
import { api, fitToContent, followHostTheme, macroEditor, pageLocale } from '../../api/client';
import { t, useLocale } from '../../i18n';
import { localizeShell } from '../shell';
import { showLicenceBanner } from '../../licence';
import { paramsFrom } from '../../matrix/params';
import { recentQuarters } from '../../matrix/period';
import { macroModeOf, reviewParamsFrom } from '../../review/params';
import { renderEditor, renderError } from './view';

const root = document.getElementById('app') as HTMLElement;
followHostTheme();
// Before anything renders: every text below is in the user's language.
await useLocale(await pageLocale());
localizeShell(t('page.title.matrix-macro-editor'));
void showLicenceBanner();
Promise.all([api.departments(false), api.relationships(), macroEditor.data()])
  .then(([departments, relationships, data]) =>
    renderEditor(root, departments, paramsFrom(data), recentQuarters(new Date()), macroEditor, {
      mode: macroModeOf(data),
      params: reviewParamsFrom(data),
      relationships,
    }),
  )
  .catch((error: Error) => renderError(root, t('editor.load-failed', { reason: error.message }), macroEditor))
  .finally(fitToContent);
