import fs from 'node:fs';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTo, fixtureLibrary, TRICKY_TITLE, type TestLibrary } from './test-library';

let t: TestLibrary;
beforeAll(async () => {
  t = await fixtureLibrary();
});
afterAll(() => t.close());

const parseXml = (xml: string) => new JSDOM(xml, { contentType: 'application/xml' }).window.document;

describe('opml export', () => {
  it('is well-formed OPML 2.0 with a category outline holding a link outline per article', () => {
    const { file } = exportTo(t, 'list.opml', { format: 'opml' });
    const doc = parseXml(fs.readFileSync(file, 'utf8'));
    expect(doc.getElementsByTagName('parsererror').length).toBe(0);
    expect(doc.documentElement.getAttribute('version')).toBe('2.0');
    const links = [...doc.querySelectorAll('outline[type="link"]')];
    expect(links.map((o) => o.getAttribute('text')).sort()).toEqual([...t.titles].sort());
    const tricky = links.find((o) => o.getAttribute('text') === TRICKY_TITLE)!;
    expect(tricky.getAttribute('url')).toBe('https://tricky.example/a?x=1&y=2');
    expect(tricky.getAttribute('created')).toBe('Tue, 01 Jan 2030 00:00:00 GMT');
    expect((tricky.parentNode as Element).getAttribute('text')).toBe('Odd & Ends');
    expect(doc.querySelector('head > title')?.textContent).toBe('Quire reading list — all, 2024-06-01');
  });

  it('is well-formed when nothing matches', () => {
    const { file, count } = exportTo(t, 'none.opml', { format: 'opml', query: 'zzzyxwv' });
    expect(count).toBe(0);
    const doc = parseXml(fs.readFileSync(file, 'utf8'));
    expect(doc.getElementsByTagName('parsererror').length).toBe(0);
    expect(doc.querySelectorAll('outline').length).toBe(0);
  });
});
