// The two departments of a request, where each came from, and the Correct form for the people who may
// correct them: two pickers whose "Automatic" choice (null) goes back to the project mapping or the
// reporter's groups. On an issue that is not an internal request, choosing both makes it one.
import type { DepartmentRef, DepartmentsCorrection, DepartmentView, RequestView } from '../../api/types';
import { el } from '../../dom';
import { field, select, submitting, valueOf } from '../../forms';
import { requestError } from '../../request/errors';
import { departmentName } from '../../request/status';
import type { Changed } from './decision';
import { personOr } from '../../people/person';
import { t, texts } from '../../i18n';

export interface DepartmentActions {
  correct(correction: DepartmentsCorrection): Promise<RequestView>;
  /** The active departments to choose from. */
  departments(): Promise<DepartmentView[]>;
  /** The page's height changed. */
  onLayout(): void;
}

const SOURCES: Record<NonNullable<RequestView['providerSource'] | RequestView['customerSource']>, string> = texts(
  ['project', 'component', 'reporter-groups', 'corrected'],
  (source) => t(`departments.source.${source}`),
);

function departmentFact(department: DepartmentRef | null, source: RequestView['providerSource'] | RequestView['customerSource']): HTMLElement {
  return el(
    'dd',
    {},
    department ? departmentName(department) : el('span', { class: 'muted' }, t('departments.not-known')),
    source ? el('span', { class: `source source--${source}`, 'data-source': source }, ` · ${SOURCES[source]}`) : null,
  );
}

export function renderDepartmentFacts(view: RequestView): HTMLElement {
  return el(
    'dl',
    { class: 'facts' },
    el('dt', {}, t('departments.customer')),
    departmentFact(view.customer, view.customerSource),
    el('dt', {}, t('departments.provider')),
    departmentFact(view.provider, view.providerSource),
    el('dt', {}, t('departments.reporter')),
    el('dd', {}, personOr(view.reporterAccountId, '—')),
    el('dt', {}, t('departments.assignee')),
    el('dd', {}, personOr(view.assigneeAccountId, t('departments.unassigned'))),
  );
}

/** "Automatic", then the active departments by name; a corrected department since archived stays choosable. */
function choices(departments: DepartmentView[], current: DepartmentRef | null): { value: string; label: string }[] {
  const sorted = [...departments].sort((a, b) => a.name.localeCompare(b.name)).map((d) => ({ value: d.id, label: d.name }));
  if (current && !sorted.some((d) => d.value === current.id)) sorted.push({ value: current.id, label: departmentName(current) });
  return [{ value: '', label: t('departments.automatic') }, ...sorted];
}

export function renderCorrectForm(view: RequestView, departments: DepartmentView[], actions: DepartmentActions, changed: Changed, onCancel: () => void): HTMLFormElement {
  // Only a hand-made choice preselects a department: anything else is what "Automatic" gives.
  const provider = view.providerSource === 'corrected' ? view.provider : null;
  const customer = view.customerSource === 'corrected' ? view.customer : null;
  const cancel = el('button', { type: 'button', id: 'correct-cancel', class: 'button button--subtle' }, t('common.cancel'));
  cancel.addEventListener('click', onCancel);
  const form = el(
    'form',
    { id: 'correct-form', class: 'correct', 'aria-label': t('departments.correct-title'), novalidate: '' },
    el('h3', {}, t('departments.correct-title')),
    el(
      'div',
      { class: 'columns' },
      field(t('departments.provider'), select('providerId', choices(departments, provider), provider?.id ?? '', { id: 'correct-provider' })),
      field(t('departments.customer'), select('customerId', choices(departments, customer), customer?.id ?? '', { id: 'correct-customer' })),
    ),
    el(
      'p',
      { class: 'field__hint' },
      view.state === 'internal'
        ? t('departments.automatic-hint')
        : t('departments.make-internal-hint'),
    ),
    el('div', { class: 'buttons' }, el('button', { type: 'submit', id: 'correct-save', class: 'button button--primary' }, t('common.save')), cancel),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submitting(form, async () => {
      const correction = { providerId: valueOf(form, 'providerId') || null, customerId: valueOf(form, 'customerId') || null };
      const next = await actions.correct(correction).catch((error: unknown) => {
        throw requestError(error, 'correct');
      });
      changed(next, t('departments.saved'));
    }).then(() => actions.onLayout());
  });
  return form;
}

/** The Correct button and the form it opens (the departments are loaded when it is first opened). */
export function renderCorrectControl(view: RequestView, actions: DepartmentActions, changed: Changed): HTMLElement {
  const open = el('button', { type: 'button', id: 'correct', class: 'button', 'aria-expanded': 'false', 'aria-controls': 'correct-form' }, t('departments.correct'));
  const slot = el('div', { class: 'correct__slot' });
  const close = () => {
    slot.replaceChildren();
    open.setAttribute('aria-expanded', 'false');
    open.focus();
    actions.onLayout();
  };
  open.addEventListener('click', () => {
    if (slot.querySelector('form, .loading')) return; // open or opening; after a failure, try again
    open.setAttribute('aria-expanded', 'true');
    slot.replaceChildren(el('p', { class: 'loading' }, t('departments.loading')));
    actions.onLayout();
    actions
      .departments()
      .then((departments) => {
        const form = renderCorrectForm(view, departments, actions, changed, close);
        slot.replaceChildren(form);
        form.querySelector('select')?.focus();
      })
      .catch((error: unknown) => {
        open.setAttribute('aria-expanded', 'false');
        slot.replaceChildren(el('p', { class: 'error', role: 'alert' }, t('matrix.departments-load-failed', { reason: requestError(error, 'load').message })));
      })
      .finally(() => actions.onLayout());
  });
  return el('div', { class: 'correct__control' }, el('div', { class: 'buttons' }, open), slot);
}

export function renderDepartments(view: RequestView, actions: DepartmentActions, changed: Changed): HTMLElement {
  return el(
    'section',
    { class: 'request-section', 'aria-labelledby': 'departments-title' },
    el('h2', { id: 'departments-title', tabindex: '-1' }, t('admin.departments')),
    renderDepartmentFacts(view),
    view.viewer.canCorrect ? renderCorrectControl(view, actions, changed) : null,
  );
}
