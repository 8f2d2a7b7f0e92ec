import fs from 'node:fs';
import { expect, screenshot, test } from './support/quire';

const bookmarks = (urls: [string, string][]) =>
  [
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
    '<TITLE>Bookmarks</TITLE>',
    '<H1>Bookmarks</H1>',
    '<DL><p>',
    ...urls.map(([url, title]) => `  <DT><A HREF="${url}" ADD_DATE="1714000000">${title}</A>`),
    '</DL><p>',
  ].join('\n');

// A Wallabag export carries the article and the reader's highlights; nothing is fetched for it.
const wallabag = (url: string) =>
  JSON.stringify([
    {
      url,
      title: 'Notes on Slow Reading',
      is_archived: 0,
      is_starred: 0,
      tags: [{ label: 'essays' }],
      created_at: '2026-11-01T09:00:00+00:00',
      domain_name: 'notes.example',
      published_by: ['Mara Quill'],
      content:
        '<p>Reading slowly is not a failure of speed; it is a choice of attention.</p>' +
        '<p>The page waits for you. That is its whole kindness, and the screen forgets it.</p>' +
        '<p>Come back tomorrow, and the sentence will still be there, unchanged.</p>',
      annotations: [
        {
          quote: 'it is a choice of attention',
          text: 'The thesis in six words.',
          created_at: '2026-11-02T10:00:00+00:00',
        },
        { quote: 'The page waits for you.', text: null, created_at: '2026-11-02T10:05:00+00:00' },
      ],
    },
  ]);

test('import bookmarks, follow the queue, archive, favourite, tag, search and export', async ({
  page,
  quire,
}) => {
  const { site } = quire;
  const titleOf = (name: string) => site.pages.find((p) => p.name === name)!.expect.title;
  await page.goto(quire.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unread');

  // Import: Ctrl+I, a bookmarks file of fixture pages (one missing, one that never finishes, one bookmarklet).
  await page.keyboard.press('Control+KeyI');
  const dialog = page.getByRole('dialog', { name: 'Import / Export' });
  await expect(dialog.getByRole('tab', { name: 'Import' })).toHaveAttribute('aria-selected', 'true');
  const file = bookmarks([
    // A browser bookmarks a page under its title; the imported title is what the library shows.
    [site.urlOf('wordpress-news'), titleOf('wordpress-news')],
    [site.urlOf('blog-static'), titleOf('blog-static')],
    [site.urlOf('magazine-longform'), titleOf('magazine-longform')],
    [site.urlOf('utf8-nocharset'), titleOf('utf8-nocharset')],
    [`${site.origin}/missing`, 'Gone'],
    [`${site.origin}/hang`, 'Never finishes'],
    ['javascript:alert(1)', 'A bookmarklet'],
  ]);
  await dialog.getByLabel('File to import').setInputFiles({
    name: 'bookmarks.html',
    mimeType: 'text/html',
    buffer: Buffer.from(file),
  });
  await expect(dialog.getByText('Chosen: bookmarks.html')).toBeVisible();
  await screenshot(page, 'import-dialog');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const report = dialog.getByRole('status');
  await expect(report).toContainText('Imported “bookmarks.html” (Browser bookmarks (HTML))');
  await expect(report.locator('.import-count', { hasText: 'To fetch in the background' })).toContainText('6');
  await report.getByText(/Why 1 entry was skipped/).click();
  await expect(report.locator('details li')).toHaveCount(1);
  await screenshot(page, 'import-summary');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  // The queue bar: everything but the hanging page is done (one of them failed).
  const bar = page.getByRole('region', { name: 'Saving in the background' });
  await expect(bar).toContainText('Saving 5 of 6 · 1 failed', { timeout: 30_000 });
  await expect(bar).toContainText(`${site.origin}/hang`);
  const list = page.getByRole('list', { name: 'Articles' });
  await expect(list.locator('li[data-article-id]')).toHaveCount(4);
  await screenshot(page, 'library-queue');
  await bar.getByRole('button', { name: 'Cancel all' }).click();
  await expect(bar).toContainText('1 could not be saved');
  await bar.getByRole('button', { name: /1 failed/ }).click();
  const failures = bar.getByRole('list', { name: 'Failed saves' });
  await expect(failures).toContainText(`${site.origin}/missing`);
  await expect(failures).toContainText('404');
  await screenshot(page, 'queue-failures');
  await bar.getByRole('button', { name: 'Dismiss' }).click();
  await expect(bar).toBeHidden();

  // Archive one: it leaves Unread and is in Archive.
  const views = page.getByRole('navigation', { name: 'Views' });
  const news = titleOf('wordpress-news');
  await page.getByRole('button', { name: `Actions for “${news}”` }).click();
  await page.getByRole('menuitem', { name: 'Archive' }).click();
  await expect(list.locator('li[data-article-id]')).toHaveCount(3);
  await expect(list).not.toContainText(news);
  await expect(views.locator('[data-shelf="archive"]')).toContainText('1');
  await views.locator('[data-shelf="archive"]').click();
  await expect(list.locator('.article-title')).toHaveText([news]);

  // Favourite one, from its star.
  await views.locator('[data-shelf="unread"]').click();
  const tablet = titleOf('blog-static');
  await page.getByRole('button', { name: `Favourite “${tablet}”` }).click();
  await expect(page.getByRole('button', { name: `Favourite “${tablet}”` })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await views.locator('[data-shelf="favourites"]').click();
  await expect(list.locator('.article-title')).toHaveText([tablet]);

  // Tag it in the reader, then filter by the tag.
  await list.locator('.article-title', { hasText: tablet }).click();
  const reader = page.getByRole('article', { name: 'Reader' });
  await reader.getByRole('button', { name: 'Tags' }).click();
  const tagsDialog = page.getByRole('dialog', { name: 'Edit tags' });
  await tagsDialog.getByLabel('Tags', { exact: true }).fill('e-ink, devices');
  await screenshot(page, 'tags-dialog');
  await tagsDialog.getByRole('button', { name: 'Save tags' }).click();
  await expect(tagsDialog).toBeHidden();
  await expect(reader.locator('.reader-tags .chip')).toHaveText(['devices', 'e-ink']);
  await reader.getByRole('button', { name: 'Back to library' }).click();
  const tags = page.getByRole('navigation', { name: 'Tags' });
  await tags.locator('[data-tag="e-ink"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('e-ink');
  await expect(list.locator('.article-title')).toHaveText([tablet]);

  // Search everything for a word of one article's text.
  await views.locator('[data-shelf="all"]').click();
  await expect(list.locator('li[data-article-id]')).toHaveCount(4);
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  await search.fill('Görlitz');
  await expect(list.locator('.article-title')).toHaveText([titleOf('utf8-nocharset')]);
  await search.fill('Görlitz tablet');
  await expect(page.getByText('No articles match “Görlitz tablet”')).toBeVisible();
  await search.fill('tablet');
  await expect(list.locator('.article-title')).toHaveText([tablet]);
  await screenshot(page, 'library-views');

  // Saving a page that is already there says so, and opens it.
  await page.keyboard.press('Control+KeyL');
  const add = page.getByRole('dialog', { name: 'Add an article' });
  await add.getByLabel('URL', { exact: true }).fill(site.urlOf('magazine-longform'));
  await add.getByLabel('URL', { exact: true }).press('Enter');
  await expect(add.getByRole('status')).toContainText('Already in your library');
  await screenshot(page, 'add-existing');
  await add.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(titleOf('magazine-longform'));
  await reader.getByRole('button', { name: 'Back to library' }).click();

  // Export this view (everything matching "tablet") as Markdown, and read the file.
  await page.getByRole('button', { name: 'Import / Export' }).click();
  await dialog.getByRole('tab', { name: 'Export' }).click();
  await expect(
    dialog.getByRole('radio', { name: /This view \(All articles, matching “tablet”\)/ }),
  ).toBeChecked();
  await dialog.getByRole('checkbox', { name: 'Whole articles, not just links' }).check();
  await screenshot(page, 'export-dialog');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^quire-reading-list-\d{4}-\d{2}-\d{2}\.md$/);
  const markdown = fs.readFileSync((await download.path())!, 'utf8');
  expect(markdown).toContain(tablet);
  expect(markdown).not.toContain(news);
  await expect(dialog.getByRole('status')).toContainText('Exported 1 article to');
  await page.keyboard.press('Escape');
  await search.press('Escape');
  await expect(search).toHaveValue('');
  await expect(list.locator('li[data-article-id]')).toHaveCount(4);

  expect(quire.problems).toEqual([]);
});

test('an imported article with highlights, read in the reader', async ({ page, quire }) => {
  await page.goto(quire.url);
  await page.getByRole('button', { name: 'Import / Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import / Export' });
  await dialog.getByLabel('File to import').setInputFiles({
    name: 'wallabag-export.json',
    mimeType: 'application/json',
    buffer: Buffer.from(wallabag(`${quire.site.origin}/notes/slow-reading`)),
  });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(
    dialog.getByRole('status').locator('.import-count', { hasText: 'Stored with their content' }),
  ).toContainText('1');
  await dialog.getByRole('button', { name: 'Done' }).click();

  const list = page.getByRole('list', { name: 'Articles' });
  await list.locator('.article-title', { hasText: 'Notes on Slow Reading' }).click();
  const reader = page.getByRole('article', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Notes on Slow Reading');
  await page.keyboard.press('f');
  await expect(reader.getByRole('button', { name: 'Favourite' })).toHaveAttribute('aria-pressed', 'true');
  const highlights = reader.getByRole('region', { name: 'Highlights' });
  await expect(highlights.getByRole('listitem')).toHaveCount(2);
  await expect(highlights).toContainText('The thesis in six words.');
  await expect(page.locator('.toast')).toBeHidden({ timeout: 8000 });
  await screenshot(page, 'reader-actions');
  await reader.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await screenshot(page, 'reader-highlights');

  // A leads back to the list, archived.
  await page.keyboard.press('a');
  await expect(reader).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unread');
  await expect(page.getByText('Your library is empty')).toBeHidden();
  await expect(page.getByText('Nothing left to read. Archived articles are in Archive.')).toBeVisible();
  expect(quire.problems).toEqual([]);
});
