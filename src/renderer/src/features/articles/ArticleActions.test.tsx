/** @vitest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { makeArticle } from '../../test/fake-client';
import { renderApp } from '../../test/render-app';
import { parseTags } from './TagsDialog';

const library = () => [
  makeArticle({ id: 1, title: 'The Slow Web', tags: ['essays'] }),
  makeArticle({ id: 2, title: 'Bread at Home', progress: 0.4 }),
  makeArticle({ id: 3, title: 'Finished Long Ago', progress: 1 }),
];

const row = (title: string) =>
  [...(screen.queryByRole('list', { name: 'Articles' })?.querySelectorAll('li') ?? [])].find(
    (li) => li.querySelector('.article-title')?.textContent === title,
  );

const shelf = (name: string) =>
  within(screen.getByRole('navigation', { name: 'Views' })).getByRole('button', {
    name: new RegExp(`^${name}`),
  });

async function menu(user: ReturnType<typeof renderApp>['user'], title: string, item: string) {
  await user.click(screen.getByRole('button', { name: `Actions for “${title}”` }));
  await user.click(screen.getByRole('menuitem', { name: item }));
}

describe('article actions in the list', () => {
  it('archives from the row menu: the article leaves Unread and is in Archive', async () => {
    const { user, mocks } = renderApp(library());
    await waitFor(() => expect(row('Bread at Home')).toBeDefined());

    await menu(user, 'Bread at Home', 'Archive');

    expect(mocks.setArticleState).toHaveBeenCalledWith(2, 'archived');
    await waitFor(() => expect(row('Bread at Home')).toBeUndefined());
    expect(screen.getByText('Archived “Bread at Home”')).toBeTruthy();
    await waitFor(() => expect(shelf('Archive').textContent).toBe('Archive 1'));

    await user.click(shelf('Archive'));
    await waitFor(() => expect(row('Bread at Home')).toBeDefined());
    await menu(user, 'Bread at Home', 'Move to unread');
    expect(mocks.setArticleState).toHaveBeenLastCalledWith(2, 'unread');
    await waitFor(() => expect(row('Bread at Home')).toBeUndefined());
  });

  it('stars a favourite from the row, and unstars it from the menu', async () => {
    const { user, mocks } = renderApp(library());
    await waitFor(() => expect(row('The Slow Web')).toBeDefined());
    const star = screen.getByRole('button', { name: 'Favourite “The Slow Web”' });
    expect(star.getAttribute('aria-pressed')).toBe('false');

    await user.click(star);

    expect(mocks.setFavorite).toHaveBeenCalledWith(1, true);
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Favourite “The Slow Web”' }).getAttribute('aria-pressed'),
      ).toBe('true'),
    );
    await waitFor(() => expect(shelf('Favourites').textContent).toBe('Favourites 1'));

    await menu(user, 'The Slow Web', 'Remove from favourites');
    expect(mocks.setFavorite).toHaveBeenLastCalledWith(1, false);
  });

  it('edits tags in a dialog that offers the library’s tags', async () => {
    const { user, mocks } = renderApp(library());
    await waitFor(() => expect(row('Bread at Home')).toBeDefined());
    await waitFor(() => expect(screen.getByRole('navigation', { name: 'Tags' })).toBeTruthy());

    await menu(user, 'Bread at Home', 'Edit tags…');
    const dialog = screen.getByRole('dialog', { name: 'Edit tags' });
    const input = within(dialog).getByLabelText('Tags');
    expect(document.activeElement).toBe(input);
    await user.click(within(dialog).getByRole('button', { name: 'Add tag essays' }));
    expect((input as HTMLInputElement).value).toBe('essays, ');
    await user.type(input, 'baking,  kitchen ,{Enter}');

    expect(mocks.setArticleTags).toHaveBeenCalledWith(2, ['essays', 'baking', 'kitchen']);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() =>
      expect([...row('Bread at Home')!.querySelectorAll('.chip-muted')].map((c) => c.textContent)).toEqual([
        'baking',
        'essays',
        'kitchen',
      ]),
    );
    const tags = screen.getByRole('navigation', { name: 'Tags' });
    await waitFor(() => expect(within(tags).getByRole('button', { name: 'essays 2' })).toBeTruthy());
  });

  it('shows why tags could not be saved, and keeps the dialog', async () => {
    const { user, mocks } = renderApp(library());
    await waitFor(() => expect(row('Bread at Home')).toBeDefined());
    mocks.setArticleTags.mockResolvedValueOnce({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: 'A tag can be at most 80 characters.' },
    });
    await menu(user, 'Bread at Home', 'Edit tags…');
    const dialog = screen.getByRole('dialog', { name: 'Edit tags' });
    await user.type(within(dialog).getByLabelText('Tags'), 'x{Enter}');
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'A tag can be at most 80 characters.',
    );
  });

  it('shows how far a partly read article was read', async () => {
    renderApp(library());
    await waitFor(() => expect(row('Bread at Home')).toBeDefined());
    const progress = row('Bread at Home')!.querySelector('progress');
    expect(progress?.getAttribute('aria-label')).toBe('40% read');
    expect(progress?.value).toBe(0.4);
    expect(row('The Slow Web')!.querySelector('progress')).toBeNull();
    expect(row('Finished Long Ago')!.querySelector('progress')).toBeNull();
  });

  it('reads a comma-separated line as tags', () => {
    expect(parseTags(' news,long   read,, News ')).toEqual(['news', 'long read', 'News']);
    expect(parseTags('')).toEqual([]);
  });
});
