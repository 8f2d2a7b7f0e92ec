import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../App';
import { createFakeClient, type FakePage } from './fake-client';
import type { Article } from '@shared/domain';

/** The whole app over a fake library, with a user-event session to drive it. */
export function renderApp(articles: Article[] = [], pages: Record<string, FakePage> = {}) {
  const fake = createFakeClient(articles, pages);
  const user = userEvent.setup();
  const view = render(<App client={fake.client} />);
  return { ...fake, user, ...view };
}
