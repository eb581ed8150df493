import '../../styles/app.css';
import './editor.css';
import { api, fitToContent, followHostTheme, macroEditor } from '../../api/client';
import { showLicenceBanner } from '../../licence';
import { paramsFrom } from '../../matrix/params';
import { recentQuarters } from '../../matrix/period';
import { macroModeOf, reviewParamsFrom } from '../../review/params';
import { renderEditor, renderError } from './view';

const root = document.getElementById('app') as HTMLElement;
followHostTheme();
void showLicenceBanner();
Promise.all([api.departments(false), api.relationships(), macroEditor.data()])
  .then(([departments, relationships, data]) =>
    renderEditor(root, departments, paramsFrom(data), recentQuarters(new Date()), macroEditor, {
      mode: macroModeOf(data),
      params: reviewParamsFrom(data),
      relationships,
    }),
  )
  .catch((error: Error) => renderError(root, `The editor could not be loaded: ${error.message}`, macroEditor))
  .finally(fitToContent);
