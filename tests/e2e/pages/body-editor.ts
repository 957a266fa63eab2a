/**
 * The body (the Slate editor) as the clerk sees it: blocks with their kind and drawn marker
 * ("I.", "1.", "a)", "-", "+"), their text and bold/italic/underline runs, and the caret.
 */
import type { Locator, Page } from '@playwright/test';

export interface BlockView {
  kind: string;
  marker: string;
  text: string;
}

export interface RunView {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

/**
 * slate-react reads the DOM selection on `selectionchange`, throttled to 100 ms; keys that act
 * on the selection in keydown (Tab, Enter) must come after it has been read.
 */
const SELECTION_SETTLE_MS = 150;

export class BodyEditor {
  readonly host: Locator;
  readonly editable: Locator;
  readonly blocks: Locator;

  constructor(readonly page: Page) {
    this.host = page.getByTestId('body-editor-host');
    this.editable = this.host.locator('[data-slate-editor="true"]');
    this.blocks = this.host.getByTestId('block');
  }

  block(index: number): Locator {
    return this.blocks.nth(index);
  }

  /** Every block's kind, marker and text, in order (zero-width placeholders removed). */
  async view(): Promise<BlockView[]> {
    return this.blocks.evaluateAll((elements) =>
      elements.map((element) => ({
        kind: element.getAttribute('data-kind') ?? '',
        marker: element.getAttribute('data-marker') ?? '',
        text: (element.textContent ?? '').replace(/\uFEFF/g, ''),
      })),
    );
  }

  async text(index: number): Promise<string> {
    return ((await this.block(index).textContent()) ?? '').replace(/\uFEFF/g, '');
  }

  /** The block's text runs with their marks, as drawn (<strong>, <em>, <u>). */
  async runs(index: number): Promise<RunView[]> {
    return this.block(index).evaluate((element) =>
      [...element.querySelectorAll('[data-slate-leaf]')]
        .map((leaf) => ({
          text: (leaf.textContent ?? '').replace(/\uFEFF/g, ''),
          bold: leaf.querySelector('strong') !== null,
          italic: leaf.querySelector('em') !== null,
          underline: leaf.querySelector('u') !== null,
        }))
        .filter((run) => run.text !== ''),
    );
  }

  /** Index of the first block whose text contains `text`. */
  async indexOf(text: string): Promise<number> {
    const blocks = await this.view();
    const index = blocks.findIndex((block) => block.text.includes(text));
    if (index < 0) throw new Error(`No block contains "${text}"`);
    return index;
  }

  /**
   * Puts the caret in block `index` at a character offset of its text ('start' / 'end'), the
   * way a click would: focus, DOM selection, then the wait for Slate to read it.
   */
  async caretAt(index: number, offset: number | 'start' | 'end'): Promise<void> {
    await this.selectRange(index, offset, offset);
  }

  /** Selects characters [from, to) of block `index`, as a mouse drag would. */
  async selectRange(index: number, from: number | 'start' | 'end', to: number | 'start' | 'end'): Promise<void> {
    await this.block(index).scrollIntoViewIfNeeded();
    await this.editable.focus();
    await this.block(index).evaluate(
      (block, { from, to }) => {
        const nodes: Text[] = [];
        for (const holder of block.querySelectorAll('[data-slate-string], [data-slate-zero-width]')) {
          const walker = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
        }
        if (nodes.length === 0) throw new Error('Block has no text node');
        const zeroWidth = (node: Text) => node.parentElement?.closest('[data-slate-zero-width]') !== null;
        const total = nodes.reduce((sum, node) => sum + (zeroWidth(node) ? 0 : node.length), 0);
        const locate = (wanted: number | 'start' | 'end'): [Text, number] => {
          let left = wanted === 'start' ? 0 : wanted === 'end' ? total : wanted;
          for (const node of nodes) {
            const length = zeroWidth(node) ? 0 : node.length;
            if (left <= length) return [node, zeroWidth(node) ? 0 : left];
            left -= length;
          }
          throw new Error(`Offset ${wanted} is past the block's ${total} characters`);
        };
        const [anchor, anchorOffset] = locate(from);
        const [focus, focusOffset] = locate(to);
        window.getSelection()!.setBaseAndExtent(anchor, anchorOffset, focus, focusOffset);
      },
      { from, to },
    );
    await this.settle();
  }

  /** Waits out slate-react's throttled selection read, then two frames (a busy machine runs late). */
  async settle(): Promise<void> {
    await this.page.waitForTimeout(SELECTION_SETTLE_MS);
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }

  /** Caret right after the first occurrence of `text` in block `index`. */
  async caretAfter(index: number, text: string): Promise<void> {
    const content = await this.text(index);
    const at = content.indexOf(text);
    if (at < 0) throw new Error(`Block ${index} has no "${text}": ${content}`);
    await this.caretAt(index, at + text.length);
  }

  /** A new empty paragraph after block `index` (Enter at its end), the caret in it. */
  async newParagraphAfter(index: number): Promise<void> {
    await this.caretAt(index, 'end');
    await this.page.keyboard.press('Enter');
  }

  /** Selects `length` characters of block `index` from `offset`. */
  async select(index: number, offset: number, length: number): Promise<void> {
    await this.selectRange(index, offset, offset + length);
  }
}
