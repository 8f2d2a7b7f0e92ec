import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { normalizeSpace } from './dom-utils';
import { blocksAfterTitle, restoreLead } from './lead';

const LEAD =
  'The council agreed late on Tuesday to extend the tram line north, ending a dispute that had lasted ten years.';
const body = (n: number): string =>
  `<p>Body paragraph ${n} explains how the new stops will be built and who will pay for the tracks and the trams.</p>`;
const BODY = [1, 2, 3].map(body).join('');

/** Notes the blocks after the title, then plays Readability: it kept only the body's <div>. */
function run(html: string, pageTitle?: string): string {
  const doc = new JSDOM(`<!doctype html><html><body>${html}</body></html>`).window.document;
  const blocks = blocksAfterTitle(doc, pageTitle);
  const kept = doc.getElementById('body')!;
  const container = doc.createElement('div');
  container.append(kept);
  restoreLead(container, blocks);
  return normalizeSpace(container.textContent);
}

describe('restoreLead: the standfirst between the title and the kept body', () => {
  it('puts back a lead paragraph, subtitle heading or text-only <div> that Readability left out', () => {
    for (const lead of [
      `<p class="intro">${LEAD}</p>`,
      `<h2>${LEAD}</h2>`,
      `<div class="abstract">${LEAD}</div>`,
    ]) {
      const text = run(
        `<header><h1>Tram line approved</h1><span>12 min</span>${lead}</header><div id="body">${BODY}</div>`,
      );
      expect(text.startsWith(LEAD)).toBe(true);
      expect(text).not.toContain('12 min');
    }
  });

  it('finds the title in an <h2> that reads as the page title when the page has no <h1> of its own', () => {
    const title = 'Tram line approved after ten years';
    const html = `<header><p>Transport</p><h2>${title}</h2><p>${LEAD}</p></header><div id="body">${BODY}</div>`;
    expect(run(html, title).startsWith(LEAD)).toBe(true);
    // Without the page's title, or with another one, an <h2> is just a heading.
    expect(run(html).startsWith('Body paragraph 1')).toBe(true);
    expect(run(html, 'Council budget passes in a late vote').startsWith('Body paragraph 1')).toBe(true);
  });

  it('puts back nothing when the body was already kept in full, or the title is absent', () => {
    expect(run(`<h1>Tram line approved</h1><div id="body"><p>${LEAD}</p>${BODY}</div>`).indexOf(LEAD)).toBe(
      0,
    );
    expect(run(`<p>${LEAD}</p><div id="body">${BODY}</div>`)).not.toContain(LEAD);
  });

  it('leaves out captions, credit and date lines, bylines, a disclosure and a repeated headline', () => {
    const title = 'Tram line to the northern districts approved by the council';
    const furniture = [
      `<p>A tram at the depot on Monday, photographed from the bridge over the yard. © Jane Doe</p>`,
      `<div><img src="t.jpg"><p>A tram at the depot on Monday, photographed from the bridge over the yard</p></div>`,
      `<p>12.03.2024 – updated at the end of the afternoon session with the final figures</p>`,
      `<p>Jane Doe | City desk | Reading time four minutes | Share this story with friends</p>`,
      `<div class="byline">By Jane Doe, city correspondent, who has covered the tram dispute since 2014</div>`,
      `<h2>${title}, the mayor says</h2>`,
      `<p>We may earn a commission when you buy through links on our site, which helps pay for our reporting.</p>`,
    ];
    for (const f of furniture) {
      const text = run(`<h1>${title}</h1>${f}<div id="body">${BODY}</div>`);
      expect(text.startsWith('Body paragraph 1')).toBe(true);
    }
  });

  it('does not reach past a teaser list or link-heavy block, and keeps no more than two blocks', () => {
    const teaser = `<p><a href="/x">Read our earlier report on why the tram dispute lasted a full ten years</a></p>`;
    expect(run(`<h1>Tram</h1><p>${LEAD}</p>${teaser}<div id="body">${BODY}</div>`)).not.toContain(LEAD);
    const three = [1, 2, 3].map(
      (n) => `<p>Lead sentence ${n} of the standfirst, long enough to count as prose.</p>`,
    );
    const text = run(`<h1>Tram</h1>${three.join('')}<div id="body">${BODY}</div>`);
    expect(text).not.toContain('Lead sentence 1');
    expect(text).toContain('Lead sentence 2');
    expect(text.startsWith('Lead sentence 2')).toBe(true);
  });

  it("looks past the body's own first subheading, which it kept, to the lead before it", () => {
    const date = '<p>12.03.2024 – updated at the end of the afternoon session with the final figures</p>';
    const text = run(
      `<h1>Tram</h1>${date}<p>${LEAD}</p><h3>Costs</h3><div id="body"><h3>Costs</h3>${BODY}</div>`,
    );
    expect(text.startsWith(LEAD)).toBe(true);
    expect(text).not.toContain('12.03.2024');
  });
});
