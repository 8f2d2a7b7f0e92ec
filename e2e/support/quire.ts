import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startFixtureSite, type FixtureSite } from '../../test/fixture-site/server';
import { startTracker, type TrackerServer } from '../../test/fixture-site/tracker';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CLI = path.join(ROOT, 'out/main/cli.js');
export const SCREENSHOTS = path.join(ROOT, 'reports/screenshots');

export interface QuireServe {
  url: string;
  origin: string;
  dataDir: string;
  site: FixtureSite;
  /** A second origin with the images of /tracked/night-ferry, counting every hit. */
  tracker: TrackerServer;
  /** Console errors and CSP violations seen on the page. */
  problems: string[];
}

/** Starts the built `quire serve` on a fresh data folder and waits for its announced URL. */
export async function startServe(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first.`);
  const child = spawn(process.execPath, [CLI, 'serve', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`quire serve did not start: ${out}`)), 15_000);
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /Quire is serving at (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`quire serve exited with ${code}: ${out}`)));
  });
  return { child, url };
}

export const test = base.extend<{ quire: QuireServe }>({
  quire: async ({ page }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quire-e2e-'));
    const tracker = await startTracker();
    const site = await startFixtureSite({ tracker: tracker.origin });
    const { child, url } = await startServe(dataDir);
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await use({ url, origin: new URL(url).origin, dataDir, site, tracker, problems });
    child.kill();
    await site.close();
    await tracker.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Saves a URL through the Add dialog, as a person would, and waits until it is saved. */
export async function addArticle(page: Page, url: string): Promise<void> {
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog.getByLabel('URL', { exact: true }).fill(url);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
}
