// Appreciation: anyone thanks people of one of the scope's departments, up to ten at once, chosen by name.
// After ten thanks in 24 hours the API answers 429, and the form says when thanking works again.
import { ApiError } from '../../api/client';
import { countedField, field, select, textArea, valueOf } from '../../forms';
import { t } from '../../i18n';
import { picker } from '../../people/picker';
import { type EditContext, editPanel, form, onSave, submitButton } from './edit';
import { scopeDepartments } from './permissions';

export const MESSAGE_MAX = 500;
export const PEOPLE_MAX = 10;

export function thanksForm(context: EditContext): HTMLElement | null {
  const departments = scopeDepartments(context.review);
  if (departments.length === 0) return null;
  const options = departments.map((d) => ({ value: d.id, label: d.name }));
  const people = picker({
    kind: 'user',
    name: 'toAccountIds',
    label: t('quarterly.thanks.people'),
    id: 'thanks-people',
    multiple: true,
    max: PEOPLE_MAX,
    hint: t('quarterly.thanks.people-hint', { count: PEOPLE_MAX }),
  });
  const target = form(
    'thanks-form',
    t('quarterly.thanks.title'),
    field(t('quarterly.thanks.to'), select('toDepartmentId', options, departments[0]!.id, { id: 'thanks-to' })),
    people.element,
    field(t('quarterly.thanks.from'), select('fromDepartmentId', [{ value: '', label: t('quarterly.thanks.not-given') }, ...options], '', { id: 'thanks-from' })),
    countedField(t('quarterly.thanks.message'), textArea('message', '', 2, { id: 'thanks-message' }), MESSAGE_MAX),
    submitButton('thanks-save', t('quarterly.thanks.send')),
  );
  onSave(target, context, t('quarterly.thanks.sent'), async () => {
    const ids = people.value();
    if (ids.length === 0) throw new ApiError(400, t('quarterly.thanks.nobody'), 'toAccountIds');
    if (ids.length > PEOPLE_MAX) throw new ApiError(400, t('quarterly.thanks.too-many', { max: PEOPLE_MAX, count: ids.length }), 'toAccountIds');
    const from = valueOf(target, 'fromDepartmentId');
    const to = valueOf(target, 'toDepartmentId');
    if (from && from === to) throw new ApiError(400, t('quarterly.thanks.same-department'), 'toDepartmentId');
    await context.actions.appreciate({ toDepartmentId: to, toAccountIds: ids, fromDepartmentId: from || null, message: valueOf(target, 'message') || null });
  });
  return editPanel(t('quarterly.thanks.title'), target);
}
