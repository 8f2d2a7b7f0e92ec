/** Reads every JSON-LD object of a page, flattening @graph and arrays; broken blocks are skipped. */
export type JsonLdNode = Record<string, unknown>;

export function readJsonLd(doc: Document): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const node = v as JsonLdNode;
      out.push(node);
      if (node['@graph']) visit(node['@graph']);
    }
  };
  const scripts = [...doc.getElementsByTagName('script')].filter((el) =>
    (el.getAttribute('type') ?? '').toLowerCase().includes('ld+json'),
  );
  for (const s of scripts) {
    const raw = (s.textContent ?? '').trim().replace(/^<!--|-->$/g, '');
    try {
      visit(JSON.parse(raw));
    } catch {
      // Real pages ship invalid JSON-LD (trailing commas, raw newlines); a lenient retry catches the common cases.
      try {
        visit(JSON.parse(raw.replace(/[\n\r\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1')));
      } catch {
        /* unreadable: ignored */
      }
    }
  }
  return out;
}

export function types(node: JsonLdNode): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

const ARTICLE_TYPES =
  /^(Article|NewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|AnalysisNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|LiveBlogPosting|SocialMediaPosting|WebPage|MedicalWebPage|Review|Recipe|HowTo)$/;

/** The node that describes the article itself (an *Article, else a WebPage). */
export function articleNode(nodes: JsonLdNode[]): JsonLdNode | undefined {
  const articles = nodes.filter((n) => types(n).some((t) => ARTICLE_TYPES.test(t)));
  return articles.find((n) => types(n).some((t) => /Article|Posting|Report/.test(t))) ?? articles[0];
}

export function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object' && '@value' in v) return str((v as JsonLdNode)['@value']);
  return null;
}

/** Person/Organization names from an author value: "X", {name}, [{name}, …]. */
export function names(v: unknown): string[] {
  if (!v) return [];
  if (typeof v === 'string') return [v.trim()].filter(Boolean);
  if (Array.isArray(v)) return v.flatMap(names);
  if (typeof v === 'object') {
    const n = (v as JsonLdNode).name;
    return typeof n === 'string' ? [n.trim()].filter(Boolean) : names(n);
  }
  return [];
}
