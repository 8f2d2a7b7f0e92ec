/** @vitest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { makeArticle } from '../../test/fake-client';
import { renderApp } from '../../test/render-app';

const HOSTILE = `
  <p>Plain words.</p>
  <img src="quire-asset:${'c0'.repeat(32)}" onerror="alert(1)" alt="A chart">
  <script>window.pwned = true</script>
  <p><a href="javascript:alert(2)">click me</a> and <a href="https://example.org/next">a real link</a></p>
  <a href="mailto:someone@example.org">write</a>
  <iframe src="https://evil.example"></iframe>
  <p style="position:fixed" onclick="alert(3)" class="x">styled</p>
`;

const article = () =>
  makeArticle({
    id: 7,
    title: 'How to Read on a Screen',
    byline: 'Grace Reader',
    siteName: 'The Example Review',
    category: 'Essays',
    url: 'https://review.example/read',
    publishedTime: '2026-11-02',
    readingMinutes: 9,
    contentHtml: HOSTILE,
  });

async function openReader() {
  const app = renderApp([article(), makeArticle({ id: 8, title: 'Another One', category: 'Science' })]);
  await app.user.click(await screen.findByRole('button', { name: 'How to Read on a Screen' }));
  const reader = await screen.findByRole('article', { name: 'Reader' });
  await within(reader).findByRole('heading', { level: 1 });
  return { ...app, reader };
}

describe('reader', () => {
  it('shows the article with its details', async () => {
    const { reader } = await openReader();

    expect(within(reader).getByRole('heading', { level: 1 }).textContent).toBe('How to Read on a Screen');
    expect(reader.querySelector('.reader-byline')?.textContent).toBe('Grace Reader');
    expect(reader.textContent).toContain('The Example Review');
    expect(reader.textContent).toContain('Published Nov 2, 2026');
    expect(reader.textContent).toContain('9 min read');
    expect(reader.textContent).toContain('Essays');
    expect(reader.querySelector('.reader-content')?.textContent).toContain('Plain words.');

    const original = screen.getByRole('link', { name: /Open original/ });
    expect(original.getAttribute('href')).toBe('https://review.example/read');
    expect(original.getAttribute('target')).toBe('_blank');
    expect(original.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('sanitises the article HTML before it reaches the page', async () => {
    const { reader } = await openReader();
    const content = reader.querySelector('.reader-content')!;

    expect(content.querySelector('script, iframe, [style], [onclick], [onerror], [class]')).toBeNull();
    expect(content.innerHTML).not.toMatch(/onerror|javascript:|pwned/);
    const img = content.querySelector('img')!;
    expect(img.getAttribute('loading')).toBe('lazy');

    const links = [...content.querySelectorAll('a')];
    const real = links.find((a) => a.textContent === 'a real link')!;
    expect(real.getAttribute('target')).toBe('_blank');
    expect(real.getAttribute('rel')).toBe('noopener noreferrer');
    for (const a of links.filter((link) => link !== real)) expect(a.hasAttribute('href')).toBe(false);
  });

  it('replaces an image that fails to load by its alt text', async () => {
    const { reader } = await openReader();
    const content = reader.querySelector('.reader-content')!;

    content.querySelector('img')!.dispatchEvent(new Event('error'));

    expect(content.querySelector('img')).toBeNull();
    expect(content.querySelector('.missing-image')?.textContent).toBe('A chart');
  });

  it('changes the category and updates the sidebar counts', async () => {
    const { user, reader, mocks } = await openReader();

    await user.click(within(reader).getByRole('button', { name: 'Change category' }));
    const input = within(reader).getByLabelText('Category');
    expect((input as HTMLInputElement).value).toBe('Essays');
    await user.clear(input);
    await user.type(input, 'Science');
    await user.click(within(reader).getByRole('button', { name: 'Apply' }));

    expect(mocks.setArticleCategory).toHaveBeenCalledWith(7, 'Science');
    const nav = screen.getByRole('navigation', { name: 'Categories' });
    await waitFor(() => expect(nav.querySelector('[data-category="Science"] .count')?.textContent).toBe('2'));
    expect(nav.querySelector('[data-category="Essays"]')).toBeNull();
    await waitFor(() => expect(within(reader).queryByLabelText('Category')).toBeNull());
    expect(reader.querySelector('.chip')?.textContent).toBe('Science');
  });

  it('moves an article to Uncategorized when the category is emptied', async () => {
    const { user, reader, mocks } = await openReader();

    await user.click(within(reader).getByRole('button', { name: 'Change category' }));
    await user.clear(within(reader).getByLabelText('Category'));
    await user.keyboard('{Enter}');

    expect(mocks.setArticleCategory).toHaveBeenCalledWith(7, null);
    await waitFor(() => expect(reader.querySelector('.chip')?.textContent).toBe('Uncategorized'));
  });

  it('deletes after confirmation and returns to the library', async () => {
    const { user, reader, mocks } = await openReader();

    await user.click(within(reader).getByRole('button', { name: 'Delete' }));
    const confirm = screen.getByRole('alertdialog');
    expect(confirm.textContent).toContain('Delete “How to Read on a Screen”?');
    expect(confirm.textContent).toContain('This removes it and its saved copy.');

    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(mocks.deleteArticle).not.toHaveBeenCalled();
    expect(screen.queryByRole('alertdialog')).toBeNull();

    await user.click(within(reader).getByRole('button', { name: 'Delete' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Confirm delete' }));

    expect(mocks.deleteArticle).toHaveBeenCalledWith(7);
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Reader' })).toBeNull());
    const list = await screen.findByRole('list', { name: 'Articles' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
  });

  it('goes back to the library with the button or Escape', async () => {
    const { user, reader } = await openReader();

    await user.click(within(reader).getByRole('button', { name: 'Back to library' }));
    expect(await screen.findByRole('list', { name: 'Articles' })).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('How to Read on a Screen');

    await user.click(screen.getByRole('button', { name: 'Another One' }));
    await screen.findByRole('heading', { level: 1, name: 'Another One' });
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('list', { name: 'Articles' })).toBeTruthy();
  });

  it('shows an error when the article cannot be opened', async () => {
    const { user, mocks } = renderApp([article()]);
    mocks.getArticle.mockResolvedValueOnce({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No article 7.' },
    });

    await user.click(await screen.findByRole('button', { name: 'How to Read on a Screen' }));

    expect((await screen.findByRole('alert')).textContent).toContain('No article 7.');
    expect(screen.getByRole('button', { name: 'Back to library' })).toBeTruthy();
  });
});
