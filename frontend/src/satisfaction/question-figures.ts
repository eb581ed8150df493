// A relationship's answers of a quarter per questionnaire version and question: the version's main rating on its
// own scale (the average of 1 to 5, or the NPS of 0 to 10, never the two mixed), then each extra question's
// counts; and the answers as CSV. Shown in the matrix detail and the quarterly review of a relationship.
import './questionnaire.css';
import type { QuestionKind, QuestionFigures, QuestionnaireFigures, QuestionnaireVersionFigures } from '../api/types';
import { el } from '../dom';
import { formatDecimal, t } from '../i18n';
import { extraAnswerText, sourceOf } from './questionnaire';

export type LoadQuestionFigures = (relationshipId: string, period: string) => Promise<QuestionnaireFigures>;
export type DownloadAnswers = (relationshipId: string, period: string) => Promise<void>;

function signed(score: number): string {
  const rounded = Math.round(score);
  return rounded > 0 ? `+${rounded}` : String(rounded);
}

function mainRating(version: QuestionnaireVersionFigures): HTMLElement | null {
  if (version.nps) {
    const nps = version.nps;
    return el(
      'p',
      { 'data-figure': 'nps' },
      t('questionnaire.figures.nps', { score: nps.score === null ? '–' : signed(nps.score), promoters: nps.promoters, detractors: nps.detractors, count: nps.answers }),
    );
  }
  if (version.averageRating !== null) return el('p', { 'data-figure': 'average' }, t('questionnaire.figures.average', { value: formatDecimal(version.averageRating) }));
  return null;
}

function questionRow(question: QuestionFigures): HTMLElement {
  const counts = Object.entries(question.counts);
  const described = { id: question.id, label: question.label, kind: question.kind as QuestionKind, options: [], required: false };
  const figure =
    question.kind === 'text'
      ? t('questionnaire.figures.texts', { count: question.answered })
      : [
          question.average === null ? null : t('questionnaire.figures.question-average', { value: formatDecimal(question.average) }),
          counts.map(([value, count]) => `${extraAnswerText(described, value)}: ${count}`).join(' · '),
        ]
          .filter(Boolean)
          .join(' — ');
  return el(
    'tr',
    { 'data-question': question.id },
    el('th', { scope: 'row' }, question.label),
    el('td', {}, t('questionnaire.figures.answered', { count: question.answered })),
    el('td', {}, figure),
  );
}

function versionBlock(version: QuestionnaireVersionFigures): HTMLElement {
  const q = version.questionnaire;
  return el(
    'div',
    { class: 'questionnaire__version', 'data-version': `${q.scope}-${q.number}` },
    el('p', { class: 'muted' }, t('questionnaire.figures.answers', { source: sourceOf({ ...q, inherited: false }), count: version.answers })),
    mainRating(version),
    version.questions.length === 0 ? null : el('table', {}, el('tbody', {}, ...version.questions.map(questionRow))),
  );
}

export function renderQuestionFigures(figures: QuestionnaireFigures): Node[] {
  if (figures.versions.length === 0) return [el('p', { class: 'muted' }, t('questionnaire.figures.none'))];
  return figures.versions.map(versionBlock);
}

/** The section, loading its figures itself; `download` offers the CSV (absent where there is no download). */
export function renderQuestionFiguresSection(
  relationshipId: string,
  period: string,
  load: LoadQuestionFigures,
  onLayout: () => void,
  download?: DownloadAnswers,
): HTMLElement {
  const body = el('div', { 'aria-busy': 'true' }, el('p', { class: 'loading' }, t('common.loading')));
  load(relationshipId, period)
    .then((figures) => body.replaceChildren(...renderQuestionFigures(figures)))
    .catch((error: Error) => body.replaceChildren(el('p', { class: 'error', role: 'alert' }, error.message)))
    .finally(() => {
      body.removeAttribute('aria-busy');
      onLayout();
    });
  let button: HTMLButtonElement | null = null;
  if (download) {
    const csv = el('button', { type: 'button', class: 'button', 'data-download': 'answers' }, t('questionnaire.figures.csv'));
    csv.addEventListener('click', () => {
      csv.disabled = true;
      download(relationshipId, period)
        .catch((error: Error) => body.append(el('p', { class: 'error', role: 'alert' }, error.message)))
        .finally(() => {
          csv.disabled = false;
        });
    });
    button = csv;
  }
  return el(
    'section',
    { class: 'questionnaire__figures', 'data-section': 'questions', 'aria-label': t('questionnaire.figures.title') },
    el('h3', {}, t('questionnaire.figures.title')),
    body,
    button ? el('div', { class: 'buttons' }, button) : null,
  );
}
