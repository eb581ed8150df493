// Relationships on the admin page: the list, the form with the agreement, and the versions with Confirm.
import type { AgreementView, CalendarRequest, CalendarView, DepartmentView, MeView, RelationshipRequest, RelationshipView } from '../../api/types';
import { el, fill } from '../../dom';
import { field, lines, numberInput, numberOf, select, submitting, textArea, valueOf } from '../../forms';
import { t } from '../../i18n';
import { picker } from '../../people/picker';
import { personOr } from '../../people/person';
import { renderCalendar } from './calendar';
import { questionnaireSlot, type RelationshipQuestionnaireActions } from './questionnaire';
import { pairName, renderAgreement, renderVersions, standingLozenge } from '../../relationship/agreement';

export interface RelationshipActions {
  saveRelationship(request: RelationshipRequest, id: string | null): Promise<void>;
  deleteRelationship(relationship: RelationshipView): Promise<void>;
  /** Loads the relationship with its versions and shows it. */
  openRelationship(id: string): Promise<void>;
  closeRelationship(): void;
  /** The caller confirms the current draft for their side. */
  confirmAgreement(id: string): Promise<void>;
  /** The working calendar the relationship's service targets are counted in. */
  loadCalendar?: (id: string) => Promise<CalendarView>;
  /** Gives the relationship its own working calendar (administrators). */
  saveCalendar?: (id: string, request: CalendarRequest) => Promise<CalendarView>;
  /** The site's default working calendar, for relationships without their own. */
  loadSiteCalendar?: () => Promise<CalendarView>;
  saveSiteCalendar?: (request: CalendarRequest) => Promise<CalendarView>;
  /** The questionnaire the relationship's checks ask: its own or the site's; its own saved, or removed. */
  questionnaire?: RelationshipQuestionnaireActions;
}

function departmentOptions(departments: DepartmentView[], current: string | undefined): { value: string; label: string }[] {
  const usable = departments.filter((d) => !d.archived || d.id === current).sort((a, b) => a.name.localeCompare(b.name));
  return [
    { value: '', label: t('admin.relationships.choose-department') },
    ...usable.map((d) => ({ value: d.id, label: d.archived ? t('admin.relationships.archived-department', { name: d.name }) : d.name })),
  ];
}

export function renderRelationshipForm(
  relationship: RelationshipView | null,
  departments: DepartmentView[],
  onSave: (request: RelationshipRequest) => Promise<void>,
  onCancel: () => void,
): HTMLFormElement {
  const terms = relationship?.draft ?? relationship?.agreed ?? null;
  const title = relationship ? t('admin.relationships.edit-title', { name: pairName(relationship) }) : t('admin.relationships.new');
  const person = (name: string, label: string, id: string, accountId: string | null | undefined) =>
    picker({ kind: 'user', name, label, id, value: accountId ? [accountId] : [] });
  const providerOwner = person('providerOwnerAccountId', t('admin.relationships.provider-owner'), 'relationship-provider-owner', relationship?.providerOwnerAccountId);
  const customerOwner = person('customerOwnerAccountId', t('admin.relationships.customer-owner'), 'relationship-customer-owner', relationship?.customerOwnerAccountId);
  const sponsor = person('executiveSponsorAccountId', t('admin.relationships.sponsor'), 'relationship-sponsor', relationship?.executiveSponsorAccountId);
  const cancel = el('button', { type: 'button', class: 'button button--subtle' }, t('admin.relationships.cancel'));
  cancel.addEventListener('click', onCancel);
  const form = el(
    'form',
    { class: 'panel', 'aria-label': title, novalidate: '' },
    el('h3', {}, title),
    el(
      'div',
      { class: 'columns' },
      field(t('admin.relationships.provider'), select('providerId', departmentOptions(departments, relationship?.provider.id), relationship?.provider.id ?? '', { required: '' })),
      field(t('admin.relationships.customer'), select('customerId', departmentOptions(departments, relationship?.customer.id), relationship?.customer.id ?? '', { required: '' })),
    ),
    el(
      'div',
      { class: 'columns' },
      providerOwner.element,
      customerOwner.element,
      sponsor.element,
    ),
    el('h4', {}, t('admin.relationships.agreement')),
    field(t('admin.relationships.deliverables'), textArea('agreement.deliverables', (terms?.deliverables ?? []).join('\n'), 4), t('admin.relationships.deliverables-hint')),
    field(t('admin.relationships.expectations'), textArea('agreement.expectations', terms?.expectations ?? '', 3), t('admin.relationships.expectations-hint')),
    field(t('admin.relationships.checklist'), textArea('agreement.checklist', (terms?.checklist ?? []).join('\n'), 4), t('admin.relationships.checklist-hint')),
    field(t('admin.relationships.gives-back'), textArea('agreement.customerGivesBack', terms?.customerGivesBack ?? '', 3)),
    el(
      'div',
      { class: 'columns' },
      field(t('admin.relationships.first-response'), numberInput('agreement.serviceTarget.firstResponseHours', terms?.serviceTarget.firstResponseHours ?? null)),
      field(t('admin.relationships.resolution'), numberInput('agreement.serviceTarget.resolutionHours', terms?.serviceTarget.resolutionHours ?? null)),
    ),
    relationship ? el('p', { class: 'field__hint' }, t('admin.relationships.new-draft-hint')) : null,
    el('div', { class: 'buttons' }, el('button', { type: 'submit', class: 'button button--primary' }, relationship ? t('admin.relationships.save') : t('admin.relationships.add')), cancel),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submitting(form, () =>
      onSave({
        providerId: valueOf(form, 'providerId'),
        customerId: valueOf(form, 'customerId'),
        providerOwnerAccountId: providerOwner.value()[0] ?? null,
        customerOwnerAccountId: customerOwner.value()[0] ?? null,
        executiveSponsorAccountId: sponsor.value()[0] ?? null,
        agreement: {
          deliverables: lines(valueOf(form, 'agreement.deliverables')),
          expectations: valueOf(form, 'agreement.expectations'),
          checklist: lines(valueOf(form, 'agreement.checklist')),
          customerGivesBack: valueOf(form, 'agreement.customerGivesBack'),
          serviceTarget: {
            firstResponseHours: numberOf(form, 'agreement.serviceTarget.firstResponseHours'),
            resolutionHours: numberOf(form, 'agreement.serviceTarget.resolutionHours'),
          },
        },
      }),
    );
  });
  return form;
}

/** An owner may confirm a draft for their own side, once; one person never confirms both sides. */
export function canConfirm(relationship: RelationshipView, version: AgreementView, me: MeView): boolean {
  if (version.status !== 'draft' || !me.accountId) return false;
  if (version.providerConfirmedBy === me.accountId || version.customerConfirmedBy === me.accountId) return false;
  return (
    (me.accountId === relationship.providerOwnerAccountId && !version.providerConfirmedBy) ||
    (me.accountId === relationship.customerOwnerAccountId && !version.customerConfirmedBy)
  );
}

function confirmControl(relationship: RelationshipView, version: AgreementView, me: MeView, actions: RelationshipActions): HTMLElement | null {
  if (version.status !== 'draft') return null;
  if (!canConfirm(relationship, version, me)) {
    const waiting = !relationship.providerOwnerAccountId || !relationship.customerOwnerAccountId
      ? t('admin.relationships.waiting-owners')
      : t('admin.relationships.waiting-confirm');
    return el('p', { class: 'field__hint' }, waiting);
  }
  const box = el('div', { class: 'buttons' });
  const confirm = el('button', { type: 'button', class: 'button button--primary' }, t('admin.relationships.confirm'));
  confirm.addEventListener('click', () => {
    confirm.disabled = true;
    actions.confirmAgreement(relationship.id).catch((error: Error) => {
      confirm.disabled = false;
      box.replaceChildren(confirm, el('p', { class: 'error', role: 'alert' }, error.message));
    });
  });
  box.append(confirm, el('span', { class: 'field__hint' }, t('admin.relationships.confirm-hint', { version: version.version })));
  return box;
}

/** One relationship's agreement and its versions, newest first. */
export function renderRelationshipPanel(relationship: RelationshipView, me: MeView, actions: RelationshipActions): HTMLElement {
  const close = el('button', { type: 'button', class: 'button button--subtle' }, t('admin.relationships.close'));
  close.addEventListener('click', () => actions.closeRelationship());
  const draft = relationship.draft?.status === 'draft' ? relationship.draft : null;
  return el(
    'section',
    { class: 'panel', 'aria-label': t('admin.relationships.agreement-of', { name: pairName(relationship) }), 'data-relationship': relationship.id },
    el('div', { class: 'section__head' }, el('h3', { tabindex: '-1' }, pairName(relationship)), standingLozenge(relationship.standing), close),
    draft ? el('h4', {}, t('admin.relationships.draft-version', { version: draft.version })) : null,
    draft ? renderAgreement(draft) : null,
    el('h4', {}, relationship.agreed ? t('admin.relationships.agreed-version', { version: relationship.agreed.version }) : t('admin.relationships.agreed')),
    relationship.agreed ? renderAgreement(relationship.agreed) : el('p', { class: 'muted' }, t('admin.relationships.nothing-agreed')),
    el('h4', {}, t('admin.relationships.versions')),
    renderVersions(relationship.versions ?? [], (version) => confirmControl(relationship, version, me, actions)),
    calendarSlot(relationship, me, actions),
    questionnaireSlot(relationship.id, me.administrator, actions.questionnaire),
  );
}

/** The relationship's working calendar, filled in once it has loaded; nothing when it cannot be. */
function calendarSlot(relationship: RelationshipView, me: MeView, actions: RelationshipActions): HTMLElement | null {
  const { loadCalendar, saveCalendar } = actions;
  if (!loadCalendar) return null;
  const slot = el('div', { 'data-calendar-of': relationship.id });
  loadCalendar(relationship.id)
    .then((calendar) => {
      const canEdit = me.administrator && saveCalendar !== undefined;
      slot.replaceChildren(renderCalendar(calendar, canEdit, (request) => (saveCalendar ? saveCalendar(relationship.id, request) : Promise.resolve(calendar))));
    })
    .catch((error: Error) => slot.replaceChildren(el('p', { class: 'error', role: 'alert' }, error.message)));
  return slot;
}

function deleteControl(relationship: RelationshipView, actions: RelationshipActions): HTMLElement {
  const box = el('div', { class: 'buttons' });
  const ask = el('button', { type: 'button', class: 'button button--subtle' }, t('admin.relationships.delete'));
  const confirm = el('button', { type: 'button', class: 'button button--danger' }, t('admin.relationships.delete-confirm'));
  const keep = el('button', { type: 'button', class: 'button button--subtle' }, t('admin.relationships.keep'));
  ask.addEventListener('click', () => {
    box.replaceChildren(el('span', {}, t('admin.relationships.delete-question')), confirm, keep);
    confirm.focus();
  });
  keep.addEventListener('click', () => box.replaceChildren(ask));
  confirm.addEventListener('click', () => {
    confirm.disabled = true;
    actions.deleteRelationship(relationship).catch((error: Error) => {
      confirm.disabled = false;
      box.replaceChildren(el('p', { class: 'error', role: 'alert' }, error.message), ask);
    });
  });
  box.append(ask);
  return box;
}

export interface RelationshipsData {
  relationships: RelationshipView[];
  departments: DepartmentView[];
  me: MeView;
  /** The relationship whose agreement and versions are shown. */
  opened: RelationshipView | null;
}

export function renderRelationships(section: HTMLElement, data: RelationshipsData, canEdit: boolean, actions: RelationshipActions): void {
  const formSlot = el('div', {});
  const add = el('button', { type: 'button', class: 'button button--primary' }, t('admin.relationships.add'));
  const edit = (relationship: RelationshipView | null) => {
    const form = renderRelationshipForm(relationship, data.departments, (request) => actions.saveRelationship(request, relationship?.id ?? null), () => {
      formSlot.replaceChildren();
      add.focus();
    });
    formSlot.replaceChildren(form);
    form.querySelector('select')?.focus();
  };
  add.addEventListener('click', () => edit(null));
  const tooFew = data.departments.filter((d) => !d.archived).length < 2;
  add.disabled = tooFew;
  const row = (relationship: RelationshipView) => {
    const show = el('button', { type: 'button', class: 'button button--subtle' }, t('admin.relationships.show-agreement'));
    show.addEventListener('click', () => {
      show.disabled = true;
      actions.openRelationship(relationship.id).catch((error: Error) => {
        show.disabled = false;
        show.after(el('p', { class: 'error', role: 'alert' }, error.message));
      });
    });
    const change = el('button', { type: 'button', class: 'button button--subtle' }, t('admin.relationships.edit'));
    change.addEventListener('click', () => edit(relationship));
    return el(
      'tr',
      { 'data-relationship': relationship.id },
      el('th', { scope: 'row' }, pairName(relationship)),
      el('td', {}, standingLozenge(relationship.standing)),
      el('td', {}, personOr(relationship.providerOwnerAccountId, t('people.none')), ' / ', personOr(relationship.customerOwnerAccountId, t('people.none'))),
      el('td', {}, personOr(relationship.executiveSponsorAccountId, t('people.none'))),
      el('td', {}, el('div', { class: 'buttons' }, show, canEdit ? change : null, canEdit ? deleteControl(relationship, actions) : null)),
    );
  };
  const sorted = [...data.relationships].sort((a, b) => pairName(a).localeCompare(pairName(b)));
  fill(
    section,
    el('div', { class: 'section__head' }, el('h2', {}, t('admin.relationships.title')), canEdit ? add : null),
    canEdit && tooFew ? el('p', { class: 'field__hint' }, t('admin.relationships.too-few')) : null,
    formSlot,
    data.opened ? renderRelationshipPanel(data.opened, data.me, actions) : null,
    sorted.length === 0
      ? el('p', { class: 'muted' }, t('admin.relationships.empty'))
      : el(
          'table',
          { class: 'list' },
          el('thead', {}, el('tr', {}, ...[
              t('admin.relationships.column.pair'),
              t('admin.relationships.column.standing'),
              t('admin.relationships.column.owners'),
              t('admin.relationships.column.sponsor'),
              t('admin.relationships.column.actions'),
            ].map((h) => el('th', { scope: 'col' }, h)))),
          el('tbody', {}, ...sorted.map(row)),
        ),
  );
}
