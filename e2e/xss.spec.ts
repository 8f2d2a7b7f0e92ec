import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { startFixtureSite } from '../test/fixture-site/server';
import { loadVectors, vectorPage } from '../test/xss/vectors';
import { startServe } from './support/quire';

/**
 * Every XSS vector through the whole pipeline: served by a local site, fetched and extracted by
 * `quire serve`, stored, then rendered in the reader in Chromium, instrumented in every frame.
 * A vector "executes" if alert/confirm/prompt/print/__xss is called, if any request leaves the
 * app's own origin (the beacon server on 127.0.0.1:8999 included), or if the page navigates away.
 */
const { vectors, missingCorpus } = loadVectors();
if (missingCorpus) console.log(`[xss e2e] public corpora skipped: ${missingCorpus}`);

test.setTimeout(15 * 60_000);

test(`${vectors.length} XSS vectors are inert in the reader`, async ({ page }) => {
  const beaconHits: string[] = [];
  const beacon = http.createServer((req, res) => {
    beaconHits.push(req.url ?? '');
    res.writeHead(204).end();
  });
  await new Promise<void>((resolve, reject) =>
    beacon.once('error', reject).listen(8999, '127.0.0.1', resolve),
  );
  const pages = new Map(vectors.map((v) => [`/xss/${v.id}`, vectorPage(v)]));
  const site = await startFixtureSite({ extraPages: pages });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quire-xss-'));
  const { child, url } = await startServe(dataDir);
  const origin = new URL(url).origin;
  const token = new URL(url).searchParams.get('token')!;
  try {
    // Save every vector through the real fetch → extract → store path, a few at a time.
    const ids = new Map<string, number>();
    const failures: string[] = [];
    const queue = [...vectors];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let v = queue.shift(); v; v = queue.shift()) {
          const res = await fetch(`${origin}/api/saveUrl`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify([`${site.origin}/xss/${v.id}`]),
          });
          const body = (await res.json()) as {
            ok: boolean;
            value?: { article: { id: number } };
            error?: { message: string };
          };
          if (body.ok) ids.set(v.id, body.value!.article.id);
          else failures.push(`${v.id}: ${body.error?.message}`);
        }
      }),
    );
    expect(failures).toEqual([]);
    // Image downloads at save time are the app fetching pictures, not the page running code;
    // from here on, every beacon hit would come from the reader.
    const fetchedAtSave = beaconHits.length;
    console.log(
      `[xss e2e] saved ${ids.size} vectors; the image downloader fetched ${fetchedAtSave} beacon URLs at save time`,
    );
    beaconHits.length = 0;

    const executions: string[] = [];
    const leaving: string[] = [];
    const blocked: string[] = [];
    await page.exposeFunction('__quireHit', (what: string) => executions.push(what));
    await page.exposeFunction('__quireBlocked', (what: string) => blocked.push(what));
    await page.addInitScript(() => {
      const hit = (what: string) => (window as unknown as { __quireHit(w: string): void }).__quireHit(what);
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __quireBlocked(w: string): void }).__quireBlocked(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      );
      for (const name of ['alert', 'confirm', 'prompt', 'print', '__xss'])
        Object.defineProperty(window, name, {
          value: (...a: unknown[]) => hit(`${name}(${a.join(',')}) in ${location.href}`),
          configurable: false,
        });
    });
    await page.route('**/*', (route) => {
      const u = route.request().url();
      if (u.startsWith(origin) || u.startsWith('data:')) return route.continue();
      leaving.push(u);
      return route.abort();
    });
    page.on('framenavigated', (frame) => {
      const u = new URL(frame.url());
      if (frame === page.mainFrame() && (u.origin !== origin || u.pathname !== '/'))
        executions.push(`navigated to ${frame.url()}`);
    });
    page.on('popup', (p) => executions.push(`popup ${p.url()}`));

    await page.goto(url);
    await expect(page.getByRole('button', { name: 'Add article' })).toBeVisible();
    // Canaries: the instrumentation must see a call and an outside request when they do happen.
    await page.evaluate(() => {
      window.alert('canary');
      void fetch('http://127.0.0.1:8999/beacon/canary').catch(() => {});
    });
    // The CSP stops the request before the network (and so before the route) and reports it
    // (once for the header policy and once for the <meta> one).
    await expect.poll(() => executions.length > 0 && blocked.length > 0).toBe(true);
    expect(executions).toHaveLength(1);
    expect(executions[0]).toMatch(/^alert\(canary\)/);
    expect(blocked[0]).toContain('127.0.0.1:8999');
    executions.length = 0;
    blocked.length = 0;
    const unsafeLinks: string[] = [];
    for (const v of vectors) {
      const id = ids.get(v.id)!;
      const before = executions.length + leaving.length;
      await page.evaluate((n) => (window.location.hash = `#/article/${n}`), id);
      await expect(
        page.getByRole('article', { name: 'Reader' }).getByRole('heading', { level: 1 }),
      ).toHaveText(`Report ${v.id}`);
      // Poke every element the way a reader would: hover, focus, click (links are only inspected).
      const links = await page.evaluate(() => {
        const root = document.querySelector('.reader-content')!;
        const bad: string[] = [];
        for (const el of root.querySelectorAll('*')) {
          const href = el.getAttribute('href');
          if (href !== null) {
            if (!/^(https?:|mailto:|#)/i.test(href)) bad.push(href);
            continue;
          }
          for (const type of [
            'mouseover',
            'mouseenter',
            'mousedown',
            'mouseup',
            'click',
            'focus',
            'dblclick',
          ])
            el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
        }
        return bad;
      });
      unsafeLinks.push(...links.map((l) => `${v.id}: ${l}`));
      await page.waitForTimeout(60);
      if (executions.length + leaving.length > before) executions.push(`^ during ${v.id}`);
    }
    await page.waitForTimeout(1000);
    const bySource = Object.fromEntries(
      ['own', 'dompurify', 'h5sc', 'owasp'].map((s) => [s, vectors.filter((v) => v.source === s).length]),
    );
    console.log(
      `[xss e2e] replayed ${JSON.stringify(bySource)}: executions ${executions.length}, requests leaving ${leaving.length}, beacons while reading ${beaconHits.length}, attempts stopped by the CSP ${blocked.length}`,
    );
    expect(executions).toEqual([]);
    expect(leaving).toEqual([]);
    expect(beaconHits).toEqual([]);
    expect(unsafeLinks).toEqual([]);
  } finally {
    child.kill();
    await site.close();
    beacon.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
