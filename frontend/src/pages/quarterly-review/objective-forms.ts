// Objectives: an administrator adds one for the review's quarter (or removes one); a relationship's sides
// link it to the quarter's objectives it serves.
import { ApiError } from '../../api/client';
import type { Objective } from '../../api/types';
import { el } from '../../dom';
import { field, select, textArea, textInput, valueOf } from '../../forms';
import { quarterLabel } from '../../matrix/period';
import { type EditContext, editPanel, form, onSave, relationshipOptions, removalForm, submitButton } from './edit';
import { editableRelationships } from './permissions';

export function objectiveForm(context: EditContext): HTMLElement {
  const { review } = context;
  const target = form(
    'objective-form',
    'Add an objective',
    field('Title', textInput('title', '', { id: 'objective-title', maxlength: '200' })),
    field('Description (optional)', textArea('description', '', 2, { id: 'objective-description' })),
    field('Owner (account id)', textInput('ownerAccountId', '', { id: 'objective-owner', autocomplete: 'off' })),
    submitButton('objective-save', `Add to ${quarterLabel(review.quarter)}`),
  );
  onSave(target, context, 'Objective added.', async () => {
    const title = valueOf(target, 'title');
    if (!title) throw new ApiError(400, 'Give the objective a title.', 'title');
    const owner = valueOf(target, 'ownerAccountId');
    if (!owner) throw new ApiError(400, 'Name the objective’s owner by account id.', 'ownerAccountId');
    await context.actions.createObjective({ quarter: review.quarter, title, description: valueOf(target, 'description') || null, ownerAccountId: owner });
  });
  return editPanel('Add an objective', target);
}

function checkboxes(objectives: Objective[], relationshipId: string): HTMLElement {
  if (objectives.length === 0) return el('p', { class: 'muted' }, 'No objectives for this quarter yet.');
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
    label: 'Remove an objective',
    options: objectives.map((o) => ({ value: o.id, label: o.title })),
    confirmText: 'Remove it; relationships and measures that serve it lose the link',
    notice: 'Objective removed.',
    remove: (id) => context.actions.deleteObjective(id),
  });
}

export function linkForm(context: EditContext): HTMLElement | null {
  const rows = editableRelationships(context.review);
  if (rows.length === 0) return null;
  const relationship = select('relationshipId', relationshipOptions(rows), rows[0]!.relationshipId, { id: 'link-relationship' });
  const choices = el('fieldset', { class: 'field', 'aria-busy': 'true' }, el('legend', {}, 'Objectives it serves'), el('p', { class: 'loading' }, 'Loading objectives…'));
  let objectives: Objective[] = [];
  const fillChoices = () => choices.replaceChildren(el('legend', {}, 'Objectives it serves'), checkboxes(objectives, relationship.value));
  const target = form('link-form', 'Link a relationship to objectives', field('Relationship', relationship), choices, submitButton('link-save', 'Save links'));
  relationship.addEventListener('change', fillChoices);
  context.actions
    .objectives(context.review.quarter)
    .then((loaded) => {
      objectives = loaded;
      fillChoices();
    })
    .catch((error: Error) => choices.replaceChildren(el('legend', {}, 'Objectives it serves'), el('p', { class: 'error', role: 'alert' }, `The objectives could not be loaded: ${error.message}`)))
    .finally(() => choices.removeAttribute('aria-busy'));
  onSave(target, context, 'Links saved.', () =>
    context.actions.linkObjectives(
      relationship.value,
      Array.from(target.querySelectorAll<HTMLInputElement>('input[name=objectiveIds]:checked'), (box) => box.value),
    ),
  );
  return editPanel('Link to objectives', target);
}
