// The policy page's questionnaire section: the site's default questionnaire, below the policy. Relationships
// without their own ask it.
import { api } from '../../api/client';
import type { QuestionnaireView } from '../../api/types';
import { el } from '../../dom';
import { renderQuestionnaireEditor, type QuestionnaireActions } from '../../satisfaction/questionnaire-editor';

export interface SiteQuestionnaireSource {
  load(): Promise<QuestionnaireView>;
  save: QuestionnaireActions['save'];
}

const fromServer: SiteQuestionnaireSource = { load: () => api.siteQuestionnaire(), save: (input) => api.saveSiteQuestionnaire(input) };

/** Appends the section to the page once the questionnaire has loaded; an error where it would be. */
export function mountSiteQuestionnaire(root: HTMLElement, canChange: boolean, source: SiteQuestionnaireSource = fromServer): Promise<void> {
  const slot = el('div', { id: 'site-questionnaire' });
  root.append(slot);
  return Promise.resolve()
    .then(() => source.load())
    .then((questionnaire) => {
      slot.replaceChildren(renderQuestionnaireEditor(questionnaire, canChange, { save: source.save }, 'site-questionnaire'));
    })
    .catch((error: Error) => {
      slot.replaceChildren(el('p', { class: 'error', role: 'alert' }, error.message));
    });
}
