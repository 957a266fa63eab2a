/**
 * The office screens and languages a spec runs on: a 1366×768 laptop in Vietnamese and a
 * 1920×1080 desktop in English (each size and each language once; the layout specs cover the
 * rest). `describeOnScreens` repeats a block of tests on each, with the texts of its language.
 */
import { test } from './fixtures';

export interface Screen {
  name: string;
  viewport: { width: number; height: number };
  language: 'vi' | 'en';
}

export const SCREENS: readonly Screen[] = [
  { name: '1366×768, vi', viewport: { width: 1366, height: 768 }, language: 'vi' },
  { name: '1920×1080, en', viewport: { width: 1920, height: 1080 }, language: 'en' },
];

/** The same tests at each screen: `body` gets the screen to pick its expected texts. */
export function describeOnScreens(title: string, body: (screen: Screen) => void): void {
  for (const screen of SCREENS) {
    test.describe(`${title} (${screen.name})`, () => {
      test.use({ viewport: screen.viewport, language: screen.language });
      body(screen);
    });
  }
}
