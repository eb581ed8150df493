import '../../styles/app.css';
import '../../matrix/matrix.css';
import { api, fitToContent, followHostTheme, type MatrixQuery } from '../../api/client';
import { showLicenceBanner } from '../../licence';
import { recentQuarters } from '../../matrix/period';
import { renderError, renderMatrixLoading, renderMatrixPage, renderMatrixResult } from './view';

const root = document.getElementById('app') as HTMLElement;
followHostTheme();
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
        onLayout: fitToContent,
        filtered: query.departments.length > 0,
      });
    })
    .catch((error: Error) => {
      if (request === latest) renderError(root, target, `The matrix could not be loaded: ${error.message}`);
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
    renderError(root, null, `The departments could not be loaded: ${error.message}`);
    fitToContent();
  });
