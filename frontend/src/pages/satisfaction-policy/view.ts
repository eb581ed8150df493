// The Jira admin page "Satisfaction checks": the site's policy for asking internal customers whether
// resolved requests met what good looks like. Anyone may read it; Jira administrators change it.
import type { SatisfactionPolicy } from '../../api/types';
import { el, fill } from '../../dom';
import { makeReadOnly, type PolicyActions, renderPolicyForm } from './form';

export const READ_ONLY = 'Only Jira administrators can change this.';

function readOnlyNote(): HTMLElement {
  return el('p', { class: 'note', 'data-read-only': 'true' }, `${READ_ONLY} You see the policy as it is.`);
}

/** `canChange` false (not a Jira administrator) shows the policy read-only from the start. */
export function renderPolicyPage(root: HTMLElement, policy: SatisfactionPolicy, canChange: boolean, actions: PolicyActions): void {
  const noteSlot = el('div', {}, canChange ? null : readOnlyNote());
  const status = el('p', { id: 'policy-status', class: 'notice', role: 'status', tabindex: '-1' });
  const form = renderPolicyForm(
    policy,
    actions,
    () => {
      status.textContent = 'Saved: checks opened from now on follow this policy.';
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
    el('h1', {}, 'Satisfaction checks'),
    el(
      'p',
      { class: 'lead' },
      'When an internal request is resolved, the app asks the internal customer whether the work met what good looks like. This policy says when, whom, and for how long.',
    ),
    noteSlot,
    status,
    form,
  );
  root.dataset.ready = 'true';
}

export function renderError(root: HTMLElement, message: string): void {
  root.replaceChildren(el('h1', {}, 'Satisfaction checks'), el('p', { class: 'error', role: 'alert' }, message));
  root.dataset.ready = 'error';
}
