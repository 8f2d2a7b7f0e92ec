import { JSDOM } from 'jsdom';
import { ASSET_REF } from '../../../../shared/asset-ref';
import { escapeXml, safeHref } from './escape';

/** What an exporter does with a stored image: point at it, or (null) show its description instead. */
export type ImageResolver = (hash: string) => string | null;

/** Elements kept as they are; anything else is unwrapped (its content kept) unless dropped below. */
const KEEP = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'figure', 'figcaption',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'pre', 'code', 'em', 'strong',
  'b', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark', 'a', 'img', 'br', 'hr', 'dl', 'dt', 'dd',
  'abbr', 'cite', 'q', 'kbd', 'samp', 'var', 'del', 'ins', 'section', 'div', 'span',
]); // prettier-ignore

/** Elements dropped with everything inside them. */
const DROP = new Set([
  'script', 'style', 'iframe', 'object', 'embed', 'video', 'audio', 'source', 'track', 'svg', 'math',
  'form', 'input', 'button', 'select', 'option', 'textarea', 'template', 'noscript', 'canvas', 'head',
  'title', 'meta', 'link', 'base', 'dialog', 'map', 'area', 'picture',
]); // prettier-ignore

const VOID = new Set(['img', 'br', 'hr']);
/** Blocks that may not sit inside a paragraph or inline element; unwrapped there. */
const BLOCK = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'blockquote', 'figure', 'table', 'pre',
  'hr', 'section', 'div',
]); // prettier-ignore
const PHRASING_ONLY = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'em', 'strong', 'b', 'i', 'u', 's', 'sub', 'sup',
  'small', 'mark', 'a', 'code', 'span', 'abbr', 'cite', 'q', 'kbd', 'samp', 'var', 'dt', 'caption',
]); // prettier-ignore

let doc: Document | null = null;
const document = (): Document => (doc ??= new JSDOM('').window.document);

/** Elements that only make sense inside certain parents; elsewhere they are unwrapped. */
const PARENTS: Record<string, string[]> = {
  li: ['ul', 'ol'],
  dt: ['dl'],
  dd: ['dl'],
  figcaption: ['figure'],
  caption: ['table'],
  thead: ['table'],
  tbody: ['table'],
  tfoot: ['table'],
  tr: ['table', 'thead', 'tbody', 'tfoot'],
  td: ['tr'],
  th: ['tr'],
};
/** Elements whose children are other elements only (text there is whitespace). */
const CONTAINERS = new Set(['ul', 'ol', 'dl', 'table', 'thead', 'tbody', 'tfoot', 'tr']);

interface Ctx {
  image: ImageResolver;
  /** The element being written into ('' at the top). */
  parent: string;
  out: string[];
  /** Inside an element that only allows phrasing content. */
  phrasing: boolean;
  inLink: boolean;
}

function attrs(el: Element, tag: string, ctx: Ctx): string | null {
  const parts: string[] = [];
  const add = (name: string, value: string) => parts.push(` ${name}="${escapeXml(value)}"`);
  if (tag === 'a') {
    const href = safeHref(el.getAttribute('href'));
    if (href && !ctx.inLink) add('href', href);
  } else if (tag === 'td' || tag === 'th') {
    for (const name of ['colspan', 'rowspan']) {
      const v = el.getAttribute(name)?.trim();
      if (v && /^[1-9]\d{0,2}$/.test(v)) add(name, v);
    }
  } else if (tag === 'ol') {
    const v = el.getAttribute('start')?.trim();
    if (v && /^-?\d{1,6}$/.test(v)) add('start', v);
  } else if (tag === 'abbr') {
    const t = el.getAttribute('title');
    if (t) add('title', t);
  }
  return parts.join('');
}

function imageAlt(el: Element): string {
  return (el.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
}

function walk(node: Node, ctx: Ctx): void {
  for (const child of [...node.childNodes]) {
    if (child.nodeType === 3) {
      const text = child.nodeValue ?? '';
      if (!CONTAINERS.has(ctx.parent)) ctx.out.push(escapeXml(text));
      else if (!text.trim()) ctx.out.push(' ');
      else if (ctx.parent === 'ul' || ctx.parent === 'ol') ctx.out.push(`<li>${escapeXml(text.trim())}</li>`);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.localName.toLowerCase();
    if (DROP.has(tag)) continue;
    if (tag === 'img') {
      const src = el.getAttribute('src') ?? '';
      const alt = imageAlt(el);
      const target = src.startsWith(ASSET_REF) ? ctx.image(src.slice(ASSET_REF.length)) : null;
      if (target) ctx.out.push(`<img src="${escapeXml(target)}" alt="${escapeXml(alt)}"/>`);
      else if (alt) ctx.out.push(`<span class="missing-image">[${escapeXml(alt)}]</span>`);
      continue;
    }
    if ((ctx.parent === 'ul' || ctx.parent === 'ol') && tag !== 'li') {
      // A list holds items only: a stray child becomes an item of its own.
      ctx.out.push('<li>');
      walk({ childNodes: [el] } as unknown as Node, { ...ctx, parent: 'li' });
      ctx.out.push('</li>');
      continue;
    }
    if (CONTAINERS.has(ctx.parent) && !PARENTS[tag]?.includes(ctx.parent)) continue;
    const misplaced = PARENTS[tag] !== undefined && !PARENTS[tag]!.includes(ctx.parent);
    const nested = (tag === 'a' && ctx.inLink) || (ctx.phrasing && BLOCK.has(tag)) || misplaced;
    if (!KEEP.has(tag) || nested) {
      // Unwrapped: its content stays, in a paragraph's worth of separation when it was a block.
      if (ctx.phrasing && BLOCK.has(tag)) ctx.out.push(' ');
      walk(el, ctx);
      if (ctx.phrasing && BLOCK.has(tag)) ctx.out.push(' ');
      continue;
    }
    if (VOID.has(tag)) {
      if (tag === 'hr' && ctx.phrasing) continue;
      ctx.out.push(`<${tag}/>`);
      continue;
    }
    ctx.out.push(`<${tag}${attrs(el, tag, ctx)}>`);
    walk(el, {
      ...ctx,
      parent: tag,
      phrasing: ctx.phrasing || PHRASING_ONLY.has(tag),
      inLink: ctx.inLink || tag === 'a',
    });
    ctx.out.push(`</${tag}>`);
  }
}

/**
 * Re-sanitises stored article HTML into markup that is both valid HTML and well-formed XHTML:
 * an allow-list of structural elements and attributes, web links only, stored images pointed
 * wherever `image` says (missing ones replaced by their description), everything else dropped.
 */
export function cleanContent(html: string, image: ImageResolver): string {
  const tpl = document().createElement('template');
  tpl.innerHTML = html;
  const out: string[] = [];
  walk(tpl.content, { image, out, parent: '', phrasing: false, inLink: false });
  return out.join('');
}
