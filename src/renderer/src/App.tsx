import type { QuireClient } from '@shared/api';

export function App({ client }: { client: QuireClient }) {
  void client;
  return <div className="app">Quire</div>;
}
