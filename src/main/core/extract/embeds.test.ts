import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { embedsToLinks } from './embeds';
import { stripScriptsAndStyles } from './prepare-html';

const run = (html: string) => {
  const doc = new JSDOM(`<body>${html}</body>`, { url: 'https://news.example/a/b' }).window.document;
  embedsToLinks(doc);
  return doc.body.innerHTML;
};

describe('embedsToLinks', () => {
  it('turns a video player into a link to the video', () => {
    expect(run('<iframe src="https://www.youtube.com/embed/abc" title="Launch day"></iframe>')).toBe(
      '<p class="quire-media"><a href="https://www.youtube.com/embed/abc">Video: Launch day</a></p>',
    );
    expect(run('<video controls><source src="/media/clip.mp4"></video>')).toBe(
      '<p class="quire-media"><a href="https://news.example/media/clip.mp4">Video (news.example)</a></p>',
    );
    expect(run('<audio src="https://cdn.example/ep1.mp3"></audio>')).toContain('Audio (cdn.example)');
  });
  it('reads a frame made inert before parsing just as the frame itself', () => {
    const html = '<iframe src="https://player.vimeo.com/video/42" title="Tides"></iframe>';
    expect(run(stripScriptsAndStyles(html))).toBe(run(html));
  });
  it('reads AMP players and lazy players, and takes an empty theme wrapper with the player', () => {
    expect(run('<amp-youtube data-videoid="k2Cargo_1" layout="responsive"></amp-youtube>')).toBe(
      '<p class="quire-media"><a href="https://www.youtube.com/watch?v=k2Cargo_1">Video (youtube.com)</a></p>',
    );
    expect(run('<iframe data-src="https://player.vimeo.com/video/42" title="Tides"></iframe>')).toContain(
      '<a href="https://player.vimeo.com/video/42">Video: Tides</a>',
    );
    expect(
      run(
        '<figure><div class="embed__wrapper"><iframe src="https://www.youtube.com/embed/x" title="T"></iframe></div>' +
          '<figcaption>Our review</figcaption></figure>',
      ),
    ).toBe(
      '<figure><p class="quire-media"><a href="https://www.youtube.com/embed/x">Video: T</a></p>' +
        '<figcaption>Our review</figcaption></figure>',
    );
    // A wrapper that also holds words stays.
    expect(run('<div>Watch: <iframe src="https://www.youtube.com/embed/x"></iframe></div>')).toMatch(
      /^<div>Watch: <p/,
    );
  });

  it('leaves ad frames and script URLs alone (they are removed later)', () => {
    expect(run('<iframe src="https://ads.example/slot"></iframe>')).toContain('<iframe');
    expect(run('<iframe src="javascript:alert(1)"></iframe>')).toContain('<iframe');
  });
});
