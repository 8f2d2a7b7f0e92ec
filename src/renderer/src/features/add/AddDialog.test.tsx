/** @vitest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { makeArticle } from '../../test/fake-client';
import { renderApp } from '../../test/render-app';

const NEWS = 'https://news.example/story';
const MISSING = 'https://news.example/missing';

const pages = {
  [NEWS]: { title: 'A Story Worth Keeping', siteName: 'Example News' },
  [MISSING]: { error: { code: 'HTTP_ERROR' as const, message: 'The page answered 404 Not Found.' } },
};

const addDialog = () => screen.getByRole('dialog', { name: 'Add an article' });

describe('adding an article', () => {
  it('opens with Ctrl+L, focused on the URL field', async () => {
    const { user } = renderApp([], pages);
    await screen.findByText(/Your library is empty/);

    await user.keyboard('{Control>}l{/Control}');

    const url = within(addDialog()).getByLabelText('URL');
    expect(document.activeElement).toBe(url);
    expect(within(addDialog()).getByLabelText('Category (optional)')).toBeTruthy();
  });

  it('opens from the Add button and closes with Escape', async () => {
    const { user } = renderApp([], pages);
    const add = screen.getByRole('button', { name: 'Add article' });

    await user.click(add);
    expect(addDialog()).toBeTruthy();
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(add);
  });

  it('saves the pasted URL on Enter, shows progress, then lists the new article', async () => {
    const { user, mocks, holdSaves } = renderApp([makeArticle({ id: 1, title: 'Older Article' })], pages);
    await screen.findByText('Older Article');
    const release = holdSaves();

    await user.click(screen.getByRole('button', { name: 'Add article' }));
    await user.paste(NEWS);
    await user.type(within(addDialog()).getByLabelText('Category (optional)'), 'Long reads{Enter}');

    expect(mocks.saveUrl).toHaveBeenCalledWith(NEWS, { category: 'Long reads' });
    const status = within(addDialog()).getByRole('status');
    expect(status.textContent).toContain('Downloading page…');
    expect((within(addDialog()).getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(
      true,
    );

    release();

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('A Story Worth Keeping')).toBeTruthy();
    expect(screen.getByText('Saved “A Story Worth Keeping”')).toBeTruthy();
    expect(await screen.findByRole('button', { name: /Long reads/ })).toBeTruthy();
  });

  it('shows why a save failed and keeps the URL for another try', async () => {
    const { user, mocks } = renderApp([], pages);

    await user.click(screen.getByRole('button', { name: 'Add article' }));
    await user.type(within(addDialog()).getByLabelText('URL'), `${MISSING}{Enter}`);

    const alert = await within(addDialog()).findByRole('alert');
    expect(alert.textContent).toBe('The page answered 404 Not Found.');
    expect((within(addDialog()).getByLabelText('URL') as HTMLInputElement).value).toBe(MISSING);
    expect(within(addDialog()).queryByRole('status')).toBeNull();

    const url = within(addDialog()).getByLabelText('URL');
    await user.clear(url);
    await user.type(url, `${NEWS}{Enter}`);

    expect(mocks.saveUrl).toHaveBeenLastCalledWith(NEWS, {});
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('A Story Worth Keeping')).toBeTruthy();
  });

  it('says so when the article is already in the library', async () => {
    const { user, mocks } = renderApp([makeArticle({ id: 1, title: 'Known Article', url: NEWS })], pages);
    await screen.findByText('Known Article');

    await user.keyboard('{Control>}l{/Control}');
    await user.paste(NEWS);
    await user.keyboard('{Enter}');

    const notice = await within(addDialog()).findByRole('status');
    expect(notice.textContent).toContain('Already in your library');
    expect(notice.textContent).toContain('Known Article');
    expect(mocks.saveUrl).toHaveBeenCalledTimes(1);

    await user.click(within(addDialog()).getByRole('button', { name: 'Open' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await screen.findByRole('heading', { level: 1, name: 'Known Article' })).toBeTruthy();
    expect(window.location.hash).toBe('#/article/1');
  });

  it('asks for a URL instead of sending an empty one', async () => {
    const { user, mocks } = renderApp([], pages);

    await user.click(screen.getByRole('button', { name: 'Add article' }));
    await user.click(within(addDialog()).getByRole('button', { name: 'Save' }));

    expect(within(addDialog()).getByRole('alert').textContent).toMatch(/Paste the address/);
    expect(mocks.saveUrl).not.toHaveBeenCalled();
  });
});
