// The questionnaire editor of the policy page (the site's default) and of a relationship on the admin page (its
// own, or back to the site's): the main rating's scale and up to five extra questions. Every save is a new
// version; checks already asked keep theirs. A mistake is shown at its field as the server names it, and checked
// as the administrator types, with the server's rules.
import './questionnaire.css';
import { ApiError } from '../api/client';
import type { QuestionKind, QuestionnaireInput, QuestionnaireQuestionInput, QuestionnaireView } from '../api/types';
import { el } from '../dom';
import { clearFormErrors, field, lines, radioGroup, select, showFormError, submitting, textArea, textInput } from '../forms';
import { t } from '../i18n';
import { KINDS, LABEL_MAX, MAX_QUESTIONS, OPTIONS_MAX, OPTIONS_MIN, OPTION_MAX, kindName, scaleName, sourceOf } from './questionnaire';

export interface QuestionnaireActions {
  save(input: QuestionnaireInput): Promise<QuestionnaireView>;
  /** A relationship's own questionnaire only: back to the site's. */
  remove?: () => Promise<QuestionnaireView>;
}

/** The first mistake of the input as the server would name it; null when there is none. */
export function questionnaireProblem(input: QuestionnaireInput): ApiError | null {
  const questions = input.questions ?? [];
  if (questions.length > MAX_QUESTIONS) return new ApiError(400, t('questionnaire.problem.too-many', { max: MAX_QUESTIONS }), 'questions');
  for (const [i, q] of questions.entries()) {
    const at = `questions[${i}]`;
    if (!q.label.trim()) return new ApiError(400, t('questionnaire.problem.label'), `${at}.label`);
    if (q.label.trim().length > LABEL_MAX) return new ApiError(400, t('questionnaire.problem.too-long', { max: LABEL_MAX }), `${at}.label`);
    if (q.kind !== 'choice') continue;
    const options = (q.options ?? []).map((o) => o ?? '');
    if (options.length < OPTIONS_MIN || options.length > OPTIONS_MAX)
      return new ApiError(400, t('questionnaire.problem.options', { min: OPTIONS_MIN, max: OPTIONS_MAX }), `${at}.options`);
    const long = options.find((o) => o.length > OPTION_MAX);
    if (long !== undefined) return new ApiError(400, t('questionnaire.problem.option-too-long', { max: OPTION_MAX, option: long.slice(0, 20) }), `${at}.options`);
    const twice = options.find((o, j) => options.indexOf(o) !== j);
    if (twice !== undefined) return new ApiError(400, t('questionnaire.problem.option-twice', { option: twice }), `${at}.options`);
  }
  return null;
}

/** What the form holds, as the server takes it: options one a line, only for a choice. */
export function questionnaireInputOf(form: HTMLFormElement): QuestionnaireInput {
  const scale = form.querySelector<HTMLInputElement>('input[name=scale]:checked')?.value === '0-10' ? '0-10' : '1-5';
  const questions = Array.from(form.querySelectorAll<HTMLElement>('[data-question-index]')).map((row): QuestionnaireQuestionInput => {
    const value = (name: string) => row.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`[data-part=${name}]`)?.value ?? '';
    const kind = value('kind') as QuestionKind;
    return {
      id: value('id') || null,
      label: value('label').trim(),
      kind,
      options: kind === 'choice' ? lines(value('options')) : null,
      required: row.querySelector<HTMLInputElement>('[data-part=required]')?.checked ?? false,
    };
  });
  return { scale, questions };
}

function questionRow(question: QuestionnaireQuestionInput, index: number, prefix: string, onRemove: () => void): HTMLElement {
  const at = `questions[${index}]`;
  const id = `${prefix}-q${index}`;
  const kind = select(`${at}.kind`, KINDS.map((k) => ({ value: k, label: kindName(k) })), question.kind, { 'data-part': 'kind', id: `${id}-kind` });
  const options = textArea(`${at}.options`, (question.options ?? []).join('\n'), 3, { 'data-part': 'options', id: `${id}-options` });
  const optionsField = field(t('questionnaire.options'), options, t('questionnaire.options-hint', { min: OPTIONS_MIN, max: OPTIONS_MAX, length: OPTION_MAX }));
  const showOptions = () => {
    optionsField.hidden = kind.value !== 'choice';
  };
  kind.addEventListener('change', showOptions);
  showOptions();
  const required = el('input', { type: 'checkbox', name: `${at}.required`, 'data-part': 'required', id: `${id}-required` });
  required.checked = question.required ?? false;
  const remove = el('button', { type: 'button', class: 'button button--subtle', 'data-remove-question': String(index) }, t('questionnaire.remove-question'));
  remove.addEventListener('click', onRemove);
  return el(
    'li',
    { class: 'questionnaire__question', 'data-question-index': String(index) },
    el('input', { type: 'hidden', name: `${at}.id`, 'data-part': 'id', value: question.id ?? '' }),
    el('fieldset', {}, el('legend', {}, t('questionnaire.question-n', { n: index + 1 })),
      field(t('questionnaire.label'), textInput(`${at}.label`, question.label, { 'data-part': 'label', id: `${id}-label`, maxlength: String(LABEL_MAX) })),
      field(t('questionnaire.kind'), kind),
      optionsField,
      el('label', { class: 'questionnaire__required', for: required.id }, required, t('questionnaire.required')),
      el('div', { class: 'buttons' }, remove),
    ),
  );
}

function readOnly(questionnaire: QuestionnaireView): HTMLElement[] {
  return [
    el('p', {}, scaleName(questionnaire.scale)),
    questionnaire.questions.length === 0
      ? el('p', { class: 'muted' }, t('questionnaire.no-questions'))
      : el(
          'ol',
          { class: 'questionnaire__list' },
          ...questionnaire.questions.map((q) =>
            el('li', { 'data-question': q.id }, `${q.label} · ${kindName(q.kind)}${q.kind === 'choice' ? ` (${q.options.join(', ')})` : ''} · ${q.required ? t('questionnaire.required') : t('questionnaire.optional')}`),
          ),
        ),
  ];
}

/**
 * The questionnaire and where it comes from; for an administrator the form that saves a new version. `prefix`
 * keeps ids apart when a page shows more than one.
 */
export function renderQuestionnaireEditor(questionnaire: QuestionnaireView, canEdit: boolean, actions: QuestionnaireActions, prefix = 'questionnaire'): HTMLElement {
  const section = el('section', { class: 'questionnaire', 'aria-labelledby': `${prefix}-title`, 'data-questionnaire': questionnaire.scope });
  const status = el('p', { class: 'muted', role: 'status', id: `${prefix}-status` });
  const show = (current: QuestionnaireView, said = '') => {
    section.dataset.questionnaire = current.scope;
    const head = [el('h3', { id: `${prefix}-title` }, t('questionnaire.title')), el('p', { class: 'muted', 'data-questionnaire-source': current.scope }, sourceOf(current))];
    status.textContent = said;
    if (!canEdit) {
      section.replaceChildren(...head, ...readOnly(current));
      return;
    }
    section.replaceChildren(...head, form(current), status);
  };
  const form = (current: QuestionnaireView): HTMLFormElement => {
    let drafts: QuestionnaireQuestionInput[] = current.questions.map((q) => ({ ...q, options: [...q.options] }));
    const list = el('ol', { class: 'questionnaire__questions' });
    const add = el('button', { type: 'button', class: 'button', id: `${prefix}-add` }, t('questionnaire.add-question'));
    const editor = el(
      'form',
      { class: 'form questionnaire__form', id: `${prefix}-form`, 'aria-labelledby': `${prefix}-title`, novalidate: '' },
      el('p', { class: 'field__hint' }, t('questionnaire.intro', { max: MAX_QUESTIONS })),
      radioGroup('scale', t('questionnaire.scale'), [
        { value: '1-5', label: scaleName('1-5') },
        { value: '0-10', label: scaleName('0-10') },
      ], current.scale, `${prefix}-scale`),
      el('h4', {}, t('questionnaire.questions')),
      list,
      el('div', { class: 'buttons' }, add),
    );
    const draw = () => {
      list.replaceChildren(
        ...drafts.map((q, i) =>
          questionRow(q, i, prefix, () => {
            drafts = questionnaireInputOf(editor).questions ?? [];
            drafts.splice(i, 1);
            draw();
            add.focus();
          }),
        ),
      );
      add.disabled = drafts.length >= MAX_QUESTIONS;
    };
    add.addEventListener('click', () => {
      drafts = [...(questionnaireInputOf(editor).questions ?? []), { id: null, label: '', kind: 'rating', options: null, required: false }];
      draw();
      list.querySelector<HTMLInputElement>(`[data-question-index="${drafts.length - 1}"] [data-part=label]`)?.focus();
    });
    draw();
    // checked as typed: the first mistake at its field, gone once it is put right
    editor.addEventListener('change', () => {
      const problem = questionnaireProblem(questionnaireInputOf(editor));
      if (problem) showFormError(editor, problem);
      else clearFormErrors(editor);
    });
    const save = el('button', { type: 'submit', class: 'button button--primary', id: `${prefix}-save` }, t('questionnaire.save'));
    const buttons = el('div', { class: 'buttons' }, save);
    const remove = actions.remove;
    if (remove && current.scope === 'relationship' && !current.inherited) {
      const back = el('button', { type: 'button', class: 'button button--subtle', id: `${prefix}-remove` }, t('questionnaire.back-to-site'));
      back.addEventListener('click', () => {
        back.disabled = true;
        remove()
          .then((site) => show(site, t('questionnaire.removed')))
          .catch((error: unknown) => {
            back.disabled = false;
            showFormError(editor, error);
          });
      });
      buttons.append(back);
    }
    editor.append(buttons);
    editor.addEventListener('submit', (event) => {
      event.preventDefault();
      void submitting(editor, async () => {
        const input = questionnaireInputOf(editor);
        const problem = questionnaireProblem(input);
        if (problem) throw problem;
        const saved = await actions.save(input);
        show(saved, t('questionnaire.saved', { version: saved.number }));
      });
    });
    return editor;
  };
  show(questionnaire);
  return section;
}
