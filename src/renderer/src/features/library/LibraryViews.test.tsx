/** @vitest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { makeArticle } from '../../test/fake-client';
import { renderApp } from '../../test/render-app';

const library = () => [
  makeArticle({ id: 1, title: 'The Slow Web', text: 'Reading later is reading better.', tags: ['essays'] }),
  makeArticle({ id: 2, title: 'Bread at Home', text: 'Flour, water, salt and patience.', favorite: true }),
  makeArticle({ id: 3, title: 'Against Notifications', state: 'archived', tags: ['essays', 'focus'] }),
  makeArticle({
    id: 4,
    title: 'Slow Bread',
    text: 'A slow loaf is a better loaf.',
    state: 'archived',
    favorite: true,
  }),
];

const titles = () =>
  within(screen.getByRole('list', { name: 'Articles' }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.article-title')?.textContent);

const shelf = (name: string) =>
  within(screen.getByRole('navigation', { name: 'Views' })).getByRole('button', {
    name: new RegExp(`^${name}`),
  });

describe('library views', () => {
  it('opens on Unread, and each shelf asks for its own articles', async () => {
    const { user, mocks } = renderApp(library());
    await waitFor(() => expect(titles()).toEqual(['Bread at Home', 'The Slow Web']));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Unread');
    expect(mocks.listArticles).toHaveBeenCalledWith(expect.objectContaining({ state: 'unread', limit: 100 }));
    await waitFor(() => expect(shelf('Archive').textContent).toBe('Archive 2'));
    expect(shelf('Favourites').textContent).toBe('Favourites 2');

    await user.click(shelf('Archive'));
    await waitFor(() => expect(titles()).toEqual(['Slow Bread', 'Against Notifications']));
    expect(mocks.listArticles).toHaveBeenCalledWith(
      expect.objectContaining({ state: 'archived', limit: 100 }),
    );
    expect(shelf('Archive').getAttribute('aria-current')).toBe('true');

    await user.click(shelf('Favourites'));
    await waitFor(() => expect(titles()).toEqual(['Slow Bread', 'Bread at Home']));
    expect(mocks.listArticles).toHaveBeenCalledWith(expect.objectContaining({ favorite: true, limit: 100 }));

    await user.click(shelf('All'));
    await waitFor(() => expect(titles()).toHaveLength(4));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('All articles');
  });

  it('lists the tags with counts and filters by one', async () => {
    const { user, mocks } = renderApp(library());
    const tags = await screen.findByRole('navigation', { name: 'Tags' });
    await waitFor(() =>
      expect(
        within(tags)
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual(['#essays 2', '#focus 1']),
    );

    await user.click(within(tags).getByRole('button', { name: 'essays 2' }));
    await waitFor(() => expect(titles()).toEqual(['Against Notifications', 'The Slow Web']));
    expect(mocks.listArticles).toHaveBeenLastCalledWith(expect.objectContaining({ tag: 'essays' }));
    expect(mocks.listArticles.mock.lastCall?.[0]).not.toHaveProperty('state');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('essays');
    expect(screen.getByText('Tag · 2 articles')).toBeTruthy();
  });

  it('searches the current view as you type, and Escape clears the search', async () => {
    const { user, mocks } = renderApp(library());
    await waitFor(() => expect(titles()).toHaveLength(2));
    await user.click(shelf('All'));
    await waitFor(() => expect(titles()).toHaveLength(4));
    const box = screen.getByRole('searchbox', { name: 'Search articles' });

    await user.type(box, 'slow loaf');
    await waitFor(() => expect(titles()).toEqual(['Slow Bread']));
    // Debounced: one search for the words typed, not one per key.
    const searches = mocks.listArticles.mock.calls.map(([q]) => q?.search).filter(Boolean);
    expect(searches).toEqual(['slow loaf']);

    await user.clear(box);
    await user.type(box, 'sourdough');
    expect(await screen.findByText('No articles match “sourdough”')).toBeTruthy();

    await user.keyboard('{Escape}');
    expect((box as HTMLInputElement).value).toBe('');
    await waitFor(() => expect(titles()).toHaveLength(4));
    expect(mocks.listArticles.mock.lastCall?.[0]).not.toHaveProperty('search');
  });

  it('keeps the search when changing views, and sends no search without words', async () => {
    const { user, mocks } = renderApp(library());
    await waitFor(() => expect(titles()).toHaveLength(2));
    await user.type(screen.getByRole('searchbox', { name: 'Search articles' }), 'bread');
    await waitFor(() => expect(titles()).toEqual(['Bread at Home']));
    await user.click(shelf('Archive'));
    await waitFor(() => expect(titles()).toEqual(['Slow Bread']));
    expect(mocks.listArticles).toHaveBeenLastCalledWith(
      expect.objectContaining({ state: 'archived', search: 'bread' }),
    );

    await user.clear(screen.getByRole('searchbox', { name: 'Search articles' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search articles' }), '?!');
    await waitFor(() => expect(titles()).toHaveLength(2));
    expect(mocks.listArticles.mock.lastCall?.[0]).not.toHaveProperty('search');
  });

  it('says when a shelf is empty', async () => {
    const { user } = renderApp([makeArticle({ id: 1, title: 'Only One' })]);
    await waitFor(() => expect(titles()).toEqual(['Only One']));
    await user.click(shelf('Favourites'));
    expect(await screen.findByText('No favourites yet. Star an article to keep it here.')).toBeTruthy();
  });
});
