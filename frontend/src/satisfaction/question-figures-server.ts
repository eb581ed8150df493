// The question figures and the answers' CSV as the Jira pages fetch them.
import { api, offerDownload } from '../api/client';
import { type DownloadAnswers, type LoadQuestionFigures, renderQuestionFiguresSection } from './question-figures';

export const questionFiguresFromServer: { load: LoadQuestionFigures; download: DownloadAnswers } = {
  load: (relationshipId, period) => api.questionnaireFigures(relationshipId, period),
  download: (relationshipId, period) => api.answersCsv(relationshipId, period).then((csv) => offerDownload(csv, `satisfaction-answers-${period}.csv`)),
};

/**
 * A relationship's review: its answers per question for the quarter, after the trends (a department's review has
 * none: its relationships each have their own questionnaire).
 */
export function addQuestionFiguresToReview(slot: HTMLElement, review: { scope: { kind: string; id: string }; quarter: string }, onLayout: () => void): void {
  if (review.scope.kind !== 'relationship') return;
  const section = renderQuestionFiguresSection(review.scope.id, review.quarter, questionFiguresFromServer.load, onLayout, questionFiguresFromServer.download);
  section.classList.add('review__section');
  const trends = slot.querySelector('[data-section="trends"]');
  if (trends) trends.after(section);
  else slot.append(section);
}
