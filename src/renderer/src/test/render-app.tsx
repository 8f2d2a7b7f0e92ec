import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../App';
import { createFakeClient, type FakeOptions, type FakePage } from './fake-client';
import type { Article } from '@shared/domain';

/** The whole app over a fake library, with a user-event session to drive it. */
export function renderApp(
  articles: Article[] = [],
  pages: Record<string, FakePage> = {},
  options: FakeOptions = {},
) {
  // The open article is kept in the address; each test starts from the library.
  window.history.replaceState(null, '', '#/');
  const fake = createFakeClient(articles, pages, options);
  const user = userEvent.setup();
  const view = render(<App client={fake.client} />);
  return { ...fake, user, ...view };
}
