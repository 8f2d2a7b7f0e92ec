import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { makePng } from './png';

/**
 * A second local origin standing for an image CDN that also tracks readers: it serves real
 * pictures and counts every request, so tests can assert it is never contacted while reading.
 */
export interface TrackerServer {
  origin: string;
  hits: { path: string; referer?: string; at: number }[];
  close(): Promise<void>;
}

export async function startTracker(): Promise<TrackerServer> {
  const hits: TrackerServer['hits'] = [];
  const server = http.createServer((req, res) => {
    hits.push({ path: req.url ?? '/', referer: req.headers.referer, at: Date.now() });
    if (/\.(png|jpe?g|webp|gif)(\?|$)/.test(req.url ?? '')) {
      const seed = (req.url ?? '').length * 13;
      res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' });
      return res.end(makePng(640, 360, seed));
    }
    res.writeHead(204).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An article whose pictures, lazy images and tracking pixel all live on the tracker. */
export function trackedArticle(tracker: string): string {
  const p = (t: string) =>
    `<p>${t} The harbour master keeps a ledger of every boat that leaves before dawn and every one that returns after dusk.</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The night ferry | Coast Weekly</title>
<meta property="og:site_name" content="Coast Weekly"><meta property="og:image" content="${tracker}/og-lead.jpg">
<link rel="stylesheet" href="${tracker}/style.css"><script src="${tracker}/analytics.js"></script></head>
<body><header><nav><a href="/">Home</a> <a href="/ferries">Ferries</a></nav></header>
<article><h1>The night ferry</h1><p class="byline">By Morag Quinn</p>
${p('The last ferry of the night leaves at eleven.')}
<figure><img src="${tracker}/ferry-small.jpg" srcset="${tracker}/ferry-800.jpg 800w, ${tracker}/ferry-1600.jpg 1600w" alt="The ferry at the pier"><figcaption>The ferry at the pier.</figcaption></figure>
${p('Passengers are mostly night-shift workers.')}
<picture><source srcset="${tracker}/deck.webp" type="image/webp"><img src="${tracker}/deck.jpg" alt="On deck"></picture>
${p('The crossing takes forty minutes in calm weather.')}
<img data-src="${tracker}/lazy-harbour.jpg" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="The harbour">
${p('In winter the crossing is often cancelled.')}
<img src="${tracker}/pixel.gif?u=reader" width="1" height="1" alt="">
<p style="background:url(${tracker}/bg.png)">${'Even so, the ferry has not missed a scheduled night in eleven years. '.repeat(3)}</p>
</article><footer>© Coast Weekly</footer></body></html>`;
}
