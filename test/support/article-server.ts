import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A small but real article page, different per path so each one is a separate article. */
export function articleHtml(title: string): string {
  const para = (n: number) =>
    `<p>${title}: paragraph ${n} tells a story about ferries, harbour cranes and the people who keep the night shift running, because every article needs enough words for Readability to believe in it.</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><nav><a href="/">Home</a></nav><main><article><h1>${title}</h1>${[1, 2, 3, 4, 5].map(para).join('')}</article></main></body></html>`;
}

export type Responder = (
  path: string,
  hit: number,
) => { status: number; headers?: Record<string, string>; body?: string | Buffer; delayMs?: number };

export interface ArticleServer {
  origin: string;
  /** Requests per path. */
  hits: Map<string, number>;
  /** Most requests this server was answering at one moment. */
  peak: number;
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 whose answers a test scripts per path and per attempt
 * (e.g. 503, 503, then the page), recording how many requests it served at once.
 */
export async function startArticleServer(respond: Responder): Promise<ArticleServer> {
  const hits = new Map<string, number>();
  let inFlight = 0;
  const state = { peak: 0 };
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const hit = (hits.get(path) ?? 0) + 1;
    hits.set(path, hit);
    inFlight++;
    state.peak = Math.max(state.peak, inFlight);
    const r = respond(path, hit);
    const finish = () => {
      inFlight--;
      res.writeHead(r.status, { 'content-type': 'text/html; charset=utf-8', ...r.headers });
      res.end(r.body ?? (r.status === 200 ? articleHtml(`Story ${path}`) : `HTTP ${r.status}`));
    };
    if (r.delayMs) setTimeout(finish, r.delayMs);
    else finish();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    get peak() {
      return state.peak;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
