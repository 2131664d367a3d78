// Starts Debian's Chromium through playwright-core, which never downloads a browser of its own.
import { chromium } from 'playwright-core';

export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launch(executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium') {
  return chromium.launch({ executablePath, headless: true, args: FLAGS });
}
