/** @vitest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import type { Article } from '@shared/domain';
import { makeArticle } from '../../test/fake-client';
import { renderApp } from '../../test/render-app';

const STORED = 'a1'.repeat(32);
const LEAD = 'b2'.repeat(32);

const CONTENT = `
  <p>Before the pictures.</p>
  <figure><img src="quire-asset:${STORED}" alt="A stored harbour"><figcaption>The harbour</figcaption></figure>
  <p>Middle.</p>
  <img src="quire-asset:missing-1" alt="A lighthouse at dusk">
  <figure><img src="quire-asset:missing-2"><figcaption>The pier, at noon</figcaption></figure>
  <figure><img src="quire-asset:missing-3" alt="Boats"><figcaption>Boats</figcaption></figure>
  <img src="quire-asset:missing-4">
  <img src="http://tracker.example/x.png" alt="Tracking pixel">
  <img src="quire-asset:pending-5" alt="Never finished">
  <img src="quire-asset:${STORED}" srcset="https://cdn.example/big.jpg 2x, http://cdn.example/small.jpg 1x" sizes="50vw" alt="Responsive">
  <picture><source srcset="https://cdn.example/a.webp" type="image/webp"><img src="quire-asset:missing-6" alt="In a picture"></picture>
  <p>After.</p>
`;

const article = (fields: Partial<Article> = {}) =>
  makeArticle({
    id: 3,
    title: 'Harbour Pictures',
    contentHtml: CONTENT,
    imagesFound: 8,
    imagesStored: 2,
    leadImage: LEAD,
    ...fields,
  });

async function openReader(articles: Article[] = [article()], assetBase = 'quire-asset://asset/') {
  const app = renderApp(articles, {}, { assetBase });
  await app.user.click(await screen.findByRole('button', { name: articles[0]!.title }));
  const reader = await screen.findByRole('article', { name: 'Reader' });
  await within(reader).findByRole('heading', { level: 1 });
  const content = reader.querySelector<HTMLElement>('.reader-content')!;
  return { ...app, reader, content };
}

describe('reader images', () => {
  it('loads stored images from the asset base the library gives', async () => {
    const { content, mocks } = await openReader();

    expect(mocks.assetBaseUrl).toHaveBeenCalledTimes(1);
    const images = [...content.querySelectorAll('img')];
    expect(images.map((img) => img.getAttribute('src'))).toEqual([
      `quire-asset://asset/${STORED}`,
      `quire-asset://asset/${STORED}`,
    ]);
    expect(images.map((img) => img.alt)).toEqual(['A stored harbour', 'Responsive']);
    expect(content.querySelector('figcaption')?.textContent).toBe('The harbour');
  });

  it('shows images that could not be stored as their alt text or caption', async () => {
    const { content } = await openReader();

    expect([...content.querySelectorAll('.missing-image')].map((el) => el.textContent)).toEqual([
      'A lighthouse at dusk',
      'Tracking pixel',
      'Never finished',
      'In a picture',
    ]);
    // Without alt text, or when it only repeats the caption, the caption alone stands for it.
    const captions = [...content.querySelectorAll('figcaption')].map((el) => el.textContent);
    expect(captions).toEqual(['The harbour', 'The pier, at noon', 'Boats']);
    expect(content.textContent).not.toMatch(/Boats\s*Boats/);
    expect(content.querySelector('[data-quire-missing]')).toBeNull();
    expect(content.textContent).toContain('After.');
  });

  it('never gives an image a network address', async () => {
    const { reader } = await openReader();

    const addresses = [...reader.querySelectorAll('img, source, video, audio')].flatMap((el) =>
      ['src', 'srcset'].flatMap((name) => el.getAttribute(name) ?? []),
    );
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) expect(address).not.toMatch(/^\s*(?:https?:)?\/\//i);
    expect(reader.innerHTML).not.toMatch(/tracker\.example|cdn\.example/);
    expect(reader.querySelector('[srcset], [sizes]')).toBeNull();
  });

  it('uses the asset base of `quire serve` the same way', async () => {
    const { content } = await openReader([article()], '/assets/');
    expect(content.querySelector('img')?.getAttribute('src')).toBe(`/assets/${STORED}`);
  });

  it('shows the offline badge only when images are missing', async () => {
    const { user, reader } = await openReader([
      article(),
      makeArticle({ id: 4, title: 'Complete', imagesFound: 2, imagesStored: 2 }),
    ]);
    const badge = reader.querySelector('.images-badge');
    expect(badge?.textContent).toBe('2 of 8 images offline');
    expect(badge?.getAttribute('title')).toMatch(/6 images could not be downloaded/);
    expect(within(reader).getByRole('button', { name: 'Retry missing images' })).toBeTruthy();

    await user.click(within(reader).getByRole('button', { name: 'Back to library' }));
    await user.click(await screen.findByRole('button', { name: 'Complete' }));
    await screen.findByRole('heading', { level: 1, name: 'Complete' });
    const other = screen.getByRole('article', { name: 'Reader' });
    expect(other.querySelector('.images-badge')).toBeNull();
    expect(within(other).queryByRole('button', { name: 'Retry missing images' })).toBeNull();
  });

  it('retries the missing images, then reloads the article without the badge', async () => {
    const { user, reader, mocks, articles } = await openReader();
    let finish!: () => void;
    mocks.retryMissingImages.mockImplementationOnce(async (id: number) => {
      await new Promise<void>((resolve) => (finish = resolve));
      const stored = articles.find((a) => a.id === id)!;
      Object.assign(stored, {
        imagesStored: 8,
        contentHtml: CONTENT.replace(/quire-asset:missing-1/, `quire-asset:${LEAD}`),
      });
      return { ok: true, value: { ...stored } };
    });

    await user.click(within(reader).getByRole('button', { name: 'Retry missing images' }));

    expect(mocks.retryMissingImages).toHaveBeenCalledWith(3);
    expect(reader.querySelector('.images-badge')?.textContent).toBe('Retrying…');
    expect(within(reader).getByRole('button', { name: 'Retry missing images' })).toHaveProperty(
      'disabled',
      true,
    );

    finish();
    expect(await screen.findByText('All images stored')).toBeTruthy();
    await waitFor(() => expect(reader.querySelector('.images-badge')).toBeNull());
    expect(within(reader).queryByRole('button', { name: 'Retry missing images' })).toBeNull();
    const content = reader.querySelector('.reader-content')!;
    await waitFor(() =>
      expect(content.querySelector(`img[src="quire-asset://asset/${LEAD}"]`)?.getAttribute('alt')).toBe(
        'A lighthouse at dusk',
      ),
    );
  });

  it('says how many images are still missing after a retry', async () => {
    const { user, reader, mocks, articles } = await openReader();
    mocks.retryMissingImages.mockImplementationOnce(async () => {
      Object.assign(articles[0]!, { imagesStored: 5 });
      return { ok: true, value: { ...articles[0]! } };
    });

    await user.click(within(reader).getByRole('button', { name: 'Retry missing images' }));

    expect(await screen.findByText('5 of 8 images stored; the rest could not be downloaded')).toBeTruthy();
    await waitFor(() =>
      expect(reader.querySelector('.images-badge')?.textContent).toBe('5 of 8 images offline'),
    );
  });
});
