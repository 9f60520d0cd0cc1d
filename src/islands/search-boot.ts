// The eager part of site search, and all of it that loads before the reader asks: it shows the
// header's Search button (drawn from the start, hidden without JavaScript by a noscript style) and listens for it and for the shortcuts,
// `/` and Ctrl+K (Cmd+K on a Mac). Only then is the search island loaded (src/islands/search.ts),
// and it loads the index. `/` is a character like any other while the focus is in a field, and
// neither shortcut opens search in presenter mode, whose keys are its own.

/** True when a key typed at `target` is text for a field (or an editable region). */
export function typingIn(target: EventTarget | null): boolean {
  const node = target as HTMLElement | null;
  if (!node || typeof node.closest !== 'function') return false;
  if (node.closest('input, select, textarea')) return true;
  // The nearest contenteditable attribute decides; "false" turns editing off inside an editor.
  const editable = node.closest('[contenteditable]');
  return editable !== null && editable.getAttribute('contenteditable') !== 'false';
}

/** Whether a key press asks for search: `/` outside a field, or Ctrl+K / Cmd+K anywhere. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing || event.altKey) return false;
  if (event.key === '/') return !event.ctrlKey && !event.metaKey && !typingIn(event.target);
  return (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey) && !event.shiftKey;
}

export function wireSearch(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
  if (!button) return;
  button.hidden = false;
  let island: Promise<typeof import('./search.ts')> | null = null;
  const open = () => {
    island ??= import('./search.ts');
    island.then(
      (m) => m.openSearch(button),
      () => (island = null),
    );
  };
  button.addEventListener('click', open);
  document.addEventListener('keydown', (event) => {
    if (!isSearchShortcut(event)) return;
    // Presenter mode hides the page and owns the keyboard.
    if (document.documentElement.classList.contains('presenting')) return;
    event.preventDefault();
    open();
  });
}
