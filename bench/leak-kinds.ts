/**
 * A rough grouping of leaked boilerplate snippets by kind, to show which chrome the extractor
 * still keeps. Keyword lists cover the corpus's main languages (German, English, French, Spanish,
 * Italian, Polish); anything they miss falls back to a shape rule (short label / title / other).
 */

export type LeakKind =
  | 'date/time'
  | 'share/social'
  | 'newsletter/subscribe'
  | 'comment'
  | 'related/teaser'
  | 'image credit'
  | 'author bio'
  | 'navigation/menu'
  | 'footer/legal'
  | 'ad'
  | 'rating/views/counts'
  | 'other';

interface Rule {
  kind: LeakKind;
  test: (s: string) => boolean;
}

const MONTH =
  '(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|janv|févr|mars|avr|juin|juil|août|sept|déc|enero|marzo|abril|mayo|junio|julio|agosto|octubre|noviembre|diciembre)\\p{L}*';
const DATE_TIME = new RegExp(
  [
    '\\d{1,2}\\.\\s?\\d{1,2}\\.(?:\\d{2,4})?',
    '\\d{4}-\\d{2}-\\d{2}',
    '\\d{1,2}/\\d{1,2}/\\d{2,4}',
    '\\b\\d{1,2}:\\d{2}\\b',
    `\\b\\d{1,2}\\.?\\s+${MONTH}`,
    `\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
    `\\b${MONTH}\\s+\\d{4}`,
    '\\buhr\\b',
    '\\bvor\\s+\\d+\\s+(?:min|std|stunde|tag|woche|monat|jahr)',
    '\\d+\\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\\s+ago',
    '(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
    'veröffentlicht|published|aktualisiert|updated|posted on|erstellt am|stand:|publié le|mis à jour',
  ].join('|'),
  'iu',
);

const kw = (pattern: string): ((s: string) => boolean) => {
  const re = new RegExp(pattern, 'iu');
  return (s) => re.test(s);
};

const isImageCredit = kw(
  '\\b(?:fotos?|photos?|bild|bilder|bildquellen?|image|images|abbildung|grafik|illustration)\\b|picture alliance|getty|imago|\\bdpa\\b|reuters|\\bafp\\b|\\bap photo|shutterstock|istock|adobe ?stock|unsplash|\\bcredits?\\b|quelle:|^[\\p{L} .-]{2,40}/\\s?[\\p{L} .-]{2,40}$',
);

const RULES: readonly Rule[] = [
  {
    kind: 'image credit',
    test: (s) => isImageCredit(s) && s.length <= 120,
  },
  {
    kind: 'footer/legal',
    test: kw(
      'impressum|datenschutz|privacy|cookie|\\bagb\\b|nutzungsbedingungen|terms of (?:use|service)|all rights reserved|alle rechte|copyright|©|mentions légales|haftungsausschluss|disclaimer|gmbh|co\\. kg|chroniony prawem|reproduction of material|creative commons|akismet|barrierefreiheit|accessibility',
    ),
  },
  {
    kind: 'ad',
    test: kw(
      '\\banzeige\\b|werbung|advertis|\\bads?\\b|sponsor|gesponsert|patrocinad|publicité|pubblicità|reklama|\\bpromo|purchase through links|affiliate|partnerangebot|provision',
    ),
  },
  {
    kind: 'newsletter/subscribe',
    test: kw(
      'newsletter|abonn|\\babo\\b|abo-|subscri|subskryp|suscr|sign up|signup|registrier|register|kostenlos|free articles|log ?in\\b|eingeloggt|anmelden|anmeldung|premium|spende|donat|cancela cuando|no spam|\\brss\\b|download|e-paper|epaper|plus-artikel|paywall|weiterlesen mit|gib deine e-mail|enter your e-?mail',
    ),
  },
  {
    kind: 'share/social',
    test: kw(
      'share|teilen|\\bteile\\b|tweet|twitter|twittern|facebook|whatsapp|pinterest|linkedin|\\bxing\\b|instagram|tumblr|reddit|telegram|youtube|mastodon|flipboard|follow us|folge(?:n sie)? uns|síguenos|suivez|seguici|e-mail senden|per e?-?mail|drucken|\\bprint\\b|imprimer|merken|bookmark',
    ),
  },
  {
    kind: 'rating/views/counts',
    test: (s) =>
      /^\s*(?:\d+|\d{1,3}(?:[.,]\d{3})+)\s*$/u.test(s) ||
      /\d[\d.,]*\s*(?:kommentare?|comments?|views?|aufrufe|likes?|mal gelesen|leser|shares?|reads?|votes?|stimmen|antworten|replies|bewertung|sterne|stars)/iu.test(
        s,
      ) ||
      /bewert|rating|\bsterne\b|\bstars?\b|useful|hilfreich|gefällt|\bvotes?\b/iu.test(s),
  },
  {
    kind: 'comment',
    test: kw(
      'comment|kommentar|kommentier|leave a reply|hinterlasse|antwort|\\breply\\b|diskussion|discussion|commentaire|commento|comentario|was denkst du|conversation|leserbrief|e-mail-adresse wird nicht|email address will not|adresse e-mail ne sera|^name\\s*\\*|required fields|pflichtfeld|forum|zahlenfolge|captcha|spam',
    ),
  },
  {
    kind: 'author bio',
    test: kw(
      'über (?:den|die) autor|about the author|\\bautor(?:in)?\\b|\\bauthor\\b|redakteur|journalist|geboren|studierte|arbeitet (?:als|seit)|is a (?:writer|journalist|reporter|freelance)|ich bin\\b|\\binterview [\\p{Lu}]{2,}|korrespondent|correspondent|\\beditor\\b|contributor|anwalt|\\bvon [\\p{Lu}][\\p{L}]+ [\\p{Lu}][\\p{L}]+$',
    ),
  },
  {
    kind: 'related/teaser',
    test: kw(
      'related|verwandt|auch interessant|das könnte|you (?:might|may) also|might like|read more|read next|weiterlesen|mehr lesen|lesen sie (?:auch|mehr)|schon gelesen|mehr zum thema|mehr aus|more from|more on|more stories|mehr (?:news|artikel|beiträge|kolumnen|interessantes|videos|themen)|noch mehr|neueste|neue beiträge|latest|most (?:popular|read|viewed)|meistgelesen|meist gelesen|viel gelesen|am häufigsten|beliebt|popular|top \\d|top-|empfehl|recommended|à découvrir|à lire|temas relacionados|check also|trending|weitere|further reading|see also|siehe auch|ähnliche|similar|themenrelevant|videos?\\b',
    ),
  },
  {
    kind: 'navigation/menu',
    test: kw(
      '^(?:home|startseite|menü|menu|navigation|suche|search|kontakt|contact|über uns|about(?: us)?|nach oben|back to top|zurück|weiter|next|previous|vorherige|nächste|sitemap|kategorien?|categor(?:y|ies)|tags?|markiert mit|abgelegt unter|schlagw(?:o|ö)rte?|themen|ressorts?|aktuell(?:es)?|nachrichten|news|veranstaltungen|termine|service|archiv|archive|blog|startseite)\\b|^(?:kategorie|category|tags?|schlagwörter|abgelegt unter|markiert mit|filed under|posted in|veröffentlicht in)|[»›|]|\\s>\\s',
    ),
  },
  {
    kind: 'date/time',
    test: (s) => s.length <= 80 && DATE_TIME.test(s),
  },
];

const wordCount = (s: string): number => s.split(/\s+/u).filter(Boolean).length;

/** The fallback when no keyword rule fires: short labels are menu items, title-like lines teasers. */
function kindByShape(s: string): LeakKind {
  const words = wordCount(s);
  if (words <= 2 && s.length <= 40) return 'navigation/menu';
  const titleLike = /^[\p{Lu}\p{N}"“„«'‘]/u.test(s) && words <= 20 && s.length <= 160;
  return titleLike ? 'related/teaser' : 'other';
}

export function classifyLeak(snippet: string): LeakKind {
  const s = snippet.replace(/\s+/gu, ' ').trim();
  return RULES.find((r) => r.test(s))?.kind ?? kindByShape(s);
}

export interface LeakKindCount {
  kind: LeakKind;
  count: number;
  /** Distinct leaked snippets of this kind, most frequent first. */
  examples: string[];
}

/** Counts leaked snippets by kind, most frequent kind first. */
export function aggregateLeakKinds(leaks: readonly string[], maxExamples = 6): LeakKindCount[] {
  const byKind = new Map<LeakKind, Map<string, number>>();
  for (const leak of leaks) {
    const kind = classifyLeak(leak);
    const snippets = byKind.get(kind) ?? new Map<string, number>();
    snippets.set(leak, (snippets.get(leak) ?? 0) + 1);
    byKind.set(kind, snippets);
  }
  return [...byKind.entries()]
    .map(([kind, snippets]) => ({
      kind,
      count: [...snippets.values()].reduce((a, b) => a + b, 0),
      examples: [...snippets.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, maxExamples)
        .map(([snippet]) => snippet),
    }))
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
}
