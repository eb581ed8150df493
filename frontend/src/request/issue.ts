// The issue a panel is about: Jira puts it in the page URL (`?issueId={issue.id}&issueKey={issue.key}`).

export interface IssueRef {
  issueId: string;
  issueKey: string | null;
}

/** null when the URL names no issue, or names it with a context variable the host left unfilled. */
export function issueFrom(search: URLSearchParams): IssueRef | null {
  const filled = (name: string) => {
    const value = (search.get(name) ?? '').trim();
    return value === '' || value.includes('{') ? null : value;
  };
  const issueId = filled('issueId');
  return issueId ? { issueId, issueKey: filled('issueKey') } : null;
}
