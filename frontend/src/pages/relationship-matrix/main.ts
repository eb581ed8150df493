import '../../styles/app.css';
import '../../matrix/matrix.css';
import { api, fitToContent, followHostTheme, type MatrixQuery, pageLocale } from '../../api/client';
import { t, useLocale } from '../../i18n';
import { localizeShell } from '../shell';
import { showLicenceBanner } from '../../licence';
import { recentQuarters } from '../../matrix/period';
import { renderError, renderMatrixLoading, renderMatrixPage, renderMatrixResult } from './view';
import { questionFiguresFromServer } from '../../satisfaction/question-figures-server';

const root = document.getElementById('app') as HTMLElement;
followHostTheme();
// Before anything renders: every text below is in the user's language.
await useLocale(await pageLocale());
localizeShell(t('page.title.relationship-matrix'));
void showLicenceBanner();

let slot: HTMLElement | null = null;
let latest = 0;

function show(query: MatrixQuery): void {
  if (!slot) return;
  const request = ++latest;
  const target = slot;
  renderMatrixLoading(target);
  api
    .matrix(query)
    .then((matrix) => {
      if (request !== latest) return; // a newer filter choice is on its way
      renderMatrixResult(root, target, matrix, {
        loadRelationship: api.relationshipBetween,
        loadDecisions: api.decisions,
        loadSatisfaction: (relationshipId, period) => api.relationshipSatisfaction(relationshipId, period, 4),
        questionFigures: questionFiguresFromServer,
        onLayout: fitToContent,
        filtered: query.departments.length > 0,
      });
    })
    .catch((error: Error) => {
      if (request === latest) renderError(root, target, t('matrix.load-failed', { reason: error.message }));
    })
    .finally(fitToContent);
}

const quarters = recentQuarters(new Date());
const query: MatrixQuery = { departments: [], metric: 'agreement', period: quarters[0]! };
api
  .departments(false)
  .then((departments) => {
    slot = renderMatrixPage(root, departments, query, quarters, show);
    show(query);
    fitToContent();
  })
  .catch((error: Error) => {
    renderError(root, null, t('matrix.departments-load-failed', { reason: error.message }));
    fitToContent();
  });
