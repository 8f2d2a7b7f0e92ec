import fs from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium to drive: $QUIRE_CHROMIUM, else Playwright's own browser where one is installed
 * (a developer laptop), else Debian's /usr/bin/chromium (CI and these machines).
 */
export function chromiumPath(): string | undefined {
  if (process.env.QUIRE_CHROMIUM) return process.env.QUIRE_CHROMIUM;
  try {
    const own = chromium.executablePath();
    if (own && fs.existsSync(own)) return undefined;
  } catch {
    /* no bundled browser */
  }
  return '/usr/bin/chromium';
}

// Without the background-networking flags Chromium tries to reach Google at every start.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
