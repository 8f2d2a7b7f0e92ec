/** @vitest-environment jsdom */
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../test/fake-client';
import { renderApp } from '../test/render-app';

describe('the open article lives in the address', () => {
  it('opening an article sets #/article/<id>, and changing the address back leaves the reader', async () => {
    const { user } = renderApp([
      makeArticle({ id: 7, title: 'Tides' }),
      makeArticle({ id: 9, title: 'Gulls' }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Gulls' }));
    expect(await screen.findByRole('article', { name: 'Reader' })).toBeTruthy();
    expect(window.location.hash).toBe('#/article/9');
    act(() => {
      window.location.hash = '#/';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Reader' })).toBeNull());
  });

  it('an address naming an article opens it directly', async () => {
    renderApp([makeArticle({ id: 7, title: 'Tides' })]);
    window.history.replaceState(null, '', '#/article/7');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tides' })).toBeTruthy();
  });
});
