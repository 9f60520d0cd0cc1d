// Notices: a heading and one item per problem, always set as text, never parsed as HTML.

export function showProblems(notice: HTMLElement, problems: readonly string[], heading: string): void {
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    item.textContent = problem;
    list.append(item);
  }
  const lead = document.createElement('strong');
  lead.textContent = heading;
  notice.replaceChildren(lead, list);
  notice.hidden = false;
}
