import '../../styles/app.css';
import '../../matrix/matrix.css';
import { api, fitToContent, followHostTheme } from '../../api/client';
import { paramsFrom, queryOf } from '../../matrix/params';
import { renderError, renderMacro } from './view';

// The macro's parameters arrive in the page URL (departments, metric, period); empty means the defaults.
const root = document.getElementById('app') as HTMLElement;
const params = paramsFrom(new URLSearchParams(window.location.search));
followHostTheme();
api
  .matrix(queryOf(params, new Date()))
  .then((matrix) => {
    renderMacro(root, matrix, params, { loadRelationship: api.relationshipBetween, onLayout: fitToContent });
    // The paint benchmark (bench/matrix.sh) reads these: rendered, then the first frame painted after it.
    performance.mark('icr-ready');
    requestAnimationFrame(() => setTimeout(() => performance.mark('icr-painted'), 0));
  })
  .catch((error: Error) => renderError(root, `The relationship matrix could not be loaded: ${error.message}`))
  .finally(fitToContent);
