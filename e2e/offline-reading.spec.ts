import { addArticle, expect, screenshot, test } from './support/quire';

test('an article with images on a tracker is read with zero requests leaving the app', async ({
  page,
  quire,
}) => {
  await page.goto(quire.url);
  await addArticle(page, `${quire.site.origin}/tracked/night-ferry`);

  // Saving fetched the pictures (and only the pictures) from the tracker, once.
  const atSave = quire.tracker.hits.map((h) => h.path);
  expect(atSave).toEqual(expect.arrayContaining(['/ferry-1600.jpg', '/deck.webp', '/lazy-harbour.jpg']));
  expect(atSave).not.toContain('/analytics.js');
  expect(atSave).not.toContain('/style.css');
  expect(atSave).not.toContain('/bg.png');
  expect(atSave).not.toContain('/pixel.gif?u=reader');
  const hitsBeforeReading = quire.tracker.hits.length;

  // From here on, record every request the page makes.
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.reload();
  await page
    .getByRole('list', { name: 'Articles' })
    .locator('.article-title', { hasText: 'The night ferry' })
    .click();
  const reader = page.getByRole('article', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('The night ferry');
  const images = reader.locator('.reader-content img');
  await expect(images).toHaveCount(3);
  // Every picture is really drawn, from the local store.
  await expect
    .poll(() =>
      images.evaluateAll((els) =>
        els.map((e) => (e as HTMLImageElement).complete && (e as HTMLImageElement).naturalWidth),
      ),
    )
    .toEqual([expect.any(Number), expect.any(Number), expect.any(Number)]);
  const widths = await images.evaluateAll((els) => els.map((e) => (e as HTMLImageElement).naturalWidth));
  expect(widths.every((w) => w > 0)).toBe(true);
  await page.mouse.wheel(0, 400);
  await screenshot(page, 'reader-offline-images');

  const leaving = requests.filter((u) => !u.startsWith(quire.origin) && !u.startsWith('data:'));
  expect(leaving).toEqual([]);
  expect(quire.tracker.hits.length).toBe(hitsBeforeReading);
  expect(quire.problems).toEqual([]);
});
