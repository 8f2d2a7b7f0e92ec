/** @vitest-environment jsdom */
import { act, screen, waitFor, within } from '@testing-library/react';
import type { QueueJob } from '@shared/domain';
import { makeArticle } from '../../test/fake-client';
import { renderApp } from '../../test/render-app';

const failure = (id: number, url: string, error: string): QueueJob => ({
  id,
  url,
  status: 'failed',
  attempts: 3,
  errorCode: 'HTTP_ERROR',
  error,
  articleId: null,
});

const FAILURES = [
  failure(11, 'https://gone.example/a', 'The page answered 404 Not Found.'),
  failure(12, 'https://slow.example/b', 'The site did not answer within 30 seconds.'),
];

const bar = () => screen.queryByRole('region', { name: 'Saving in the background' });

describe('queue bar', () => {
  it('stays hidden while the queue is idle', async () => {
    const { mocks } = renderApp([makeArticle({ id: 1, title: 'Quiet' })]);
    await screen.findByText('Quiet');
    await waitFor(() => expect(mocks.queueStatus).toHaveBeenCalled());
    expect(bar()).toBeNull();
  });

  it('shows the queue as it was on load, then follows its events', async () => {
    const app = renderApp(
      [],
      {},
      {
        queue: {
          pending: 30,
          running: 2,
          done: 7,
          failed: 1,
          current: [{ id: 9, url: 'https://a.example/now' }],
        },
      },
    );
    await waitFor(() => expect(bar()?.textContent).toContain('Saving 8 of 40 · 1 failed'));
    expect(bar()?.textContent).toContain('https://a.example/now');
    const meter = bar()!.querySelector('progress')!;
    expect([meter.value, meter.max]).toEqual([8, 40]);

    act(() =>
      app.setQueue({
        pending: 0,
        running: 1,
        done: 38,
        failed: 1,
        current: [{ id: 40, url: 'https://a.example/last' }],
      }),
    );
    expect(bar()?.textContent).toContain('Saving 39 of 40 · 1 failed');

    act(() => app.setQueue({ done: 40 }));
    expect(bar()).toBeNull();
  });

  it('cancels everything that is waiting', async () => {
    const app = renderApp([]);
    await waitFor(() => expect(app.mocks.queueStatus).toHaveBeenCalled());
    act(() =>
      app.setQueue({ pending: 5, running: 1, done: 2, current: [{ id: 3, url: 'https://a.example/3' }] }),
    );
    await app.user.click(within(bar()!).getByRole('button', { name: 'Cancel all' }));
    expect(app.mocks.cancelSaves).toHaveBeenCalledWith('all');
    await waitFor(() => expect(bar()).toBeNull());
  });

  it('lists the failures with their reasons, retries them and dismisses them', async () => {
    const app = renderApp([]);
    await waitFor(() => expect(app.mocks.queueStatus).toHaveBeenCalled());
    act(() => app.setQueue({ pending: 3, done: 5, failed: 2, failures: FAILURES }));

    const toggle = within(bar()!).getByRole('button', { name: /2 failed/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await app.user.click(toggle);
    const list = within(bar()!).getByRole('list', { name: 'Failed saves' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'https://gone.example/aThe page answered 404 Not Found.',
      'https://slow.example/bThe site did not answer within 30 seconds.',
    ]);

    await app.user.click(within(bar()!).getByRole('button', { name: 'Retry failed' }));
    expect(app.mocks.retryFailedSaves).toHaveBeenCalledWith();
    await waitFor(() => expect(within(bar()!).queryByRole('button', { name: /failed/ })).toBeNull());
    expect(bar()?.textContent).toContain('Saving 5 of 10');

    act(() => app.setQueue({ done: 9, failed: 1, failures: [FAILURES[0]!] }));
    expect(bar()?.textContent).toContain('1 could not be saved');
    await app.user.click(within(bar()!).getByRole('button', { name: /1 failed/ }));
    await app.user.click(within(bar()!).getByRole('button', { name: 'Dismiss' }));
    expect(app.mocks.dismissFailedSaves).toHaveBeenCalled();
    await waitFor(() => expect(bar()).toBeNull());
  });

  it('reloads the list as imported pages are saved', async () => {
    const app = renderApp([makeArticle({ id: 1, title: 'Already Here' })]);
    await screen.findByText('Already Here');
    app.articles.push(makeArticle({ id: 2, title: 'Freshly Imported' }));
    act(() => app.emit('libraryChanged', { reason: 'imported', id: 2 }));
    expect(await screen.findByText('Freshly Imported')).toBeTruthy();
  });
});
