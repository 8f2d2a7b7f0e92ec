import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makePng } from '../../../../../test/fixture-site/png';
import { startArticleServer, type ArticleServer } from '../../../../../test/support/article-server';
import { tempDir } from '../../../../../test/support/temp-dir';
import { inlineExtractor } from '../../extract/extractor';
import { Library } from '../../library/library';
import { exportToMemory } from '../export/to-memory';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(): Promise<{ lib: Library; site: ArticleServer; newLibrary: () => Library }> {
  const png = makePng(40, 30, 7);
  const site = await startArticleServer((p) => {
    if (p.endsWith('.png')) return { status: 200, headers: { 'content-type': 'image/png' }, body: png };
    if (p.startsWith('/gone')) return { status: 404 };
    return { status: 200 };
  });
  cleanups.push(() => site.close());
  const t = tempDir();
  cleanups.push(t.cleanup);
  let n = 0;
  const newLibrary = () => {
    const lib = new Library({
      file: path.join(t.dir, `library-${n++}.sqlite3`),
      extractor: inlineExtractor(),
      fetch: { timeoutMs: 3000 },
      queue: { retry: { maxAttempts: 1, backoffMs: () => 10, maxRetryAfterMs: 0 } },
    });
    cleanups.push(() => lib.close());
    return lib;
  };
  return { lib: newLibrary(), site, newLibrary };
}

const bookmarks = (origin: string) => `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Bookmarks</TITLE><H1>Bookmarks</H1>
<DL><p>
  <DT><H3 ADD_DATE="1690000000" PERSONAL_TOOLBAR_FOLDER="true">Bookmarks bar</H3>
  <DL><p>
    <DT><H3>Reading</H3>
    <DL><p>
      <DT><A HREF="${origin}/harbour?utm_source=newsletter" ADD_DATE="1690000100" TAGS="ships,Night">Harbour</A>
      <DT><A HREF="${origin}/cranes" ADD_DATE="1690000200">Cranes</A>
      <DT><A HREF="${origin}/harbour#top" ADD_DATE="1690000300" TAGS="night,ports">Harbour again</A>
      <DT><A HREF="javascript:alert(1)">A bookmarklet</A>
    </DL><p>
  </DL><p>
  <DT><A HREF="${origin}/gone" ADD_DATE="1690000400">Deleted story</A>
</DL><p>`;

const enc = (s: string) => new TextEncoder().encode(s);

describe('importing into the library', () => {
  it('queues a bookmarks file, keeps its folders, tags and dates, and merges repeated URLs', async () => {
    const { lib, site } = await setup();
    const summary = await lib.importFile(enc(bookmarks(site.origin)), 'bookmarks.html');
    expect(summary).toMatchObject({
      format: 'netscape',
      entries: 4,
      queued: 3,
      duplicates: 1,
      stored: 0,
      alreadySaved: 0,
    });
    expect(summary.skipped).toEqual([
      expect.objectContaining({ reason: expect.stringMatching(/javascript/i) }),
    ]);
    lib.startQueue();
    const jobs = await lib.queue.waitAll(summary.jobIds);
    expect(jobs.map((j) => j.status).sort()).toEqual(['done', 'done', 'failed']);
    const harbour = lib.repo.get(lib.repo.findIdByUrl(`${site.origin}/harbour`)!);
    expect(harbour).toMatchObject({
      title: 'Harbour',
      category: 'Reading',
      savedAt: new Date(1690000100 * 1000).toISOString(),
      tags: ['Night', 'ports', 'ships'],
      state: 'unread',
    });
    expect(site.hits.get('/harbour')).toBe(1);
    expect(lib.queue.status().failures.map((f) => f.url)).toEqual([`${site.origin}/gone`]);
  });

  it('stores carried content at once without fetching the page, and downloads its images in the queue', async () => {
    const { lib, site } = await setup();
    const wallabag = JSON.stringify([
      {
        id: 7,
        url: `${site.origin}/offline-story`,
        title: 'An offline story',
        content: `<p>Kept exactly as Wallabag saved it, with a picture.</p><img src="/pics/one.png" alt="a red square"><script>alert(1)</script><p onclick="x()">Second paragraph.</p>`,
        is_archived: 1,
        is_starred: 1,
        tags: [{ label: 'slow' }],
        created_at: '2023-04-05T10:11:12+02:00',
        language: 'en',
        reading_time: 1,
        annotations: [{ quote: 'Kept exactly', text: 'my note', created_at: '2023-04-06T08:00:00+02:00' }],
      },
    ]);
    const summary = await lib.importFile(enc(wallabag), 'wallabag.json');
    expect(summary).toMatchObject({ format: 'wallabag', stored: 1, queued: 0 });
    const id = lib.repo.findIdByUrl(`${site.origin}/offline-story`)!;
    const before = lib.repo.get(id);
    expect(before).toMatchObject({
      title: 'An offline story',
      state: 'archived',
      favorite: true,
      tags: ['slow'],
      savedAt: '2023-04-05T08:11:12.000Z',
      imagesFound: 1,
      imagesStored: 0,
      highlights: [expect.objectContaining({ text: 'Kept exactly', note: 'my note' })],
    });
    expect(before.contentHtml).not.toMatch(/<script|onclick/);
    expect(site.hits.get('/offline-story')).toBeUndefined();
    lib.startQueue();
    await lib.queue.waitAll(summary.jobIds);
    const after = lib.repo.get(id);
    expect(after.imagesStored).toBe(1);
    expect(after.contentHtml).toMatch(/src="quire-asset:[0-9a-f]{64}"/);
    expect(site.hits.get('/pics/one.png')).toBe(1);
  });

  it('changes nothing when a file has a bad entry, and names the entry', async () => {
    const { lib, site } = await setup();
    await lib.importFile(enc(`${site.origin}/first\n`), 'list.txt');
    const before = lib.db.prepare('SELECT count(*) AS n FROM ingest_jobs').get();
    const bad = JSON.stringify([
      {
        url: `${site.origin}/ok`,
        title: 'fine',
        content: '<p>x</p>',
        is_archived: 0,
        is_starred: 0,
        tags: [],
      },
      {
        url: 'not a url at all',
        title: 'broken',
        content: '<p>y</p>',
        is_archived: 0,
        is_starred: 0,
        tags: [],
      },
    ]);
    await expect(lib.importFile(enc(bad), 'wallabag.json')).rejects.toMatchObject({
      code: 'IMPORT_INVALID',
      message: expect.stringContaining('entry 2'),
    });
    expect(lib.db.prepare('SELECT count(*) AS n FROM ingest_jobs').get()).toEqual(before);
    expect(lib.repo.list().total).toBe(0);
  });

  it('imports the same file twice without duplicates', async () => {
    const { lib, site } = await setup();
    const file = enc(bookmarks(site.origin));
    const first = await lib.importFile(file, 'b.html');
    lib.startQueue();
    await lib.queue.waitAll(first.jobIds);
    const again = await lib.importFile(file, 'b.html');
    expect(again).toMatchObject({ queued: 1, alreadySaved: 2 });
    await lib.queue.waitAll(again.jobIds);
    expect(lib.repo.list().total).toBe(2);
  });

  it('gets the same list back from its own bookmarks export', async () => {
    const { lib, site, newLibrary } = await setup();
    const summary = await lib.importFile(enc(bookmarks(site.origin)), 'b.html');
    lib.startQueue();
    await lib.queue.waitAll(summary.jobIds);
    const exported = exportToMemory(lib.db, { format: 'netscape' });
    const other = newLibrary();
    const back = await other.importFile(Buffer.from(exported.dataBase64, 'base64'), exported.fileName);
    other.startQueue();
    await other.queue.waitAll(back.jobIds);
    const view = (l: Library) =>
      l.repo
        .list({ sort: 'title' })
        .items.map(({ url, title, category, tags, savedAt }) => ({ url, title, category, tags, savedAt }));
    expect(view(other)).toEqual(view(lib));
    expect(view(other)).toHaveLength(2);
  });
});
