import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { embedsToLinks } from './embeds';

const run = (html: string) => {
  const doc = new JSDOM(`<body>${html}</body>`, { url: 'https://news.example/a/b' }).window.document;
  embedsToLinks(doc);
  return doc.body.innerHTML;
};

describe('embedsToLinks', () => {
  it('turns a video player into a link to the video', () => {
    expect(run('<iframe src="https://www.youtube.com/embed/abc" title="Launch day"></iframe>')).toBe(
      '<p><a href="https://www.youtube.com/embed/abc">Video: Launch day</a></p>',
    );
    expect(run('<video controls><source src="/media/clip.mp4"></video>')).toBe(
      '<p><a href="https://news.example/media/clip.mp4">Video (news.example)</a></p>',
    );
    expect(run('<audio src="https://cdn.example/ep1.mp3"></audio>')).toContain('Audio (cdn.example)');
  });
  it('leaves ad frames and script URLs alone (they are removed later)', () => {
    expect(run('<iframe src="https://ads.example/slot"></iframe>')).toContain('<iframe');
    expect(run('<iframe src="javascript:alert(1)"></iframe>')).toContain('<iframe');
  });
});
