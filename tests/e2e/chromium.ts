/**
 * Debian's Chromium, launched by path (Playwright's own browser download is not used). Without
 * the background-networking flags Chromium tries the network at start and gets refused.
 */
import type { LaunchOptions } from '@playwright/test';

export const CHROMIUM_PATH = process.env.VANBAN_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_LAUNCH: LaunchOptions = {
  executablePath: CHROMIUM_PATH,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Same text rendering on every run: screenshot baselines depend on it.
    '--font-render-hinting=none',
    '--disable-lcd-text',
  ],
};
