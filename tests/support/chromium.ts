// Debian's Chromium for browser tests and scripts (playwright-core downloads no browser).
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH } from './require-tool.ts';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launch options for playwright-core: CHROME_PATH or /usr/bin/chromium, headless. */
export const CHROMIUM = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };

export function launchChromium(): Promise<Browser> {
  return chromium.launch(CHROMIUM);
}
