/**
 * React saves and restores the selection around every commit when a contentEditable has focus,
 * and to do so walks every DOM node of that element (react-dom getSelectionInformation). In a
 * 300-page body that walk costs several milliseconds per keystroke, for nothing: Slate keeps the
 * selection itself, and React restores only when focus moved away during the commit.
 *
 * React recognises a contentEditable by the `contentEditable` property reading "true". Giving the
 * editor's root element an own getter that reads the attribute but never answers "true" turns
 * the walk off. Editing is untouched: the browser, Slate and CSS go by the attribute and by
 * `isContentEditable`, which keep their real values.
 */
const patched = new WeakSet<HTMLElement>();

export function skipReactSelectionWalk(element: HTMLElement | null): void {
  if (!element || patched.has(element)) return;
  patched.add(element);
  Object.defineProperty(element, 'contentEditable', {
    configurable: true,
    get: () => (element.getAttribute('contenteditable') === 'false' ? 'false' : 'inherit'),
    set: (value: string) => element.setAttribute('contenteditable', String(value)),
  });
}
