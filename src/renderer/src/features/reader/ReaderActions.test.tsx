/** @vitest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { makeArticle } from '../../test/fake-client';
import { renderApp } from '../../test/render-app';

const article = (fields = {}) =>
  makeArticle({
    id: 7,
    title: 'How to Read on a Screen',
    category: 'Essays',
    tags: ['reading'],
    highlights: [
      {
        id: 1,
        text: 'Attention is the scarce thing.',
        note: 'The whole argument, really.',
        createdAt: '2026-11-02',
      },
      { id: 2, text: 'Paper has edges.', note: null, createdAt: '2026-11-03' },
    ],
    ...fields,
  });

async function openReader(fields = {}) {
  const app = renderApp([article(fields), makeArticle({ id: 8, title: 'Another One' })]);
  await app.user.click(await screen.findByRole('button', { name: 'How to Read on a Screen' }));
  const reader = await screen.findByRole('article', { name: 'Reader' });
  await within(reader).findByRole('heading', { level: 1 });
  return { ...app, reader };
}

/** jsdom lays nothing out: the reader gets a scroll range, and keeps the scrollTop it is given. */
function fakeLayout(scrollHeight: number, clientHeight: number) {
  const tops = new WeakMap<Element, number>();
  const proto = HTMLElement.prototype;
  const saved = ['scrollHeight', 'clientHeight', 'scrollTop'].map(
    (name) => [name, Object.getOwnPropertyDescriptor(Element.prototype, name)] as const,
  );
  Object.defineProperty(proto, 'scrollHeight', { configurable: true, get: () => scrollHeight });
  Object.defineProperty(proto, 'clientHeight', { configurable: true, get: () => clientHeight });
  Object.defineProperty(proto, 'scrollTop', {
    configurable: true,
    get(this: Element) {
      return tops.get(this) ?? 0;
    },
    set(this: Element, value: number) {
      tops.set(this, value);
    },
  });
  return () => {
    for (const [name] of saved) delete (proto as unknown as Record<string, unknown>)[name];
  };
}

describe('reader actions', () => {
  it('archives from the toolbar and goes back to the list', async () => {
    const { user, reader, mocks } = await openReader();
    await user.click(within(reader).getByRole('button', { name: 'Archive' }));
    expect(mocks.setArticleState).toHaveBeenCalledWith(7, 'archived');
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Reader' })).toBeNull());
    expect(screen.getByText('Archived “How to Read on a Screen”')).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'Articles' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
  });

  it('offers Move to unread for an archived article', async () => {
    const { user, mocks, articles } = renderApp([article({ state: 'archived' })]);
    const views = await screen.findByRole('navigation', { name: 'Views' });
    await user.click(within(views).getByRole('button', { name: /^Archive/ }));
    await user.click(await screen.findByRole('button', { name: 'How to Read on a Screen' }));
    const reader = await screen.findByRole('article', { name: 'Reader' });
    await user.click(await within(reader).findByRole('button', { name: 'Move to unread' }));
    expect(mocks.setArticleState).toHaveBeenCalledWith(7, 'unread');
    await waitFor(() => expect(within(reader).getByRole('button', { name: 'Archive' })).toBeTruthy());
    expect(articles[0]?.state).toBe('unread');
  });

  it('toggles the favourite star from the toolbar', async () => {
    const { user, reader, mocks } = await openReader();
    const star = within(reader).getByRole('button', { name: 'Favourite' });
    expect(star.getAttribute('aria-pressed')).toBe('false');
    await user.click(star);
    expect(mocks.setFavorite).toHaveBeenCalledWith(7, true);
    await waitFor(() => expect(star.getAttribute('aria-pressed')).toBe('true'));
  });

  it('archives with A and favourites with F, but not while typing', async () => {
    const { user, reader, mocks } = await openReader();
    await user.click(within(reader).getByRole('button', { name: 'Change category' }));
    await user.type(within(reader).getByLabelText('Category'), 'af');
    expect(mocks.setFavorite).not.toHaveBeenCalled();
    expect(mocks.setArticleState).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');

    await user.keyboard('f');
    expect(mocks.setFavorite).toHaveBeenCalledWith(7, true);
    await waitFor(() =>
      expect(within(reader).getByRole('button', { name: 'Favourite' }).getAttribute('aria-pressed')).toBe(
        'true',
      ),
    );
    await user.keyboard('a');
    expect(mocks.setArticleState).toHaveBeenCalledWith(7, 'archived');
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Reader' })).toBeNull());
  });

  it('edits the tags from the toolbar', async () => {
    const { user, reader, mocks } = await openReader();
    expect([...reader.querySelectorAll('.reader-tags .chip')].map((c) => c.textContent)).toEqual(['reading']);
    await user.click(within(reader).getByRole('button', { name: 'Tags' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit tags' });
    await user.type(within(dialog).getByLabelText('Tags'), ', screens{Enter}');
    expect(mocks.setArticleTags).toHaveBeenCalledWith(7, ['reading', 'screens']);
    await waitFor(() =>
      expect([...reader.querySelectorAll('.reader-tags .chip')].map((c) => c.textContent)).toEqual([
        'reading',
        'screens',
      ]),
    );
  });

  it('shows the highlights at the end, with their notes', async () => {
    const { reader } = await openReader();
    const section = within(reader).getByRole('region', { name: 'Highlights' });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]?.querySelector('blockquote')?.textContent).toBe('Attention is the scarce thing.');
    expect(items[0]?.textContent).toContain('The whole argument, really.');
    expect(items[1]?.querySelector('.highlight-note')).toBeNull();
  });

  it('shows no highlights section when there are none', async () => {
    const { reader } = await openReader({ highlights: [] });
    expect(within(reader).queryByRole('region', { name: 'Highlights' })).toBeNull();
  });
});

describe('reading progress', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = fakeLayout(3000, 1000);
  });
  afterEach(() => restore());

  it('opens where it was left', async () => {
    const { reader } = await openReader({ progress: 0.5 });
    expect(reader.scrollTop).toBe(1000);
  });

  it('saves the position while reading (not on every scroll) and on leaving', async () => {
    const { user, reader, mocks } = await openReader({ progress: 0 });
    reader.scrollTop = 1500;
    fireEvent.scroll(reader);
    expect(mocks.setProgress).not.toHaveBeenCalled();
    await waitFor(() => expect(mocks.setProgress).toHaveBeenCalledWith(7, 0.75), { timeout: 3000 });

    reader.scrollTop = 1800;
    fireEvent.scroll(reader);
    await user.click(within(reader).getByRole('button', { name: 'Back to library' }));
    expect(mocks.setProgress).toHaveBeenLastCalledWith(7, 0.9);
    expect(mocks.setProgress).toHaveBeenCalledTimes(2);
    const list = await screen.findByRole('list', { name: 'Articles' });
    await waitFor(() =>
      expect(list.querySelector('li[data-article-id="7"] progress')?.getAttribute('aria-label')).toBe(
        '90% read',
      ),
    );
  });
});
