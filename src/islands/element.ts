// An element with a class and text, for the islands that build their own small pieces of DOM
// (presenter mode, the handout, the planner's tiers). Text is only ever set as text.

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
