/** @vitest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { makeArticle } from '../../test/fake-client';
import { renderApp } from '../../test/render-app';

const BOOKMARKS = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<DL><p>
<DT><A HREF="https://news.example/one">One</A>
<DT><A HREF="https://news.example/two">Two</A>
<DT><A HREF="https://news.example/one">One again</A>
<DT><A HREF="https://example.com/1">Known</A>
<DT><A HREF="javascript:alert(1)">A bookmarklet</A>
</DL>`;

const library = () => [
  makeArticle({ id: 1, title: 'Known Article', tags: ['essays'] }),
  makeArticle({ id: 2, title: 'Archived Piece', state: 'archived', tags: ['essays'] }),
  makeArticle({ id: 3, title: 'Another Unread' }),
];

const dialog = () => screen.getByRole('dialog', { name: 'Import / Export' });

async function openDialog(app: ReturnType<typeof renderApp>) {
  await screen.findByRole('list', { name: 'Articles' });
  await app.user.keyboard('{Control>}i{/Control}');
  return dialog();
}

describe('import', () => {
  it('opens with Ctrl+I or the button, on the Import tab', async () => {
    const app = renderApp(library());
    await openDialog(app);
    expect(within(dialog()).getByRole('tab', { name: 'Import' }).getAttribute('aria-selected')).toBe('true');
    await app.user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await app.user.click(screen.getByRole('button', { name: 'Import / Export' }));
    expect(dialog()).toBeTruthy();
  });

  it('sends the chosen file and shows what the import did', async () => {
    const app = renderApp(library());
    const d = await openDialog(app);
    const file = new File([BOOKMARKS], 'bookmarks.html', { type: 'text/html' });
    await app.user.upload(within(d).getByLabelText('File to import'), file);
    expect(within(d).getByText('Chosen: bookmarks.html')).toBeTruthy();
    expect((within(d).getByLabelText('Format') as HTMLSelectElement).value).toBe('');
    await app.user.click(within(d).getByRole('button', { name: 'Import' }));

    const report = await within(d).findByRole('status');
    const [request] = app.mocks.importFile.mock.calls[0]!;
    expect(request.fileName).toBe('bookmarks.html');
    expect(request).not.toHaveProperty('format');
    expect(new TextDecoder().decode(Uint8Array.from(atob(request.dataBase64), (c) => c.charCodeAt(0)))).toBe(
      BOOKMARKS,
    );
    expect(report.textContent).toContain('Imported “bookmarks.html” (Browser bookmarks (HTML))');
    const counts = Object.fromEntries(
      [...report.querySelectorAll('.import-count')].map((c) => [
        c.querySelector('dt')?.textContent,
        c.querySelector('dd')?.textContent,
      ]),
    );
    expect(counts).toEqual({
      'Articles in the file': '4',
      'To fetch in the background': '2',
      'Already in your library': '1',
      'Repeated in the file': '1',
      Skipped: '1',
    });
    const skipped = report.querySelector('details')!;
    expect(skipped.querySelector('summary')?.textContent).toBe('Why 1 entry was skipped');
    expect(skipped.textContent).toContain('entry 5 “javascript:alert(1)” is not a web page address.');
  });

  it('takes a dropped file, and sends the format when one is chosen', async () => {
    const app = renderApp(library());
    const d = await openDialog(app);
    const file = new File(['https://news.example/one\nhttps://news.example/two\n'], 'list.txt');
    fireEvent.drop(d.querySelector('.drop-zone')!, { dataTransfer: { files: [file] } });
    expect(within(d).getByText('Chosen: list.txt')).toBeTruthy();
    await app.user.selectOptions(within(d).getByLabelText('Format'), 'urls');
    await app.user.click(within(d).getByRole('button', { name: 'Import' }));
    await within(d).findByRole('status');
    expect(app.mocks.importFile).toHaveBeenCalledWith(
      expect.objectContaining({ fileName: 'list.txt', format: 'urls' }),
    );
  });

  it('says why a file could not be imported, naming the line', async () => {
    const app = renderApp(library());
    app.mocks.importFile.mockResolvedValueOnce({
      ok: false,
      error: {
        code: 'IMPORT_INVALID',
        message: 'export.csv, line 3: the row has 2 fields; the header has 4.',
      },
    });
    const d = await openDialog(app);
    await app.user.upload(within(d).getByLabelText('File to import'), new File(['a,b'], 'export.csv'));
    await app.user.click(within(d).getByRole('button', { name: 'Import' }));
    const alert = await within(d).findByRole('alert');
    expect(alert.textContent).toBe(
      'Could not import “export.csv”: export.csv, line 3: the row has 2 fields; the header has 4.',
    );
  });

  it('suggests choosing the format when it cannot be detected', async () => {
    const app = renderApp(library());
    const d = await openDialog(app);
    await app.user.upload(within(d).getByLabelText('File to import'), new File(['just words'], 'notes.txt'));
    await app.user.click(within(d).getByRole('button', { name: 'Import' }));
    const alert = await within(d).findByRole('alert');
    expect(alert.textContent).toContain('Quire cannot tell what kind of export "notes.txt" is.');
    expect(alert.textContent).toContain('Choose its format in the list above and import again.');
  });

  it('asks for a file before importing', async () => {
    const app = renderApp(library());
    const d = await openDialog(app);
    await app.user.click(within(d).getByRole('button', { name: 'Import' }));
    expect(within(d).getByRole('alert').textContent).toBe('Choose a file to import first.');
    expect(app.mocks.importFile).not.toHaveBeenCalled();
  });
});

describe('export', () => {
  let clicked: HTMLAnchorElement[];
  beforeEach(() => {
    clicked = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    URL.createObjectURL = vi.fn(() => 'blob:quire/1');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());

  async function openExport(app: ReturnType<typeof renderApp>) {
    const d = await openDialog(app);
    await app.user.click(within(d).getByRole('tab', { name: 'Export' }));
    return d;
  }

  it('downloads the exported file under its name', async () => {
    const app = renderApp(library());
    const d = await openExport(app);
    expect(within(d).getByText('A list of links, or the whole articles as text.')).toBeTruthy();
    await app.user.click(within(d).getByRole('radio', { name: 'Everything' }));
    await app.user.click(within(d).getByRole('button', { name: 'Export' }));

    await within(d).findByText('Exported 3 articles to quire-reading-list-2026-11-28.md');
    expect(app.mocks.exportList).toHaveBeenCalledWith({ format: 'md' });
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('quire-reading-list-2026-11-28.md');
    expect(clicked[0]?.getAttribute('href')).toBe('blob:quire/1');
    const blob = vi.mocked(URL.createObjectURL).mock.calls[0]![0] as Blob;
    expect(blob.type).toBe('text/markdown; charset=utf-8');
    expect(await blob.text()).toContain('- [Known Article](https://example.com/1)');
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('exports this view: a shelf by its articles, a tag and search by name', async () => {
    const app = renderApp(library());
    const d = await openExport(app);
    expect(within(d).getByRole('radio', { name: /This view \(Unread\)/ })).toHaveProperty('checked', true);
    await app.user.selectOptions(within(d).getByLabelText('Format'), 'json');
    await app.user.click(within(d).getByRole('checkbox', { name: 'Whole articles, not just links' }));
    await app.user.click(within(d).getByRole('button', { name: 'Export' }));
    await within(d).findByText(/Exported 2 articles/);
    expect(app.mocks.exportList).toHaveBeenLastCalledWith({ format: 'json', full: true, ids: [3, 1] });
    await app.user.keyboard('{Escape}');

    await app.user.click(
      within(screen.getByRole('navigation', { name: 'Tags' })).getByRole('button', { name: 'essays 2' }),
    );
    await app.user.type(screen.getByRole('searchbox', { name: 'Search articles' }), 'piece');
    await waitFor(() =>
      expect(within(screen.getByRole('list', { name: 'Articles' })).getAllByRole('listitem')).toHaveLength(1),
    );
    const again = await openExport(app);
    expect(within(again).getByRole('radio', { name: /This view \(essays, matching “piece”\)/ })).toBeTruthy();
    await app.user.selectOptions(within(again).getByLabelText('Format'), 'epub');
    expect(within(again).getByText('An e-book of the articles, for e-readers.')).toBeTruthy();
    expect(within(again).queryByRole('checkbox')).toBeNull();
    await app.user.click(within(again).getByRole('button', { name: 'Export' }));
    await within(again).findByText(/Exported 1 article to/);
    expect(app.mocks.exportList).toHaveBeenLastCalledWith({ format: 'epub', tag: 'essays', query: 'piece' });
  });

  it('shows why an export failed', async () => {
    const app = renderApp(library());
    app.mocks.exportList.mockResolvedValueOnce({
      ok: false,
      error: { code: 'DISK_FULL', message: 'The disk is full.' },
    });
    const d = await openExport(app);
    await app.user.click(within(d).getByRole('button', { name: 'Export' }));
    expect((await within(d).findByRole('alert')).textContent).toBe('Could not export: The disk is full.');
    expect(clicked).toHaveLength(0);
  });
});
