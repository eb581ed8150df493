import type { ProductView, SiteView } from '../../api/types';
import { el } from '../../dom';

const PRODUCT_NAMES = { jira: 'Jira', confluence: 'Confluence' } as const;

function statusRow(product: 'jira' | 'confluence', view: ProductView): HTMLElement {
  const state = !view.installed ? 'missing' : view.enabled ? 'ok' : 'disabled';
  const label = { ok: 'Installed', disabled: 'Installed, disabled', missing: 'Not installed yet' }[state];
  return el(
    'li',
    { class: `status status--${state}`, 'data-product': product },
    el('span', { class: 'status__name' }, PRODUCT_NAMES[product]),
    el('span', { class: `lozenge lozenge--${state}` }, label),
    view.installed && view.baseUrl ? el('span', { class: 'status__detail' }, view.baseUrl) : null,
  );
}

function linkRow(site: SiteView): HTMLElement {
  const state = site.linked ? 'ok' : 'missing';
  return el(
    'li',
    { class: `status status--${state}`, 'data-product': 'link' },
    el('span', { class: 'status__name' }, 'Jira and Confluence linked'),
    el('span', { class: `lozenge lozenge--${state}` }, site.linked ? 'Linked' : 'Not linked yet'),
    el(
      'span',
      { class: 'status__detail' },
      site.linked
        ? `Both share one set of departments and relationships for ${site.siteUrl}.`
        : 'They link by themselves once the app is installed in both products of this site.',
    ),
  );
}

/** The next steps, in the order of the practice: install, define, map, measure. */
/** `appOrigin`: where the Connect descriptors are served; null on Forge, which installs through its own link. */
function nextSteps(site: SiteView, appOrigin: string | null): HTMLElement {
  const steps: (HTMLElement | string)[] = [];
  const missing = (['jira', 'confluence'] as const).filter((p) => !site[p].installed);
  for (const product of missing) {
    const descriptor = product === 'jira' ? '/atlassian-connect.json' : '/confluence/atlassian-connect.json';
    steps.push(
      appOrigin === null
        ? `Install the app in ${PRODUCT_NAMES[product]} too, from the app’s installation link. It joins this site by itself.`
        : el(
            'span',
            {},
            `Install the app in ${PRODUCT_NAMES[product]} too (Apps → Manage apps → Upload app) with the descriptor URL `,
            el('code', {}, appOrigin + descriptor),
            '. It joins this site by itself.',
          ),
    );
  }
  steps.push(
    'Name your departments and map each one to the Jira projects it provides and the groups who belong to it.',
    'For every pair of departments that work for each other, write down the agreement: what the provider delivers, what good looks like, and what the customer gives back.',
    'Share the Internal Customer Relationship Matrix with everyone on a Confluence page.',
  );
  return el('ol', { class: 'steps' }, ...steps.map((step) => el('li', {}, step)));
}

export function renderGettingStarted(root: HTMLElement, site: SiteView, appOrigin: string | null): void {
  root.replaceChildren(
    el('h1', {}, 'Internal Customer Relationships'),
    el(
      'p',
      { class: 'lead' },
      'Every department is somebody’s supplier. Define who serves whom, agree on what good looks like, and check that internal customers got it.',
    ),
    el('h2', {}, 'Installation status'),
    el('ul', { class: 'statuses', 'aria-label': 'Installation status' }, statusRow('jira', site.jira), statusRow('confluence', site.confluence), linkRow(site)),
    el('h2', {}, 'What to do next'),
    nextSteps(site, appOrigin),
  );
  root.dataset.ready = 'true';
}

export function renderError(root: HTMLElement, message: string): void {
  root.replaceChildren(el('h1', {}, 'Internal Customer Relationships'), el('p', { class: 'error', role: 'alert' }, message));
  root.dataset.ready = 'error';
}
