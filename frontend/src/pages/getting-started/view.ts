import type { ProductView, SiteView } from '../../api/types';
import { el } from '../../dom';
import { t } from '../../i18n';

const PRODUCT_NAMES = { jira: 'Jira', confluence: 'Confluence' } as const;

function statusRow(product: 'jira' | 'confluence', view: ProductView): HTMLElement {
  const state = !view.installed ? 'missing' : view.enabled ? 'ok' : 'disabled';
  const label = t(`start.status.${state}`);
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
    el('span', { class: 'status__name' }, t('start.linked')),
    el('span', { class: `lozenge lozenge--${state}` }, site.linked ? t('start.link.ok') : t('start.link.missing')),
    el(
      'span',
      { class: 'status__detail' },
      site.linked
        ? t('start.link.ok-detail', { site: site.siteUrl })
        : t('start.link.missing-detail'),
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
        ? t('start.step.install-forge', { product: PRODUCT_NAMES[product] })
        : el(
            'span',
            {},
            t('start.step.install-connect', { product: PRODUCT_NAMES[product] }),
            ' ',
            el('code', {}, appOrigin + descriptor),
            t('start.step.install-connect-end'),
          ),
    );
  }
  steps.push(
    t('start.step.departments'),
    t('start.step.agreements'),
    t('start.step.share'),
  );
  return el('ol', { class: 'steps' }, ...steps.map((step) => el('li', {}, step)));
}

export function renderGettingStarted(root: HTMLElement, site: SiteView, appOrigin: string | null): void {
  root.replaceChildren(
    el('h1', {}, t('app.name')),
    el('p', { class: 'lead' }, t('start.lead')),
    el('h2', {}, t('start.status')),
    el('ul', { class: 'statuses', 'aria-label': t('start.status') }, statusRow('jira', site.jira), statusRow('confluence', site.confluence), linkRow(site)),
    el('h2', {}, t('start.next')),
    nextSteps(site, appOrigin),
  );
  root.dataset.ready = 'true';
}

export function renderError(root: HTMLElement, message: string): void {
  root.replaceChildren(el('h1', {}, t('app.name')), el('p', { class: 'error', role: 'alert' }, message));
  root.dataset.ready = 'error';
}
