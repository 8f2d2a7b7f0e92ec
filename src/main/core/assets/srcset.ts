/** Picks image URLs the way a browser would for a reader column about 1600 device pixels wide. */
export const TARGET_WIDTH = 1600;

interface Candidate {
  url: string;
  width?: number;
  density?: number;
}

/** Parses a srcset as the HTML spec does: a URL runs to whitespace, so it may contain commas. */
export function parseSrcset(srcset: string | null | undefined): Candidate[] {
  const out: Candidate[] = [];
  const s = srcset ?? '';
  let i = 0;
  while (i < s.length) {
    while (i < s.length && /[\s,]/.test(s[i]!)) i++;
    let url = '';
    while (i < s.length && !/\s/.test(s[i]!)) url += s[i++];
    let descriptor = '';
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      while (i < s.length && s[i] !== ',') descriptor += s[i++];
    }
    if (!url) continue;
    const d = descriptor.trim();
    if (/^[\d.]+w$/.test(d)) out.push({ url, width: parseFloat(d) });
    else if (/^[\d.]+x$/.test(d)) out.push({ url, density: parseFloat(d) });
    else out.push({ url, density: 1 });
  }
  return out;
}

/** The smallest candidate at least TARGET_WIDTH wide, else the largest; densities prefer 2x. */
export function bestCandidate(srcset: string | null | undefined, target = TARGET_WIDTH): string | null {
  const cands = parseSrcset(srcset);
  if (!cands.length) return null;
  const widths = cands.filter((c) => c.width).sort((a, b) => a.width! - b.width!);
  if (widths.length) return (widths.find((c) => c.width! >= target) ?? widths[widths.length - 1]!).url;
  const dens = cands.sort((a, b) => (a.density ?? 1) - (b.density ?? 1));
  return (dens.find((c) => (c.density ?? 1) >= 2) ?? dens[dens.length - 1]!).url;
}
