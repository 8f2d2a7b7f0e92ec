import { describe, expect, it } from 'vitest';
import { bestCandidate, parseSrcset } from './srcset';
import { sniffImage } from './sniff';

describe('srcset', () => {
  it('parses width and density descriptors, and URLs with commas', () => {
    expect(parseSrcset('a.jpg 480w, b.jpg 960w')).toEqual([
      { url: 'a.jpg', width: 480 },
      { url: 'b.jpg', width: 960 },
    ]);
    expect(
      parseSrcset('https://cdn.example/img,w_400/x.jpg 400w, https://cdn.example/img,w_800/x.jpg 800w'),
    ).toEqual([
      { url: 'https://cdn.example/img,w_400/x.jpg', width: 400 },
      { url: 'https://cdn.example/img,w_800/x.jpg', width: 800 },
    ]);
    expect(parseSrcset('a.png, b.png 2x')).toEqual([
      { url: 'a.png', density: 1 },
      { url: 'b.png', density: 2 },
    ]);
  });
  it('picks the smallest candidate wide enough for the reader, else the largest', () => {
    expect(bestCandidate('a 800w, b 1600w, c 3200w')).toBe('b');
    expect(bestCandidate('c 3200w, a 800w, b 1700w')).toBe('b');
    expect(bestCandidate('a 300w, b 600w')).toBe('b');
    expect(bestCandidate('a 1x, b 2x, c 3x')).toBe('b');
    expect(bestCandidate('a 1x')).toBe('a');
    expect(bestCandidate('')).toBeNull();
  });
});

describe('sniffImage trusts bytes, not headers', () => {
  const b = (...x: (number | string)[]) =>
    Buffer.concat([
      ...x.map((v) => (typeof v === 'string' ? Buffer.from(v, 'latin1') : Buffer.from([v]))),
      Buffer.alloc(32),
    ]);
  it.each([
    [b(0x89, 'PNG\r\n', 0x1a, '\n'), 'image/png'],
    [b(0xff, 0xd8, 0xff, 0xe0), 'image/jpeg'],
    [b('GIF89a'), 'image/gif'],
    [b('RIFF', 0, 0, 0, 0, 'WEBPVP8 '), 'image/webp'],
    [b(0, 0, 0, 0x1c, 'ftypavif'), 'image/avif'],
  ])('recognises %#', (bytes, mime) => expect(sniffImage(bytes)).toBe(mime));
  it.each([
    b('<svg xmlns="http://www.w3.org/2000/svg">'),
    b('<html>'),
    b('%PDF-1.4'),
    Buffer.from([0x89, 0x50]),
  ])('refuses non-images and SVG %#', (bytes) => expect(sniffImage(bytes)).toBeNull());
});
