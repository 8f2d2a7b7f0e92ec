import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureSite, type FixtureSite } from '../../../../test/fixture-site/server';
import { QuireError } from '../../../shared/result';
import { fetchPage, parseHttpUrl } from './fetch-page';
import { decodeHtml } from './charset';

let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(() => site.close());

async function failure(p: Promise<unknown>): Promise<QuireError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(QuireError);
    return err as QuireError;
  }
  throw new Error('expected a failure');
}

describe('parseHttpUrl', () => {
  it('accepts http and https, adds https to a bare host, drops the fragment', () => {
    expect(parseHttpUrl('http://example.com/a#b').href).toBe('http://example.com/a');
    expect(parseHttpUrl('  example.com/story ').href).toBe('https://example.com/story');
  });
  it.each([
    ['', 'INVALID_URL'],
    ['not a url', 'INVALID_URL'],
    ['http://', 'INVALID_URL'],
    ['ftp://example.com/file', 'UNSUPPORTED_SCHEME'],
    ['javascript:alert(1)', 'UNSUPPORTED_SCHEME'],
    ['file:///etc/passwd', 'UNSUPPORTED_SCHEME'],
    ['data:text/html,<p>x</p>', 'UNSUPPORTED_SCHEME'],
  ])('refuses %j with %s', (input, code) => {
    expect(() => parseHttpUrl(input)).toThrow(expect.objectContaining({ code }));
  });
});

describe('fetchPage against a real local server', () => {
  it('returns the raw bytes and content type of a page', async () => {
    const page = await fetchPage(site.urlOf('wordpress-news'));
    expect(page.status).toBe(200);
    expect(page.contentType).toMatch(/text\/html/);
    expect(page.body.toString('utf8')).toContain('BlackBerry');
  });

  it('keeps windows-1252 bytes undecoded so the charset is decided later', async () => {
    const page = await fetchPage(site.urlOf('legacy-1252'));
    expect(page.body.includes(0xe9)).toBe(true);
    const { html, charset } = decodeHtml(page.body, page.contentType);
    expect(charset).toEqual({ encoding: 'windows-1252', source: 'meta' });
    expect(html).toContain('Économie');
  });

  it('follows redirects and reports the final URL', async () => {
    const page = await fetchPage(`${site.origin}/moved`);
    expect(page.finalUrl).toBe(site.urlOf(site.pages[0]!.name));
  });

  it('decompresses gzip bodies', async () => {
    const page = await fetchPage(`${site.origin}/gzipped`);
    expect(page.body.toString('utf8')).toMatch(/<html/i);
  });

  it.each([
    ['/missing', 'HTTP_ERROR', /404/],
    ['/broken', 'HTTP_ERROR', /500/],
    ['/report.pdf', 'NOT_HTML', /application\/pdf/],
    ['/loop', 'TOO_MANY_REDIRECTS', /redirects/],
    ['/to-ftp', 'UNSUPPORTED_SCHEME', /ftp/],
  ])('%s fails with %s', async (path, code, message) => {
    const err = await failure(fetchPage(site.origin + path));
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
  });

  it('gives up on a page that never finishes', async () => {
    const started = Date.now();
    const err = await failure(fetchPage(`${site.origin}/hang`, { timeoutMs: 500 }));
    expect(err.code).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('gives up on a server that never answers', async () => {
    const err = await failure(fetchPage(`${site.origin}/silent`, { timeoutMs: 400 }));
    expect(err.code).toBe('TIMEOUT');
  });

  it('stops an endless body at the size cap', async () => {
    const err = await failure(fetchPage(`${site.origin}/endless`, { maxBytes: 1024 * 1024 }));
    expect(err.code).toBe('TOO_LARGE');
  });

  it('reports an unreachable host clearly', async () => {
    const err = await failure(fetchPage('http://127.0.0.1:9/nothing-listens-here'));
    expect(err.code).toBe('UNREACHABLE');
    expect(err.message).toMatch(/refused/);
  });
});
