// Appreciation: a customer who rated the work well thanks the people who did it, in one click, with an
// optional message (the server knows who did the work: the API takes no ids here). The thanks given on a
// check are listed for everyone, people by name with avatar.
import { ApiError } from '../../api/client';
import type { CheckView, ThanksView } from '../../api/types';
import { el } from '../../dom';
import { submitting, textInput, valueOf } from '../../forms';
import { t, tParts } from '../../i18n';
import { person, personList } from '../../people/person';
import { formatDate } from '../../relationship/agreement';
import { checkError } from '../../satisfaction/errors';
import type { ChecksChanged, SatisfactionActions } from './satisfaction';

/** The server's limit for a thank-you message. */
export const MESSAGE_MAX = 500;

export function renderThanksList(thanks: ThanksView[]): HTMLElement {
  return el(
    'ul',
    { class: 'thanks', 'aria-label': t('issue.thanks.list') },
    ...thanks.map((item) =>
      el(
        'li',
        { class: 'thanks__item' },
        el(
          'div',
          { class: 'thanks__head' },
          el(
            'span',
            { class: 'thanks__who' },
            ...(item.to.length > 0
              ? tParts('issue.thanks.thanked', { from: person(item.from), to: personList(item.to) })
              : tParts('issue.thanks.thanked-workers', { from: person(item.from) })),
          ),
          el('time', { class: 'muted', datetime: item.at }, formatDate(item.at)),
        ),
        item.message ? el('p', { class: 'prose thanks__message' }, item.message) : null,
      ),
    ),
  );
}

export function renderThankForm(check: CheckView, actions: SatisfactionActions, changed: ChecksChanged): HTMLFormElement {
  const message = textInput('message', '', { id: 'thank-message', maxlength: String(MESSAGE_MAX), autocomplete: 'off', placeholder: t('issue.thanks.placeholder') });
  message.setAttribute('aria-label', t('issue.thanks.message'));
  const form = el(
    'form',
    { id: 'thank-form', class: 'thank', 'aria-label': t('issue.thanks.form'), novalidate: '' },
    el('div', { class: 'thank__row' }, message, el('button', { type: 'submit', id: 'thank', class: 'button button--primary' }, t('issue.thanks.form'))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submitting(form, async () => {
      const text = valueOf(form, 'message');
      if (text.length > MESSAGE_MAX) throw new ApiError(400, t('issue.thanks.too-long', { max: MESSAGE_MAX, count: text.length }), 'message');
      const next = await actions.thank(check.id, { message: text }).catch((error: unknown) => {
        throw checkError(error, 'thank');
      });
      changed(next, t('issue.thanks.done'));
    }).then(() => actions.onLayout());
  });
  return form;
}

/** The thank button for a viewer who may thank, "Thanked" once they did, and every thanks given. */
export function renderThanks(check: CheckView, actions: SatisfactionActions, changed: ChecksChanged): HTMLElement | null {
  const own = check.you.canThank
    ? renderThankForm(check, actions, changed)
    : check.you.thanked
      ? el('p', { id: 'thanked', class: 'thanked' }, el('span', { class: 'lozenge lozenge--success' }, t('issue.thanks.thanked-lozenge')), ' ', t('issue.thanks.you-thanked'))
      : null;
  if (!own && check.thanks.length === 0) return null;
  return el('div', { class: 'thanks-part' }, own, check.thanks.length > 0 ? renderThanksList(check.thanks) : null);
}
