/**
 * What the printer gets, as a stand-alone HTML document for the print preview: the page view as
 * it is now (form values copied in) with the app's style sheets flattened for print — the
 * `@media print` rules applied, the `@media screen` ones dropped, `@page` rules kept — so that
 * Paged.js lays it out on A4 pages with the same rules Chromium's print path uses.
 */

/** The app's CSS as print sees it, as one text (rules of other media kept only when they apply to print). */
export function printCss(sheets: Iterable<CSSStyleSheet>): string {
  const out: string[] = [];
  const walk = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSMediaRule) {
        const media = rule.media.mediaText.trim().toLowerCase();
        if (media === 'print' || media === 'all' || media === '') walk(rule.cssRules);
        // 'screen', widths of the window and the like: not what the printer gets.
        continue;
      }
      if (typeof CSSLayerBlockRule !== 'undefined' && rule instanceof CSSLayerBlockRule) {
        walk(rule.cssRules);
        continue;
      }
      // Chromium writes `size: a4`; Paged.js knows the paper sizes by their names as printed (A4).
      out.push(rule.cssText.startsWith('@page') ? rule.cssText.replace(/\bsize:\s*a(\d)\b/giu, 'size: A$1') : rule.cssText);
    }
  };
  for (const sheet of sheets) {
    try {
      walk(sheet.cssRules);
    } catch {
      // A sheet from another origin cannot be read; the app ships none.
    }
  }
  return out.join('\n');
}

/** A copy of the page view as it prints: values of fields copied in, nothing editable. */
export function printableCopy(pageView: HTMLElement): HTMLElement {
  const copy = pageView.cloneNode(true) as HTMLElement;
  const sources = pageView.querySelectorAll<HTMLElement>('textarea, input, select');
  const copies = copy.querySelectorAll<HTMLElement>('textarea, input, select');
  sources.forEach((source, i) => {
    const target = copies[i];
    if (source instanceof HTMLTextAreaElement && target instanceof HTMLTextAreaElement) target.textContent = source.value;
    else if (source instanceof HTMLInputElement && target instanceof HTMLInputElement) target.setAttribute('value', source.value);
    else if (source instanceof HTMLSelectElement && target instanceof HTMLSelectElement) {
      Array.from(target.options).forEach((option, k) => option.toggleAttribute('selected', k === source.selectedIndex));
    }
  });
  copy.querySelectorAll('[contenteditable]').forEach((element) => element.setAttribute('contenteditable', 'false'));
  copy.querySelectorAll('[data-vb-spacer]').forEach((element) => {
    element.removeAttribute('data-vb-spacer');
    (element as HTMLElement).style.removeProperty('--vb-spacer');
  });
  copy.removeAttribute('style');
  return copy;
}
