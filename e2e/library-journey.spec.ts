import { addArticle, expect, screenshot, test } from './support/quire';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

test('save articles, browse by category, read, recategorise, sort and delete', async ({ page, quire }) => {
  const news = quire.site.pages.find((p) => p.name === 'wordpress-news')!;
  await page.goto(quire.url);
  await expect(page.getByRole('button', { name: 'Add article' })).toBeVisible();

  // Ctrl+L, paste, Enter: the fastest way in.
  await page.keyboard.press('Control+KeyL');
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('URL', { exact: true }).fill(quire.site.urlOf('wordpress-news'));
  await dialog.getByLabel('URL', { exact: true }).press('Enter');
  await expect(dialog).toBeHidden({ timeout: 20_000 });

  const list = page.getByRole('list', { name: 'Articles' });
  await expect(list.locator('.article-title', { hasText: news.expect.title })).toBeVisible();
  const sidebar = page.getByRole('navigation', { name: 'Categories' });
  const allArticles = page.getByRole('navigation', { name: 'Views' }).locator('[data-shelf="all"]');
  await expect(sidebar.locator('[data-category="Mobile"]')).toContainText('1');

  // Two more through the button, one of them with a category of the user's.
  for (const [name, category] of [
    ['blog-static', ''],
    ['magazine-longform', 'Longreads'],
  ] as const) {
    await page.getByRole('button', { name: 'Add article' }).click();
    await dialog.getByLabel('URL', { exact: true }).fill(quire.site.urlOf(name));
    if (category) await dialog.getByLabel('Category (optional)').fill(category);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden({ timeout: 20_000 });
  }
  await expect(list.locator('li[data-article-id]')).toHaveCount(3);
  await expect(sidebar.locator('[data-category="Ebook readers"]')).toContainText('1');
  await expect(sidebar.locator('[data-category="Longreads"]')).toContainText('1');
  await expect(allArticles).toContainText('3');

  // A page already saved is not saved twice, but it can be fetched again; the chosen category stays.
  await page.getByRole('button', { name: 'Add article' }).click();
  await dialog.getByLabel('URL', { exact: true }).fill(quire.site.urlOf('magazine-longform'));
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Already in your library')).toBeVisible();
  await screenshot(page, 'add-dialog-existing');
  await dialog.getByRole('button', { name: 'Refresh from the web' }).click();
  await expect(dialog.getByText('Refreshed', { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(dialog.getByRole('button', { name: 'Open' })).toBeFocused();
  await screenshot(page, 'add-dialog-refreshed');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(list.locator('li[data-article-id]')).toHaveCount(3);
  await expect(sidebar.locator('[data-category="Longreads"]')).toContainText('1');

  // A failure is explained, and nothing is added.
  await page.getByRole('button', { name: 'Add article' }).click();
  await dialog.getByLabel('URL', { exact: true }).fill(`${quire.site.origin}/missing`);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('404');
  await screenshot(page, 'add-dialog-error');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(list.locator('li[data-article-id]')).toHaveCount(3);

  // Browse one category.
  await sidebar.locator('[data-category="Mobile"]').click();
  await expect(list.locator('li[data-article-id]')).toHaveCount(1);
  await screenshot(page, 'library-category');

  // Read it: the article, none of the chrome.
  await list.locator('.article-title', { hasText: news.expect.title }).click();
  const reader = page.getByRole('article', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(news.expect.title);
  await expect(reader.locator('.reader-byline')).toContainText('Ayesha Raza');
  const body = collapse(await reader.locator('.reader-content').innerText());
  for (const s of news.expect.mustKeep) expect(body).toContain(collapse(s));
  for (const s of news.expect.mustDrop) expect(body).not.toContain(collapse(s));
  await expect(reader.getByRole('link', { name: 'Open original' })).toHaveAttribute(
    'href',
    quire.site.urlOf('wordpress-news'),
  );
  await screenshot(page, 'reader');
  await page.mouse.wheel(0, 900);
  await screenshot(page, 'reader-scrolled');

  // Move it to a new category of the user's.
  await reader.getByRole('button', { name: 'Change category' }).click();
  await reader.getByLabel('Category', { exact: true }).fill('Telecoms');
  await reader.getByRole('button', { name: 'Apply' }).click();
  await expect(sidebar.locator('[data-category="Telecoms"]')).toContainText('1');
  await expect(sidebar.locator('[data-category="Mobile"]')).toHaveCount(0);

  // Back to everything, sorted by title.
  await reader.getByRole('button', { name: 'Back to library' }).click();
  await allArticles.click();
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('title');
  await expect(list.locator('li[data-article-id]')).toHaveCount(3);
  const titles = await list.locator('.article-title').allInnerTexts();
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('reading-time');
  await screenshot(page, 'library');

  // Delete one, with confirmation.
  await list.locator('.article-title', { hasText: news.expect.title }).click();
  await reader.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Confirm delete' }).click();
  await expect(list.locator('li[data-article-id]')).toHaveCount(2);
  await expect(sidebar.locator('[data-category="Telecoms"]')).toHaveCount(0);

  // Every image rendered (the fixture site serves them), and nothing went wrong on the page.
  expect(quire.problems).toEqual([]);
});

test('the reader survives a reload and works with the fixture site gone (offline)', async ({
  page,
  quire,
}) => {
  await page.goto(quire.url);
  await addArticle(page, quire.site.urlOf('legacy-1252'));
  await quire.site.close();
  await page.reload();
  await page.getByRole('list', { name: 'Articles' }).locator('.article-title').first().click();
  const reader = page.getByRole('article', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(
    'La flambée de l’énergie menace les boulangeries artisanales',
  );
  await expect(reader.locator('.reader-content')).toContainText('2 300 € par mois');
});
