/** @vitest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { makeArticle } from '../../test/fake-client';
import { renderApp } from '../../test/render-app';

const LEAD = 'd4'.repeat(32);

const library = () => [
  makeArticle({ id: 1, title: 'All Stored', imagesFound: 3, imagesStored: 3, leadImage: LEAD }),
  makeArticle({ id: 2, title: 'Some Missing', imagesFound: 5, imagesStored: 2, leadImage: null }),
  makeArticle({ id: 3, title: 'No Pictures' }),
  makeArticle({ id: 4, title: 'Odd Lead', leadImage: 'https://cdn.example/lead.jpg' }),
];

const row = (id: number) =>
  within(screen.getByRole('list', { name: 'Articles' }))
    .getAllByRole('listitem')
    .find((li) => li.dataset.articleId === String(id))!;

async function renderLibrary() {
  const app = renderApp(library(), {}, { assetBase: 'quire-asset://asset/' });
  await waitFor(() => expect(row(4)).toBeDefined());
  return app;
}

describe('library images', () => {
  it('shows the offline badge only on articles with missing images', async () => {
    await renderLibrary();

    const badge = row(2).querySelector('.images-badge');
    expect(badge?.textContent).toBe('2 of 5 images offline');
    expect(badge?.getAttribute('title')).toMatch(/3 images could not be downloaded/);
    for (const id of [1, 3, 4]) expect(row(id).querySelector('.images-badge')).toBeNull();
  });

  it('shows the stored lead image as a thumbnail, and nothing else', async () => {
    await renderLibrary();

    const thumb = row(1).querySelector('img');
    expect(thumb?.getAttribute('src')).toBe(`quire-asset://asset/${LEAD}`);
    expect(thumb?.getAttribute('alt')).toBe('');
    expect(thumb?.getAttribute('loading')).toBe('lazy');
    for (const id of [2, 3, 4]) expect(row(id).querySelector('img')).toBeNull();
  });

  it('offers "Retry missing images" only where images are missing', async () => {
    const { user } = await renderLibrary();

    await user.click(screen.getByRole('button', { name: 'Actions for “All Stored”' }));
    expect(screen.queryByRole('menuitem', { name: 'Retry missing images' })).toBeNull();
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Actions for “Some Missing”' }));
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'Archive',
      'Add to favourites',
      'Edit tags…',
      'Change category…',
      'Retry missing images',
      'Refresh from the web',
      'Delete…',
    ]);
  });

  it('retries from the row menu, shows progress, then the result', async () => {
    const { user, mocks, articles } = await renderLibrary();
    let finish!: () => void;
    mocks.retryMissingImages.mockImplementationOnce(async (id: number) => {
      await new Promise<void>((resolve) => (finish = resolve));
      const article = articles.find((a) => a.id === id)!;
      article.imagesStored = 5;
      return { ok: true, value: { ...article } };
    });

    await user.click(screen.getByRole('button', { name: 'Actions for “Some Missing”' }));
    await user.click(screen.getByRole('menuitem', { name: 'Retry missing images' }));

    expect(mocks.retryMissingImages).toHaveBeenCalledWith(2);
    expect(row(2).querySelector('.images-badge')?.textContent).toBe('Retrying…');
    await user.click(screen.getByRole('button', { name: 'Actions for “Some Missing”' }));
    const busy = screen.getByRole('menuitem', { name: 'Retrying…' });
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    await user.click(busy);
    expect(mocks.retryMissingImages).toHaveBeenCalledTimes(1);
    await user.keyboard('{Escape}');

    finish();
    expect(await screen.findByText('All images stored')).toBeTruthy();
    await waitFor(() => expect(row(2).querySelector('.images-badge')).toBeNull());
  });

  it('says what is still missing, or why the retry failed', async () => {
    const { user, mocks, articles } = await renderLibrary();
    mocks.retryMissingImages.mockImplementationOnce(async () => {
      const article = articles.find((a) => a.id === 2)!;
      article.imagesStored = 3;
      return { ok: true, value: { ...article } };
    });

    await user.click(screen.getByRole('button', { name: 'Actions for “Some Missing”' }));
    await user.click(screen.getByRole('menuitem', { name: 'Retry missing images' }));
    expect(await screen.findByText('3 of 5 images stored; the rest could not be downloaded')).toBeTruthy();
    await waitFor(() =>
      expect(row(2).querySelector('.images-badge')?.textContent).toBe('3 of 5 images offline'),
    );

    mocks.retryMissingImages.mockResolvedValueOnce({
      ok: false,
      error: { code: 'INTERNAL', message: 'The network is down.' },
    });
    await user.click(screen.getByRole('button', { name: 'Actions for “Some Missing”' }));
    await user.click(screen.getByRole('menuitem', { name: 'Retry missing images' }));
    expect(await screen.findByText('Could not retry the images: The network is down.')).toBeTruthy();
    expect(row(2).querySelector('.images-badge')?.textContent).toBe('3 of 5 images offline');
  });
});
