// What a questionnaire's parts are called and how its answers read, for the answer form, the editor and the figures.
import type { QuestionKind, QuestionnaireQuestion, QuestionnaireScale, QuestionnaireView } from '../api/types';
import { type MessageKey, t } from '../i18n';
import { MET_WORDS } from './words';

/** The server's limits (Questionnaire.java). */
export const MAX_QUESTIONS = 5;
export const LABEL_MAX = 200;
export const OPTION_MAX = 80;
export const OPTIONS_MIN = 2;
export const OPTIONS_MAX = 10;
export const TEXT_ANSWER_MAX = 500;

export const KINDS: readonly QuestionKind[] = ['rating', 'yes-partly-no', 'choice', 'text'];

const KIND_KEYS: Record<QuestionKind, MessageKey> = {
  rating: 'questionnaire.kind.rating',
  'yes-partly-no': 'questionnaire.kind.yes-partly-no',
  choice: 'questionnaire.kind.choice',
  text: 'questionnaire.kind.text',
};

export function kindName(kind: QuestionKind): string {
  return t(KIND_KEYS[kind]);
}

export function scaleName(scale: QuestionnaireScale): string {
  return scale === '0-10' ? t('questionnaire.scale.nps') : t('questionnaire.scale.five');
}

/** The main rating's lowest and highest step. */
export function scaleRange(scale: QuestionnaireScale): [number, number] {
  return scale === '0-10' ? [0, 10] : [1, 5];
}

/** An extra answer as text: "4 of 5", "Partly", the option, the text. */
export function extraAnswerText(question: QuestionnaireQuestion, value: string): string {
  if (question.kind === 'rating') return t('rating.of-max', { value: Number(value), max: 5 });
  if (question.kind === 'yes-partly-no') return MET_WORDS[value as keyof typeof MET_WORDS] ?? value;
  return value;
}

/** Where a questionnaire comes from: built in, the site's version n, the relationship's own version n. */
export function sourceOf(questionnaire: QuestionnaireView): string {
  if (questionnaire.scope === 'built-in') return t(questionnaire.inherited ? 'questionnaire.source.inherited-built-in' : 'questionnaire.source.built-in');
  if (questionnaire.scope === 'site')
    return t(questionnaire.inherited ? 'questionnaire.source.inherited' : 'questionnaire.source.site', { version: questionnaire.number });
  return t('questionnaire.source.relationship', { version: questionnaire.number });
}
