import { el } from '../dom';

/** What a site without departments sees instead of an empty grid, and what to do about it. */
export function renderNoDepartments(filtered: boolean): HTMLElement {
  return el(
    'div',
    { class: 'empty', 'data-empty': 'no-departments' },
    el('h2', {}, filtered ? 'None of the chosen departments exist' : 'No departments yet'),
    el(
      'p',
      {},
      filtered
        ? 'The departments chosen here were deleted. Choose others, or none to show all departments.'
        : 'The matrix shows who serves whom once there are departments. An administrator defines the departments and the relationships between them on the app’s admin page in Jira (Jira settings → Apps → Internal Customer Relationships); the matrix then fills in by itself.',
    ),
  );
}
