// Objectives: an administrator adds one for the review's quarter (or removes one); a relationship's sides
// link it to the quarter's objectives it serves.
import { ApiError } from '../../api/client';
import type { Objective } from '../../api/types';
import { el } from '../../dom';
import { field, select, textArea, textInput, valueOf } from '../../forms';
import { formatQuarter, t } from '../../i18n';
import { picker } from '../../people/picker';
import { type EditContext, editPanel, form, onSave, relationshipOptions, removalForm, submitButton } from './edit';
import { editableRelationships } from './permissions';

export function objectiveForm(context: EditContext): HTMLElement {
  const { review } = context;
  const owner = picker({ kind: 'user', name: 'ownerAccountId', label: t('quarterly.objective.owner'), id: 'objective-owner' });
  const target = form(
    'objective-form',
    t('quarterly.objective.add-title'),
    field(t('quarterly.objective.title'), textInput('title', '', { id: 'objective-title', maxlength: '200' })),
    field(t('quarterly.objective.description'), textArea('description', '', 2, { id: 'objective-description' })),
    owner.element,
    submitButton('objective-save', t('quarterly.objective.add-to', { quarter: formatQuarter(review.quarter) })),
  );
  onSave(target, context, t('quarterly.objective.added'), async () => {
    const title = valueOf(target, 'title');
    if (!title) throw new ApiError(400, t('quarterly.objective.title-missing'), 'title');
    const ownerAccountId = owner.value()[0];
    if (!ownerAccountId) throw new ApiError(400, t('quarterly.objective.owner-missing'), 'ownerAccountId');
    await context.actions.createObjective({ quarter: review.quarter, title, description: valueOf(target, 'description') || null, ownerAccountId });
  });
  return editPanel(t('quarterly.objective.add-title'), target);
}

function checkboxes(objectives: Objective[], relationshipId: string): HTMLElement {
  if (objectives.length === 0) return el('p', { class: 'muted' }, t('quarterly.objective.none'));
  return el(
    'ul',
    { class: 'checklist' },
    ...objectives.map((objective) => {
      const box = el('input', { type: 'checkbox', name: 'objectiveIds', value: objective.id });
      box.checked = objective.relationshipIds.includes(relationshipId);
      return el('li', {}, el('label', {}, box, objective.title));
    }),
  );
}

/** An administrator removes one of the review's objectives; measures that served it keep their values. */
export function removeObjectiveForm(context: EditContext): HTMLElement | null {
  const { objectives } = context.review;
  if (!context.review.you.administrator || objectives.length === 0) return null;
  return removalForm(context, {
    id: 'remove-objective',
    label: t('quarterly.objective.remove-title'),
    options: objectives.map((o) => ({ value: o.id, label: o.title })),
    confirmText: t('quarterly.objective.remove-confirm'),
    notice: t('quarterly.objective.removed'),
    remove: (id) => context.actions.deleteObjective(id),
  });
}

export function linkForm(context: EditContext): HTMLElement | null {
  const rows = editableRelationships(context.review);
  if (rows.length === 0) return null;
  const relationship = select('relationshipId', relationshipOptions(rows), rows[0]!.relationshipId, { id: 'link-relationship' });
  const choices = el('fieldset', { class: 'field', 'aria-busy': 'true' }, el('legend', {}, t('quarterly.objective.serves')), el('p', { class: 'loading' }, t('quarterly.objective.loading')));
  let objectives: Objective[] = [];
  const fillChoices = () => choices.replaceChildren(el('legend', {}, t('quarterly.objective.serves')), checkboxes(objectives, relationship.value));
  const target = form(
    'link-form',
    t('quarterly.objective.link-title'),
    field(t('quarterly.objective.relationship'), relationship),
    choices,
    submitButton('link-save', t('quarterly.objective.save-links')),
  );
  relationship.addEventListener('change', fillChoices);
  context.actions
    .objectives(context.review.quarter)
    .then((loaded) => {
      objectives = loaded;
      fillChoices();
    })
    .catch((error: Error) =>
      choices.replaceChildren(
        el('legend', {}, t('quarterly.objective.serves')),
        el('p', { class: 'error', role: 'alert' }, t('quarterly.objective.load-failed', { reason: error.message })),
      ),
    )
    .finally(() => choices.removeAttribute('aria-busy'));
  onSave(target, context, t('quarterly.objective.links-saved'), () =>
    context.actions.linkObjectives(
      relationship.value,
      Array.from(target.querySelectorAll<HTMLInputElement>('input[name=objectiveIds]:checked'), (box) => box.value),
    ),
  );
  return editPanel(t('quarterly.objective.link'), target);
}
