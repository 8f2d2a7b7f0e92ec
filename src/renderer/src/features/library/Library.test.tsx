/** @vitest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { makeArticle } from '../../test/fake-client';
import { renderApp } from '../../test/render-app';

const library = () => [
  makeArticle({
    id: 1,
    title: 'The Slow Web',
    siteName: 'Example News',
    byline: 'Ada Writer',
    category: 'Technology',
    excerpt: 'Why reading later is reading better.',
    readingMinutes: 7,
    savedAt: '2026-11-28T09:30:00Z',
  }),
  makeArticle({ id: 2, title: 'Bread at Home', category: 'Food', readingMinutes: 3 }),
  makeArticle({ id: 3, title: 'Against Notifications', category: 'Technology', readingMinutes: 12 }),
  makeArticle({ id: 4, title: 'A Note Without a Home' }),
];

const rows = () => within(screen.getByRole('list', { name: 'Articles' })).getAllByRole('listitem');
const shelfButton = (shelf: string) =>
  screen.getByRole('navigation', { name: 'Views' }).querySelector<HTMLElement>(`[data-shelf="${shelf}"]`);

const categoryButton = (name: string) =>
  within(screen.getByRole('navigation', { name: 'Categories' }))
    .getAllByRole('button')
    .find((b) => b.dataset.category === name);

describe('library view', () => {
  it('lists the articles with their details and the sidebar with counts', async () => {
    renderApp(library());
    await waitFor(() => expect(rows()).toHaveLength(4));

    const row = rows().find((li) => li.dataset.articleId === '1')!;
    expect(row.querySelector('.article-title')?.textContent).toContain('The Slow Web');
    expect(row?.textContent).toContain('Example News');
    expect(row?.textContent).toContain('Ada Writer');
    expect(row?.textContent).toContain('Nov 28, 2026');
    expect(row?.textContent).toContain('7 min read');
    expect(row?.textContent).toContain('Why reading later is reading better.');

    await waitFor(() => expect(shelfButton('all')?.textContent).toBe('All 4'));
    expect(shelfButton('unread')?.textContent).toBe('Unread 4');
    expect(shelfButton('unread')?.getAttribute('aria-current')).toBe('true');
    expect(categoryButton('Technology')?.querySelector('.count')?.textContent).toContain('2');
    expect(categoryButton('Food')?.querySelector('.count')?.textContent).toContain('1');
    expect(categoryButton('Uncategorized')?.querySelector('.count')?.textContent).toContain('1');
  });

  it('filters by the chosen category', async () => {
    const { user, mocks } = renderApp(library());
    await waitFor(() => expect(categoryButton('Technology')).toBeDefined());

    await user.click(categoryButton('Technology')!);

    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(rows().map((li) => li.dataset.articleId)).toEqual(['1', '3']);
    expect(categoryButton('Technology')?.getAttribute('aria-current')).toBe('true');
    expect(shelfButton('unread')?.hasAttribute('aria-current')).toBe(false);
    expect(screen.getByRole('heading', { level: 1 })?.textContent).toContain('Technology');
    expect(mocks.listArticles).toHaveBeenLastCalledWith(expect.objectContaining({ category: 'Technology' }));
  });

  it('asks the library for the chosen sort order', async () => {
    const { user, mocks } = renderApp(library());
    await waitFor(() => expect(rows()).toHaveLength(4));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'reading-time');

    expect(mocks.listArticles).toHaveBeenLastCalledWith(expect.objectContaining({ sort: 'reading-time' }));
    await waitFor(() => expect(rows()[0]?.getAttribute('data-article-id')).toBe('2'));
    const options = within(screen.getByRole('combobox', { name: 'Sort by' })).getAllByRole('option');
    expect(options.map((o) => (o as HTMLOptionElement).value)).toEqual([
      'added',
      'published',
      'title',
      'reading-time',
    ]);
  });

  it('invites the first save when the library is empty', async () => {
    renderApp([]);
    expect((await screen.findByText(/Your library is empty/)).textContent).toBe(
      'Your library is empty — press Ctrl+L to save your first article',
    );
    expect(screen.queryByRole('list', { name: 'Articles' })).toBeNull();
  });

  it('reloads when another window changes the library', async () => {
    const { articles, emit } = renderApp(library());
    await waitFor(() => expect(rows()).toHaveLength(4));

    articles.push(makeArticle({ id: 9, title: 'Saved From The Command Line' }));
    emit('libraryChanged', { reason: 'saved', id: 9 });

    expect(await screen.findByText('Saved From The Command Line')).toBeTruthy();
    await waitFor(() => expect(shelfButton('all')?.querySelector('.count')?.textContent).toContain('5'));
  });

  it('shows a failed load instead of crashing', async () => {
    const { user, mocks } = renderApp(library());
    await waitFor(() => expect(rows()).toHaveLength(4));
    mocks.listArticles.mockResolvedValue({
      ok: false,
      error: { code: 'INTERNAL', message: 'The disk is on fire.' },
    });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'title');

    expect((await screen.findByText(/The disk is on fire/)).getAttribute('role')).toBe('alert');
    expect(screen.getByRole('navigation', { name: 'Categories' })).toBeTruthy();
  });

  it('changes a category and deletes from the row menu', async () => {
    const { user, mocks } = renderApp(library());
    await waitFor(() => expect(rows()).toHaveLength(4));

    await user.click(screen.getByRole('button', { name: 'Actions for “Bread at Home”' }));
    await user.click(screen.getByRole('menuitem', { name: 'Change category…' }));
    const dialog = screen.getByRole('dialog', { name: 'Change category' });
    const input = within(dialog).getByLabelText('Category');
    await user.clear(input);
    await user.type(input, 'Baking{Enter}');
    expect(mocks.setArticleCategory).toHaveBeenCalledWith(2, 'Baking');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(categoryButton('Baking')).toBeDefined());
    expect(categoryButton('Food')).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Actions for “Bread at Home”' }));
    await user.click(screen.getByRole('menuitem', { name: 'Delete…' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Confirm delete' }));
    expect(mocks.deleteArticle).toHaveBeenCalledWith(2);
    await waitFor(() => expect(rows()).toHaveLength(3));
  });
});
