import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { _electron as electron, expect, test } from '@playwright/test';
import { API_METHODS } from '../../src/shared/api';
import { startFixtureSite } from '../../test/fixture-site/server';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The Electron binary, if this machine has one. Resolving the package would try to download it,
 * so its install record is read directly.
 */
function electronBinary(): string | null {
  try {
    const dir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const rel = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim();
    const bin = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(dir, 'dist'), rel);
    return fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
/** The Electron-ABI better-sqlite3 that `npm start` builds beside the Node one. */
function sqliteBinding(): string | null {
  try {
    const version = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8'),
    ).version;
    const file = path.join(
      ROOT,
      'node_modules/.cache',
      `better-sqlite3-electron-${version}`,
      'build/Release/better_sqlite3.node',
    );
    return fs.existsSync(file) ? file : null;
  } catch {
    return null;
  }
}
const binding = sqliteBinding();
const reason =
  'no Electron binary on this machine (it is downloaded lazily and the download is blocked here); the same journey runs in Chromium against `quire serve`';
if (!binary) console.log(`[electron e2e] skipped: ${reason}`);
else if (!binding)
  console.log('[electron e2e] skipped: no Electron build of better-sqlite3 yet (`npm start` builds it once)');

test.describe('Electron shell', () => {
  test.skip(!binary, reason);
  test.skip(!binding, 'no Electron build of better-sqlite3 yet (`npm start` builds it once)');

  test('the app window saves, lists and reads an article with a locked-down renderer', async () => {
    const site = await startFixtureSite();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quire-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: [path.join(ROOT, 'out/main/index.js'), '--no-sandbox'],
      env: { ...process.env, QUIRE_DATA_DIR: dataDir, QUIRE_SQLITE_BINDING: binding! },
    });
    try {
      const page = await app.firstWindow();
      // No Node in the renderer, and exactly the contract on window.quire.
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
        'undefined',
      );
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
        'undefined',
      );
      expect(
        await page.evaluate(() => Object.keys((window as unknown as { quire: object }).quire).sort()),
      ).toEqual([...API_METHODS, 'on'].sort());
      await page.getByRole('button', { name: 'Add article' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add an article' });
      await dialog.getByLabel('URL', { exact: true }).fill(site.urlOf('wordpress-news'));
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(dialog).toBeHidden({ timeout: 20_000 });
      await page.getByRole('navigation', { name: 'Categories' }).locator('[data-category="Mobile"]').click();
      await page.locator('.article-title').first().click();
      await expect(page.getByRole('article', { name: 'Reader' }).locator('.reader-byline')).toContainText(
        'Ayesha Raza',
      );
      // Navigation away from the app and window.open are refused.
      const before = page.url();
      await page.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await page.waitForTimeout(500);
      expect(page.url()).toBe(before);
      expect(await page.evaluate(() => window.open('https://example.com/'))).toBeNull();
    } finally {
      await app.close();
      await site.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
