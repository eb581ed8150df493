// The thanks a department's people received, on the admin page: opened per department on demand (one
// call each, not one per department on every page load), the total and the latest five, as text.
import type { DepartmentThanks, DepartmentView } from '../../api/types';
import { el } from '../../dom';
import { person, personList } from '../../people/person';
import { formatDate } from '../../relationship/agreement';
import { t, tParts } from '../../i18n';

export const LATEST_THANKS = 5;

/** Fetches a department's thanks, newest first, at most `limit`. */
export type LoadThanks = (departmentId: string, limit: number) => Promise<DepartmentThanks>;

function thanksItem(item: DepartmentThanks['thanks'][number]): HTMLElement {
  const who = person(item.from);
  const from = item.fromDepartment ? el('span', {}, ...tParts('thanks.from-department', { name: who, department: item.fromDepartment.name })) : who;
  const to = item.to.length > 0 ? personList(item.to) : document.createTextNode(t('thanks.the-team'));
  return el(
    'li',
    { class: 'thanks__item' },
    el(
      'div',
      { class: 'thanks__head' },
      el(
        'span',
        { class: 'thanks__who' },
        ...(item.issueKey ? tParts('thanks.thanked-for', { from, to, issue: item.issueKey }) : tParts('thanks.thanked', { from, to })),
      ),
      el('time', { class: 'muted', datetime: item.at }, formatDate(item.at)),
    ),
    item.message ? el('p', { class: 'prose thanks__message' }, item.message) : null,
  );
}

export function renderThanksReceived(thanks: DepartmentThanks): Node[] {
  if (thanks.total === 0) return [el('p', { class: 'muted', 'data-thanks-total': '0' }, t('thanks.none'))];
  const shown = thanks.thanks.length;
  return [
    el(
      'p',
      { class: 'thanks__total', 'data-thanks-total': String(thanks.total) },
      t('thanks.total', { count: thanks.total }),
      shown < thanks.total ? el('span', { class: 'muted' }, ` · ${t('thanks.latest', { count: shown })}`) : null,
    ),
    el('ul', { class: 'thanks', 'aria-label': t('thanks.latest-label') }, ...thanks.thanks.map(thanksItem)),
  ];
}

/**
 * A button for a department's row that opens a row below it with the department's thanks, and closes it
 * again. `columns`: how many columns the list has, for the row below to span them.
 */
export function thanksToggle(department: DepartmentView, load: LoadThanks, columns: number): HTMLButtonElement {
  const panelId = `thanks-${department.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const button = el(
    'button',
    { type: 'button', class: 'button button--subtle', 'data-thanks-for': department.id, 'aria-expanded': 'false', 'aria-controls': panelId },
    t('thanks.show'),
  );
  button.setAttribute('aria-label', t('thanks.received-by', { name: department.name }));
  let opened: HTMLTableRowElement | null = null;
  button.addEventListener('click', () => {
    if (opened) {
      opened.remove();
      opened = null;
      button.setAttribute('aria-expanded', 'false');
      button.textContent = t('thanks.show');
      return;
    }
    const body = el('div', { id: panelId, class: 'thanks-received', 'data-thanks': department.id, 'aria-busy': 'true' }, el('p', { class: 'loading' }, t('common.loading')));
    opened = el('tr', { class: 'thanks-row' }, el('td', { colspan: String(columns) }, body));
    button.closest('tr')?.after(opened);
    button.setAttribute('aria-expanded', 'true');
    button.textContent = t('thanks.hide');
    load(department.id, LATEST_THANKS)
      .then((thanks) => body.replaceChildren(...renderThanksReceived(thanks)))
      .catch((error: Error) => body.replaceChildren(el('p', { class: 'error', role: 'alert' }, t('thanks.load-failed', { reason: error.message }))))
      .finally(() => body.removeAttribute('aria-busy'));
  });
  return button;
}
