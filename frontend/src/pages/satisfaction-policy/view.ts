// The Jira admin page "Satisfaction checks": the site's policy for asking internal customers whether
// resolved requests met what good looks like. Anyone may read it; Jira administrators change it.
import type { SatisfactionPolicy } from '../../api/types';
import { el, fill } from '../../dom';
import { makeReadOnly, type PolicyActions, renderPolicyForm } from './form';
import { t } from '../../i18n';

export const readOnlyText = (): string => t('policy.read-only');

function readOnlyNote(): HTMLElement {
  return el('p', { class: 'note', 'data-read-only': 'true' }, t('policy.read-only-note'));
}

/** `canChange` false (not a Jira administrator) shows the policy read-only from the start. */
export function renderPolicyPage(root: HTMLElement, policy: SatisfactionPolicy, canChange: boolean, actions: PolicyActions): void {
  const noteSlot = el('div', {}, canChange ? null : readOnlyNote());
  const status = el('p', { id: 'policy-status', class: 'notice', role: 'status', tabindex: '-1' });
  const form = renderPolicyForm(
    policy,
    actions,
    () => {
      status.textContent = t('policy.saved');
      status.focus();
    },
    () => {
      status.textContent = '';
      noteSlot.replaceChildren(readOnlyNote());
      makeReadOnly(form);
    },
  );
  if (!canChange) makeReadOnly(form);
  fill(
    root,
    el('h1', {}, t('policy.title')),
    el('p', { class: 'lead' }, t('policy.lead')),
    noteSlot,
    status,
    form,
  );
  root.dataset.ready = 'true';
}

export function renderError(root: HTMLElement, message: string): void {
  root.replaceChildren(el('h1', {}, t('policy.title')), el('p', { class: 'error', role: 'alert' }, message));
  root.dataset.ready = 'error';
}
