// A relationship's questionnaire on the admin page: the one its checks ask (its own, or the site's), and for an
// administrator the editor that gives it its own, or takes it back to the site's.
import { api } from '../../api/client';
import type { QuestionnaireInput, QuestionnaireView } from '../../api/types';
import { el } from '../../dom';
import { renderQuestionnaireEditor } from '../../satisfaction/questionnaire-editor';

export interface RelationshipQuestionnaireActions {
  load(relationshipId: string): Promise<QuestionnaireView>;
  save(relationshipId: string, input: QuestionnaireInput): Promise<QuestionnaireView>;
  remove(relationshipId: string): Promise<QuestionnaireView>;
}

export const relationshipQuestionnaires: RelationshipQuestionnaireActions = {
  load: (id) => api.relationshipQuestionnaire(id),
  save: (id, input) => api.saveRelationshipQuestionnaire(id, input),
  remove: (id) => api.removeRelationshipQuestionnaire(id),
};

/** Filled in once the questionnaire has loaded; nothing without the actions. */
export function questionnaireSlot(relationshipId: string, canEdit: boolean, actions: RelationshipQuestionnaireActions | undefined): HTMLElement | null {
  if (!actions) return null;
  const slot = el('div', { 'data-questionnaire-of': relationshipId });
  actions
    .load(relationshipId)
    .then((questionnaire) => {
      slot.replaceChildren(
        renderQuestionnaireEditor(
          questionnaire,
          canEdit,
          { save: (input) => actions.save(relationshipId, input), remove: () => actions.remove(relationshipId) },
          `questionnaire-${relationshipId}`,
        ),
      );
    })
    .catch((error: Error) => slot.replaceChildren(el('p', { class: 'error', role: 'alert' }, error.message)));
  return slot;
}
