/** @vitest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFakeClient, makeArticle } from '../../test/fake-client';
import { renderApp } from '../../test/render-app';

const NEWS = 'https://news.example/story';
const GONE = { code: 'HTTP_ERROR' as const, message: `${NEWS} answered HTTP 404` };

const addDialog = () => screen.getByRole('dialog', { name: 'Add an article' });

/** Pastes a URL that is already saved into the Add dialog, and waits for it to say so. */
async function findExisting(app: ReturnType<typeof renderApp>) {
  await app.user.keyboard('{Control>}l{/Control}');
  await app.user.paste(NEWS);
  await app.user.keyboard('{Enter}');
  const notice = await within(addDialog()).findByText('Already in your library');
  return notice.closest('[role="status"]') as HTMLElement;
}

describe('refreshing from the Add dialog', () => {
  it('refreshes an article that is already saved, showing the stages, then offers to open it', async () => {
    const app = renderApp([makeArticle({ id: 1, title: 'Known Article', url: NEWS, progress: 0.3 })]);
    const { user, mocks, articles } = app;
    await screen.findByText('Known Article');
    await findExisting(app);
    app.setPage(NEWS, { title: 'Known Article, Updated', contentHtml: '<p>The corrected story.</p>' });
    const release = app.holdSaves();

    await user.click(within(addDialog()).getByRole('button', { name: 'Refresh from the web' }));

    expect(mocks.refreshArticle).toHaveBeenCalledWith(1);
    const busy = within(addDialog()).getByRole('button', { name: 'Refreshing…' });
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(busy);
    expect(addDialog().querySelector('.save-progress')?.textContent).toBe('Downloading page…');
    act(() => app.emit('saveProgress', { url: NEWS, stage: 'images' }));
    expect(addDialog().querySelector('.save-progress')?.textContent).toBe('Downloading images…');
    expect((within(addDialog()).getByLabelText('URL') as HTMLInputElement).readOnly).toBe(true);
    await user.click(busy);
    expect(mocks.refreshArticle).toHaveBeenCalledTimes(1);

    release();

    const notice = await within(addDialog()).findByText('Refreshed');
    expect(notice.closest('[role="status"]')?.textContent).toContain('Known Article, Updated');
    expect(within(addDialog()).queryByRole('button', { name: /Refresh/ })).toBeNull();
    expect(addDialog().querySelector('.save-progress')).toBeNull();
    const open = within(addDialog()).getByRole('button', { name: 'Open' });
    // Focus moves in an effect after the notice renders: wait for it rather than race it.
    await waitFor(() => expect(document.activeElement).toBe(open));
    expect(mocks.saveUrl).toHaveBeenCalledTimes(1);
    expect(articles[0]).toMatchObject({ title: 'Known Article, Updated', progress: 0.3 });
    // The list behind the dialog shows the article as it is now.
    expect(await screen.findByRole('button', { name: 'Known Article, Updated' })).toBeTruthy();

    await user.click(open);
    const reader = await screen.findByRole('article', { name: 'Reader' });
    expect(
      (await within(reader).findByRole('heading', { level: 1, name: 'Known Article, Updated' })).textContent,
    ).toBe('Known Article, Updated');
    expect(reader.querySelector('.reader-content')?.textContent).toBe('The corrected story.');
  });

  it('says why a refresh failed, that the saved copy was kept, and lets the person try again', async () => {
    const app = renderApp([makeArticle({ id: 1, title: 'Known Article', url: NEWS })]);
    const { user, mocks, articles } = app;
    await screen.findByText('Known Article');
    const notice = await findExisting(app);
    app.setPage(NEWS, { error: GONE });

    await user.click(within(addDialog()).getByRole('button', { name: 'Refresh from the web' }));

    const alert = await within(addDialog()).findByRole('alert');
    expect(alert.textContent).toBe(
      `Could not refresh it: ${NEWS} answered HTTP 404. The saved copy was kept.`,
    );
    expect(notice.textContent).toContain('Already in your library');
    expect(articles[0]?.contentHtml).toBe('<p>Body of Known Article</p>');
    expect(addDialog().querySelector('.save-progress')).toBeNull();

    app.setPage(NEWS, { title: 'Known Article, Back Online' });
    await user.click(within(addDialog()).getByRole('button', { name: 'Refresh from the web' }));
    expect(mocks.refreshArticle).toHaveBeenCalledTimes(2);
    expect(await within(addDialog()).findByText('Refreshed')).toBeTruthy();
    expect(within(addDialog()).queryByRole('alert')).toBeNull();
  });

  it('reports the outcome in a toast when the dialog was closed while refreshing', async () => {
    const app = renderApp([makeArticle({ id: 1, title: 'Known Article', url: NEWS })]);
    await screen.findByText('Known Article');
    await findExisting(app);
    app.setPage(NEWS, { title: 'Known Article, Updated' });
    const release = app.holdSaves();

    await app.user.click(within(addDialog()).getByRole('button', { name: 'Refresh from the web' }));
    await app.user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    release();

    expect(await screen.findByText('Refreshed “Known Article, Updated”')).toBeTruthy();
    // The found article was old news: the next Add starts afresh.
    await app.user.click(screen.getByRole('button', { name: 'Add article' }));
    expect((within(addDialog()).getByLabelText('URL') as HTMLInputElement).value).toBe('');
    expect(within(addDialog()).queryByRole('status')).toBeNull();
  });
});

const readerArticle = () =>
  makeArticle({
    id: 7,
    title: 'How to Read on a Screen',
    url: 'https://review.example/read',
    category: 'Essays',
    categorySource: 'user',
    tags: ['reading'],
    favorite: true,
    contentHtml: '<p>The first edition.</p>',
  });

async function openReader(fields = {}) {
  const app = renderApp([{ ...readerArticle(), ...fields }, makeArticle({ id: 8, title: 'Another One' })]);
  await app.user.click(await screen.findByRole('button', { name: 'How to Read on a Screen' }));
  const reader = await screen.findByRole('article', { name: 'Reader' });
  await within(reader).findByRole('heading', { level: 1 });
  return { ...app, reader };
}

describe('refreshing from the reader', () => {
  it('is busy while it runs, then says so and shows the new content', async () => {
    const { user, reader, mocks, ...app } = await openReader();
    app.setPage('https://review.example/read', {
      title: 'How to Read on a Screen (revised)',
      contentHtml: '<p>The second edition.</p>',
      category: 'Technology',
    });
    const release = app.holdSaves();
    const loads = mocks.getArticle.mock.calls.length;

    await user.click(within(reader).getByRole('button', { name: 'Refresh from the web' }));

    expect(mocks.refreshArticle).toHaveBeenCalledWith(7);
    const busy = within(reader).getByRole('button', { name: 'Refreshing…' });
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(busy);
    await user.click(busy);
    expect(mocks.refreshArticle).toHaveBeenCalledTimes(1);

    release();

    expect(await screen.findByText('Refreshed “How to Read on a Screen (revised)”')).toBeTruthy();
    await waitFor(() =>
      expect(reader.querySelector('.reader-content')?.textContent).toBe('The second edition.'),
    );
    expect(mocks.getArticle.mock.calls.length).toBeGreaterThan(loads);
    expect(within(reader).getByRole('heading', { level: 1 }).textContent).toBe(
      'How to Read on a Screen (revised)',
    );
    // What the person did with it stays: the chosen category, tags, the star.
    expect(reader.textContent).toContain('Essays');
    expect([...reader.querySelectorAll('.reader-tags .chip')].map((c) => c.textContent)).toEqual(['reading']);
    expect(within(reader).getByRole('button', { name: 'Favourite' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    const again = within(reader).getByRole('button', { name: 'Refresh from the web' });
    expect(again.getAttribute('aria-disabled')).toBeNull();
    expect(document.activeElement).toBe(again);
  });

  it('shows the error and keeps the stored copy when the page cannot be fetched', async () => {
    const { user, reader, mocks, ...app } = await openReader();
    app.setPage('https://review.example/read', {
      error: { code: 'TIMEOUT', message: 'review.example did not answer within 20 seconds.' },
    });
    const loads = mocks.getArticle.mock.calls.length;

    await user.click(within(reader).getByRole('button', { name: 'Refresh from the web' }));

    expect(
      await screen.findByText(
        'Could not refresh “How to Read on a Screen”: review.example did not answer within 20 seconds. The saved copy was kept.',
      ),
    ).toBeTruthy();
    expect(reader.querySelector('.reader-content')?.textContent).toBe('The first edition.');
    expect(mocks.getArticle.mock.calls.length).toBe(loads);
    expect(within(reader).getByRole('button', { name: 'Refresh from the web' })).toBeTruthy();
  });
});

/** jsdom lays nothing out: the reader gets a scroll range (which the test can change) and keeps its scrollTop. */
function fakeLayout(clientHeight: number) {
  const layout = { scrollHeight: 3000 };
  const tops = new WeakMap<Element, number>();
  const proto = HTMLElement.prototype;
  Object.defineProperty(proto, 'scrollHeight', { configurable: true, get: () => layout.scrollHeight });
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
  const restore = () => {
    for (const name of ['scrollHeight', 'clientHeight', 'scrollTop'])
      delete (proto as unknown as Record<string, unknown>)[name];
  };
  return { layout, restore };
}

describe('the reading position across a refresh', () => {
  let fake: ReturnType<typeof fakeLayout>;
  beforeEach(() => {
    fake = fakeLayout(1000);
  });
  afterEach(() => fake.restore());

  it('stays as far through the article when the new content is longer', async () => {
    const { user, reader, ...app } = await openReader({ progress: 0.5 });
    expect(reader.scrollTop).toBe(1000);
    reader.scrollTop = 1500;
    fireEvent.scroll(reader);
    app.setPage('https://review.example/read', { contentHtml: '<p>A much longer second edition.</p>' });
    fake.layout.scrollHeight = 5000;

    await user.click(within(reader).getByRole('button', { name: 'Refresh from the web' }));

    await waitFor(() =>
      expect(reader.querySelector('.reader-content')?.textContent).toBe('A much longer second edition.'),
    );
    expect(reader.scrollTop).toBe(3000);
  });

  it('does not move when nothing in the content changed', async () => {
    const { user, reader } = await openReader({ progress: 0.5 });
    reader.scrollTop = 1500;
    fireEvent.scroll(reader);

    await user.click(within(reader).getByRole('button', { name: 'Refresh from the web' }));

    expect(await screen.findByText('Refreshed “How to Read on a Screen”')).toBeTruthy();
    expect(reader.scrollTop).toBe(1500);
  });
});

const library = () => [
  makeArticle({ id: 1, title: 'The Slow Web' }),
  makeArticle({ id: 2, title: 'Bread at Home', progress: 0.4 }),
];

const row = (title: string) =>
  [...(screen.queryByRole('list', { name: 'Articles' })?.querySelectorAll('li') ?? [])].find(
    (li) => li.querySelector('.article-title')?.textContent === title,
  );

describe('refreshing from the row menu', () => {
  it('runs from the menu, shows Refreshing… while busy, then the new title and a toast', async () => {
    const { user, mocks, ...app } = renderApp(library());
    await waitFor(() => expect(row('Bread at Home')).toBeDefined());
    app.setPage('https://example.com/2', { title: 'Bread at Home, Second Edition' });
    const release = app.holdSaves();

    await user.click(screen.getByRole('button', { name: 'Actions for “Bread at Home”' }));
    await user.click(screen.getByRole('menuitem', { name: 'Refresh from the web' }));

    expect(mocks.refreshArticle).toHaveBeenCalledWith(2);
    await user.click(screen.getByRole('button', { name: 'Actions for “Bread at Home”' }));
    const busy = screen.getByRole('menuitem', { name: 'Refreshing…' });
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    expect(screen.queryByRole('menuitem', { name: 'Refresh from the web' })).toBeNull();
    await user.click(busy);
    expect(mocks.refreshArticle).toHaveBeenCalledTimes(1);
    // The other articles can still be refreshed meanwhile.
    await user.click(screen.getByRole('button', { name: 'Actions for “The Slow Web”' }));
    expect(screen.getByRole('menuitem', { name: 'Refresh from the web' })).toBeTruthy();
    await user.keyboard('{Escape}');

    release();

    expect(await screen.findByText('Refreshed “Bread at Home, Second Edition”')).toBeTruthy();
    await waitFor(() => expect(row('Bread at Home, Second Edition')).toBeDefined());
    expect(row('Bread at Home, Second Edition')!.querySelector('progress')?.getAttribute('aria-label')).toBe(
      '40% read',
    );
    await user.click(screen.getByRole('button', { name: 'Actions for “Bread at Home, Second Edition”' }));
    expect(screen.getByRole('menuitem', { name: 'Refresh from the web' })).toBeTruthy();
  });

  it('says why it failed and leaves the article as it was', async () => {
    const { user, ...app } = renderApp(library());
    await waitFor(() => expect(row('Bread at Home')).toBeDefined());
    app.setPage('https://example.com/2', {
      error: { code: 'UNREACHABLE', message: 'example.com could not be reached' },
    });

    await user.click(screen.getByRole('button', { name: 'Actions for “Bread at Home”' }));
    await user.click(screen.getByRole('menuitem', { name: 'Refresh from the web' }));

    expect(
      await screen.findByText(
        'Could not refresh “Bread at Home”: example.com could not be reached. The saved copy was kept.',
      ),
    ).toBeTruthy();
    expect(row('Bread at Home')).toBeDefined();
    expect(app.articles.find((a) => a.id === 2)?.title).toBe('Bread at Home');
  });
});

describe('the fake refreshArticle', () => {
  it('replaces the content and keeps what the person did, with the progress events of a save', async () => {
    const highlights = [{ id: 1, text: 'a passage', note: null, createdAt: '2026-11-02' }];
    const chosen = makeArticle({ id: 1, title: 'Chosen', category: 'Harbours', categorySource: 'user' });
    const found = makeArticle({ id: 2, title: 'Found', category: 'Old', categorySource: 'meta' });
    Object.assign(chosen, { state: 'archived', favorite: true, progress: 0.6, tags: ['keep'], highlights });
    const fake = createFakeClient([chosen, found]);
    const stages: string[] = [];
    fake.client.on('saveProgress', (e) => stages.push(`${e.url} ${e.stage}`));
    const changed: number[] = [];
    fake.client.on('libraryChanged', (e) => changed.push(e.id));
    const savedAt = chosen.savedAt;
    for (const id of [1, 2])
      fake.setPage(`https://example.com/${id}`, {
        title: `Edition ${id}`,
        contentHtml: '<p>New <em>words</em>.</p>',
        category: 'Fresh',
      });

    const result = await fake.client.refreshArticle(1);

    expect(result).toMatchObject({ ok: true, value: { title: 'Edition 1', category: 'Harbours' } });
    expect(fake.articles[0]).toMatchObject({
      title: 'Edition 1',
      contentHtml: '<p>New <em>words</em>.</p>',
      text: 'New words .',
      state: 'archived',
      favorite: true,
      progress: 0.6,
      tags: ['keep'],
      highlights,
      category: 'Harbours',
      savedAt,
    });
    expect(stages).toEqual(
      ['fetching', 'extracting', 'images', 'storing', 'done'].map((s) => `https://example.com/1 ${s}`),
    );
    expect(changed).toEqual([1]);
    await fake.client.refreshArticle(2);
    expect(fake.articles[1]?.category).toBe('Fresh');

    fake.setPage('https://example.com/1', { error: GONE });
    expect(await fake.client.refreshArticle(1)).toEqual({ ok: false, error: GONE });
    expect(fake.articles[0]?.title).toBe('Edition 1');
    expect(stages.at(-1)).toBe('https://example.com/1 failed');
    expect(await fake.client.refreshArticle(99)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
