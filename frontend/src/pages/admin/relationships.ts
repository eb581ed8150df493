// Relationships on the admin page: the list, the form with the agreement, and the versions with Confirm.
import type { AgreementView, DepartmentView, MeView, RelationshipRequest, RelationshipView } from '../../api/types';
import { el, fill } from '../../dom';
import { field, lines, numberInput, numberOf, select, submitting, textArea, textInput, valueOf } from '../../forms';
import { pairName, renderAgreement, renderVersions, standingLozenge } from '../../relationship/agreement';

export interface RelationshipActions {
  saveRelationship(request: RelationshipRequest, id: string | null): Promise<void>;
  deleteRelationship(relationship: RelationshipView): Promise<void>;
  /** Loads the relationship with its versions and shows it. */
  openRelationship(id: string): Promise<void>;
  closeRelationship(): void;
  /** The caller confirms the current draft for their side. */
  confirmAgreement(id: string): Promise<void>;
}

function departmentOptions(departments: DepartmentView[], current: string | undefined): { value: string; label: string }[] {
  const usable = departments.filter((d) => !d.archived || d.id === current).sort((a, b) => a.name.localeCompare(b.name));
  return [{ value: '', label: 'Choose a department' }, ...usable.map((d) => ({ value: d.id, label: d.archived ? `${d.name} (archived)` : d.name }))];
}

export function renderRelationshipForm(
  relationship: RelationshipView | null,
  departments: DepartmentView[],
  onSave: (request: RelationshipRequest) => Promise<void>,
  onCancel: () => void,
): HTMLFormElement {
  const terms = relationship?.draft ?? relationship?.agreed ?? null;
  const title = relationship ? `Edit ${pairName(relationship)}` : 'New relationship';
  const cancel = el('button', { type: 'button', class: 'button button--subtle' }, 'Cancel');
  cancel.addEventListener('click', onCancel);
  const form = el(
    'form',
    { class: 'panel', 'aria-label': title, novalidate: '' },
    el('h3', {}, title),
    el(
      'div',
      { class: 'columns' },
      field('Provider (serves)', select('providerId', departmentOptions(departments, relationship?.provider.id), relationship?.provider.id ?? '', { required: '' })),
      field('Internal customer (is served)', select('customerId', departmentOptions(departments, relationship?.customer.id), relationship?.customer.id ?? '', { required: '' })),
    ),
    el(
      'div',
      { class: 'columns' },
      field('Owner at the provider (account id)', textInput('providerOwnerAccountId', relationship?.providerOwnerAccountId ?? '', { autocomplete: 'off' })),
      field('Owner at the customer (account id)', textInput('customerOwnerAccountId', relationship?.customerOwnerAccountId ?? '', { autocomplete: 'off' })),
      field('Executive sponsor (account id)', textInput('executiveSponsorAccountId', relationship?.executiveSponsorAccountId ?? '', { autocomplete: 'off' })),
    ),
    el('h4', {}, 'Agreement'),
    field('Deliverables', textArea('agreement.deliverables', (terms?.deliverables ?? []).join('\n'), 4), 'What the provider delivers, one per line.'),
    field('Expectations: what good looks like', textArea('agreement.expectations', terms?.expectations ?? '', 3), 'The specification, e.g. “qualified leads: budget, need and timing known”, not just “leads”.'),
    field('What the customer gives back', textArea('agreement.customerGivesBack', terms?.customerGivesBack ?? '', 3)),
    el(
      'div',
      { class: 'columns' },
      field('First response within (hours)', numberInput('agreement.serviceTarget.firstResponseHours', terms?.serviceTarget.firstResponseHours ?? null)),
      field('Resolution within (hours)', numberInput('agreement.serviceTarget.resolutionHours', terms?.serviceTarget.resolutionHours ?? null)),
    ),
    relationship ? el('p', { class: 'field__hint' }, 'A changed agreement becomes a new draft version that both owners confirm.') : null,
    el('div', { class: 'buttons' }, el('button', { type: 'submit', class: 'button button--primary' }, relationship ? 'Save' : 'Add relationship'), cancel),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submitting(form, () =>
      onSave({
        providerId: valueOf(form, 'providerId'),
        customerId: valueOf(form, 'customerId'),
        providerOwnerAccountId: valueOf(form, 'providerOwnerAccountId') || null,
        customerOwnerAccountId: valueOf(form, 'customerOwnerAccountId') || null,
        executiveSponsorAccountId: valueOf(form, 'executiveSponsorAccountId') || null,
        agreement: {
          deliverables: lines(valueOf(form, 'agreement.deliverables')),
          expectations: valueOf(form, 'agreement.expectations'),
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
      ? 'Name an owner on each side: the two owners confirm a draft.'
      : 'Waiting for the owners to confirm it; only they can.';
    return el('p', { class: 'field__hint' }, waiting);
  }
  const box = el('div', { class: 'buttons' });
  const confirm = el('button', { type: 'button', class: 'button button--primary' }, 'Confirm');
  confirm.addEventListener('click', () => {
    confirm.disabled = true;
    actions.confirmAgreement(relationship.id).catch((error: Error) => {
      confirm.disabled = false;
      box.replaceChildren(confirm, el('p', { class: 'error', role: 'alert' }, error.message));
    });
  });
  box.append(confirm, el('span', { class: 'field__hint' }, `You confirm version ${version.version} for your side.`));
  return box;
}

/** One relationship's agreement and its versions, newest first. */
export function renderRelationshipPanel(relationship: RelationshipView, me: MeView, actions: RelationshipActions): HTMLElement {
  const close = el('button', { type: 'button', class: 'button button--subtle' }, 'Close');
  close.addEventListener('click', () => actions.closeRelationship());
  const draft = relationship.draft?.status === 'draft' ? relationship.draft : null;
  return el(
    'section',
    { class: 'panel', 'aria-label': `Agreement of ${pairName(relationship)}`, 'data-relationship': relationship.id },
    el('div', { class: 'section__head' }, el('h3', { tabindex: '-1' }, pairName(relationship)), standingLozenge(relationship.standing), close),
    draft ? el('h4', {}, `Draft, version ${draft.version}`) : null,
    draft ? renderAgreement(draft) : null,
    el('h4', {}, relationship.agreed ? `Agreed, version ${relationship.agreed.version}` : 'Agreed'),
    relationship.agreed ? renderAgreement(relationship.agreed) : el('p', { class: 'muted' }, 'Nothing agreed yet.'),
    el('h4', {}, 'Versions'),
    renderVersions(relationship.versions ?? [], (version) => confirmControl(relationship, version, me, actions)),
  );
}

function deleteControl(relationship: RelationshipView, actions: RelationshipActions): HTMLElement {
  const box = el('div', { class: 'buttons' });
  const ask = el('button', { type: 'button', class: 'button button--subtle' }, 'Delete');
  const confirm = el('button', { type: 'button', class: 'button button--danger' }, 'Delete relationship');
  const keep = el('button', { type: 'button', class: 'button button--subtle' }, 'Keep');
  ask.addEventListener('click', () => {
    box.replaceChildren(el('span', {}, 'Delete it with its agreement versions?'), confirm, keep);
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
  const add = el('button', { type: 'button', class: 'button button--primary' }, 'Add relationship');
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
    const show = el('button', { type: 'button', class: 'button button--subtle' }, 'Agreement');
    show.addEventListener('click', () => {
      show.disabled = true;
      actions.openRelationship(relationship.id).catch((error: Error) => {
        show.disabled = false;
        show.after(el('p', { class: 'error', role: 'alert' }, error.message));
      });
    });
    const change = el('button', { type: 'button', class: 'button button--subtle' }, 'Edit');
    change.addEventListener('click', () => edit(relationship));
    return el(
      'tr',
      { 'data-relationship': relationship.id },
      el('th', { scope: 'row' }, pairName(relationship)),
      el('td', {}, standingLozenge(relationship.standing)),
      el('td', {}, relationship.providerOwnerAccountId ?? '—', ' / ', relationship.customerOwnerAccountId ?? '—'),
      el('td', {}, relationship.executiveSponsorAccountId ?? '—'),
      el('td', {}, el('div', { class: 'buttons' }, show, canEdit ? change : null, canEdit ? deleteControl(relationship, actions) : null)),
    );
  };
  const sorted = [...data.relationships].sort((a, b) => pairName(a).localeCompare(pairName(b)));
  fill(
    section,
    el('div', { class: 'section__head' }, el('h2', {}, 'Relationships'), canEdit ? add : null),
    canEdit && tooFew ? el('p', { class: 'field__hint' }, 'Add at least two departments first: a relationship is one department serving another.') : null,
    formSlot,
    data.opened ? renderRelationshipPanel(data.opened, data.me, actions) : null,
    sorted.length === 0
      ? el('p', { class: 'muted' }, 'No relationships yet.')
      : el(
          'table',
          { class: 'list' },
          el('thead', {}, el('tr', {}, ...['Provider → customer', 'Standing', 'Owners (provider / customer)', 'Executive sponsor', 'Actions'].map((h) => el('th', { scope: 'col' }, h)))),
          el('tbody', {}, ...sorted.map(row)),
        ),
  );
}
