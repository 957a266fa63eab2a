/**
 * Going to what a finding is about: its body block (selected in the editor) or its field on the
 * page or in the side panel (scrolled to and focused), found by data-field path. A path with no
 * field of its own ("recipients", "appendices.0") goes to the first field under it.
 */
import type { Finding } from '../../core/check/types';
import type { BodyEditorHandle } from '../editor';

/** Where each path without a field of its own is shown. */
const CONTAINERS: Record<string, string> = {
  body: '[data-testid="body-editor"]',
  variant: '[data-testid="panel-type"]',
};

function fieldElement(path: string): HTMLElement | null {
  const escaped = CSS.escape(path);
  return (
    document.querySelector<HTMLElement>(`[data-field="${escaped}"]`) ??
    document.querySelector<HTMLElement>(`[data-field^="${escaped}."]`) ??
    (CONTAINERS[path] ? document.querySelector<HTMLElement>(CONTAINERS[path]) : null)
  );
}

/** A focusable element at or inside `element`. */
function focusTarget(element: HTMLElement): HTMLElement | null {
  if (element.matches('input, select, textarea, [contenteditable]:not([contenteditable="false"])')) return element;
  return element.querySelector<HTMLElement>('input, select, textarea, [contenteditable]:not([contenteditable="false"])');
}

/** true when something was found to go to. */
export function goToFinding(finding: Finding, editor: BodyEditorHandle | null): boolean {
  const { blockId, path } = finding.location;
  if (blockId && editor?.selectBlock(blockId)) return true;
  if (!path) return false;
  const element = fieldElement(path);
  if (!element) return false;
  element.scrollIntoView({ block: 'center' });
  const target = focusTarget(element);
  if (target) {
    target.focus({ preventScroll: true });
    if (target.isContentEditable) {
      const range = document.createRange();
      range.selectNodeContents(target);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    }
  }
  return true;
}
