/**
 * The two ways Vietnamese reaches the editor:
 *   - an input method composing (ibus/fcitx Telex, macOS/Windows IMEs): successive compositions
 *     "t", "ti", "tie", "tiế", "tiến" through the Chrome DevTools Protocol, then the commit;
 *   - Unikey / EVKey in their backspace mode: the base letters are typed as keys, and each time a
 *     Telex key changes a letter already typed the tool sends Backspace × k and the new letters.
 */
import type { CDPSession, Page } from '@playwright/test';

/** One word as an IME composes it: every intermediate composition string, the last one committed. */
export interface ComposedWord {
  compositions: string[];
}

export async function composeWords(page: Page, cdp: CDPSession, words: ComposedWord[], separator = ' '): Promise<void> {
  for (const [i, word] of words.entries()) {
    if (i > 0) await page.keyboard.type(separator);
    for (const text of word.compositions) {
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    }
    await cdp.send('Input.insertText', { text: word.compositions[word.compositions.length - 1] });
  }
}

/**
 * Counts the composition events the page receives, so a test proves the text came through an
 * IME composition (compositionupdate … compositionend), not through plain insertion.
 */
export async function trackCompositions(page: Page): Promise<() => Promise<{ updates: number; ends: number }>> {
  await page.evaluate(() => {
    const counts = { updates: 0, ends: 0 };
    (window as unknown as { __vanbanCompositions: typeof counts }).__vanbanCompositions = counts;
    document.addEventListener('compositionupdate', () => counts.updates++, true);
    document.addEventListener('compositionend', () => counts.ends++, true);
  });
  return () => page.evaluate(() => ({ ...(window as unknown as { __vanbanCompositions: { updates: number; ends: number } }).__vanbanCompositions }));
}

/** Telex compositions of the words the tests type. */
export const COMPOSED: Record<string, ComposedWord[]> = {
  'tiến': [{ compositions: ['t', 'ti', 'tie', 'tiê', 'tiế', 'tiến'] }],
  'Việt Nam': [{ compositions: ['V', 'Vi', 'Vie', 'Viê', 'Viêt', 'Việt'] }, { compositions: ['N', 'Na', 'Nam'] }],
  'đường': [{ compositions: ['d', 'đ', 'đu', 'đuo', 'đươ', 'đươn', 'đương', 'đường'] }],
  'Nghị quyết': [{ compositions: ['N', 'Ng', 'Ngh', 'Nghi', 'Nghị'] }, { compositions: ['q', 'qu', 'quy', 'quye', 'quyê', 'quyêt', 'quyết'] }],
};

/** A Unikey step: letters typed as keys, or a rewrite (Backspace × k, then the new letters). */
export type UnikeyStep = string | { back: number; insert: string };

export async function unikeyType(page: Page, steps: UnikeyStep[]): Promise<void> {
  for (const step of steps) {
    if (typeof step === 'string') {
      await page.keyboard.type(step);
    } else {
      for (let i = 0; i < step.back; i++) await page.keyboard.press('Backspace');
      await page.keyboard.insertText(step.insert);
    }
  }
}

/** What Unikey sends for Telex keystrokes of the words the tests type. */
export const UNIKEY: Record<string, UnikeyStep[]> = {
  // t i e e n s: "tie" → e: "ê" → n → s: tone on ê ("ên" → "ến")
  'tiến': ['tie', { back: 1, insert: 'ê' }, 'n', { back: 2, insert: 'ến' }],
  // V i e e t j   N a m
  'Việt Nam': ['Vie', { back: 1, insert: 'ê' }, 't', { back: 2, insert: 'ệt' }, ' Nam'],
  // d d u o w n g f
  'đường': ['d', { back: 1, insert: 'đ' }, 'uo', { back: 2, insert: 'ươ' }, 'ng', { back: 3, insert: 'ờng' }],
  // N g h i j   q u y e e t s
  'Nghị quyết': ['Nghi', { back: 1, insert: 'ị' }, ' quye', { back: 1, insert: 'ê' }, 't', { back: 2, insert: 'ết' }],
};
