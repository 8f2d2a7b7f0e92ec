import { describe, expect, it } from 'vitest';
import { externalUrl, isAppUrl } from './security';

describe('externalUrl: what may open in the system browser', () => {
  it.each(['https://example.com/a?b=c', 'http://news.example/story'])('allows %s', (u) => {
    expect(externalUrl(u)).toBe(new URL(u).href);
  });
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'file:///etc/passwd',
    'smb://host/share',
    'ms-msdt:/id',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'https://user:pass@example.com/',
    'not a url',
    '',
  ])('refuses %j', (u) => {
    expect(externalUrl(u)).toBeNull();
  });
});

describe('isAppUrl: navigation that stays inside the app', () => {
  const fileOrigin = 'file:///opt/quire/out/renderer';
  it('accepts the app itself', () => {
    expect(isAppUrl('file:///opt/quire/out/renderer/index.html', fileOrigin)).toBe(true);
    expect(isAppUrl('http://localhost:5173/#/reader/1', 'http://localhost:5173')).toBe(true);
  });
  it('refuses other files, hosts and look-alikes', () => {
    expect(isAppUrl('file:///etc/passwd', fileOrigin)).toBe(false);
    expect(isAppUrl('file:///opt/quire/out/renderer-evil/index.html', fileOrigin)).toBe(false);
    expect(isAppUrl('https://example.com/', fileOrigin)).toBe(false);
    expect(isAppUrl('http://localhost:5173.evil.example/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('garbage', 'http://localhost:5173')).toBe(false);
  });
});
