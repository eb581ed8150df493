// The Jira page's forms, each where its section is, and only for a viewer who may use them.
import type { ReviewEditing, ReviewSection } from '../../review/view';
import { el } from '../../dom';
import type { EditContext } from './edit';
import { itemEditForm, raiseForm } from './item-forms';
import { measureForm, removeMeasureForm, valueForm } from './measure-forms';
import { linkForm, objectiveForm, removeObjectiveForm } from './objective-forms';
import { sponsorForm } from './sponsor-form';
import { thanksForm } from './thanks-form';

function group(...forms: (HTMLElement | null)[]): HTMLElement | null {
  const present = forms.filter((f): f is HTMLElement => f !== null);
  return present.length === 0 ? null : el('div', { class: 'review-edits' }, ...present);
}

export function reviewEditing(base: Omit<EditContext, 'review'>): ReviewEditing {
  return {
    section(name: ReviewSection, review) {
      const context = { ...base, review };
      switch (name) {
        case 'objectives':
          return group(review.you.administrator ? objectiveForm(context) : null, linkForm(context), removeObjectiveForm(context));
        case 'measures':
          return group(measureForm(context), valueForm(context), removeMeasureForm(context));
        case 'items':
          return group(raiseForm(context));
        case 'appreciation':
          return group(thanksForm(context));
        case 'notes':
          return group(sponsorForm(context));
        default:
          return null;
      }
    },
    item: (item, review) => itemEditForm(item, { ...base, review }),
  };
}
