// Appreciation: anyone thanks people of one of the scope's departments, up to ten at once. After ten thanks
// in 24 hours the API answers 429, and the form says when thanking works again.
import { ApiError } from '../../api/client';
import { countedField, field, select, textArea, valueOf } from '../../forms';
import { type EditContext, accountIds, editPanel, form, onSave, submitButton } from './edit';
import { scopeDepartments } from './permissions';

export const MESSAGE_MAX = 500;
export const PEOPLE_MAX = 10;

export function thanksForm(context: EditContext): HTMLElement | null {
  const departments = scopeDepartments(context.review);
  if (departments.length === 0) return null;
  const options = departments.map((d) => ({ value: d.id, label: d.name }));
  const people = textArea('toAccountIds', '', 2, { id: 'thanks-people', autocomplete: 'off' });
  const target = form(
    'thanks-form',
    'Thank people of another department',
    field('Their department', select('toDepartmentId', options, departments[0]!.id, { id: 'thanks-to' })),
    field('People (account ids)', people, `Up to ${PEOPLE_MAX}, separated by commas or new lines.`),
    field('Your department (optional)', select('fromDepartmentId', [{ value: '', label: 'Not given' }, ...options], '', { id: 'thanks-from' })),
    countedField('Message (optional)', textArea('message', '', 2, { id: 'thanks-message' }), MESSAGE_MAX),
    submitButton('thanks-save', 'Send thanks'),
  );
  onSave(target, context, 'Thanks sent: they will hear it.', async () => {
    const ids = accountIds(valueOf(target, 'toAccountIds'));
    if (ids.length === 0) throw new ApiError(400, 'Name at least one person to thank, by account id.', 'toAccountIds');
    if (ids.length > PEOPLE_MAX) throw new ApiError(400, `Thank at most ${PEOPLE_MAX} people at once (there are ${ids.length}).`, 'toAccountIds');
    const from = valueOf(target, 'fromDepartmentId');
    const to = valueOf(target, 'toDepartmentId');
    if (from && from === to) throw new ApiError(400, 'Thank people of another department than your own.', 'toDepartmentId');
    await context.actions.appreciate({ toDepartmentId: to, toAccountIds: ids, fromDepartmentId: from || null, message: valueOf(target, 'message') || null });
  });
  return editPanel('Thank people of another department', target);
}
