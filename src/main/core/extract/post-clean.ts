import { elementsWhere, linkDensity, normalizeSpace, textBefore, textOf } from './dom-utils';
import { MEDIA_LINK_CLASS } from './embeds';
import { dropNotices } from './post-clean-notices';
import { dropLabelledLinks, trimDanglingEnd } from './post-clean-tail';

/**
 * Cleaning after Readability: what it keeps of the chrome, found by structure and position.
 * Works on the fragment Readability returns (`container` holds the article).
 */

// Headings (or heading-like short blocks) that open a section which is not the article.
const END_SECTION =
  /^(related( (posts?|articles?|stories|content|reading|coverage|links|topics))?|check also|see also|also read|read (more|also|next)|more (from|on|in|about|stories|news)\b.*|more like this|you (may|might) (also )?(like|enjoy|be interested in)|recommended( for you| reading| stories)?|popular( posts| stories)?|most (read|popular|viewed)|trending( now)?|further reading|leave a (reply|comment)|post a comment|add a comment|join the (conversation|discussion)|\d+ (comments?|responses?|replies)|comments?( \(\d+\))?|responses|discussion|share( this( post| article| story)?)?( on)?|about the authors?|über (den|die) (autor|autorin|autoren|autorinnen)|zu(m|r) (autor|autorin)|à propos de l'auteur|sobre (el|la) autora?|sull'autore|(artikel|beitrag) bewerten|rate this (article|post|story)|valora esta noticia|about (us|me)|tags?|tagged|topics|filed under|newsletter|subscribe.*|sign up.*|lire aussi|à lire aussi|sur le même sujet|voir aussi|mehr zum thema( (auf|bei|von) \S+)?|lesen sie auch|auch interessant|das könnte sie (auch )?interessieren|weitere artikel|ähnliche artikel|kommentare?|leer más|relacionad[oa]s|te puede interesar|leggi anche|articoli correlati|das (thema )?könnte (dich|sie) (auch )?interessieren|(ähnliche|verwandte|weitere) (artikel|beiträge|themen)|((möchten|wollen) sie|(möchtest|willst) du) (den|diesen) (artikel|beitrag) teilen|(diesen )?(artikel|beitrag) teilen|(war|ist) (der|dieser) (artikel|beitrag|text) (nützlich|hilfreich)|(was|is) this (article|post|page) (helpful|useful)|did you (like|enjoy) this (article|post|story)|(latest|recent) (posts|news|articles|stories)|neueste (artikel|beiträge|nachrichten)|editor'?s picks|more (articles|posts|stories|news|videos)( (from|on|about|in)( \S+){1,3})?|mehr (aus|von) (der|dem|den|diesem|dieser)( \S+){1,5}|noch mehr (infos?|informationen|artikel|beiträge|news|themen)( \S+){0,3}|(mehr|weitere) (artikel|beiträge|nachrichten|news|videos)( (aus|von|zu|zum|zur)( \S+){1,3})?|weiterführende[rn]? (links?|artikel|informationen)|\d+ kommentare?|(presse)?kontakt|(press |media )?contacts?|(meist|am meisten)[- ]?(gelesen|diskutiert|geteilt|kommentiert)|schon gelesen|zum weiterlesen|(vorschau auf )?(den |the )?(nächsten|vorherigen|next|previous) (artikel|beitrag|post|article)|(nächster|vorheriger) (artikel|beitrag)|auch lesen|(le|te) puede(n)? interesar|puedes ver|czytaj (też|także|również)|przeczytaj (też|także|również)|meistgelesen(e)?( artikel| beiträge)?|temas relacionados|más noticias|lee también|notas relacionadas|plus d'articles|les plus lus|à lire également|vous aimerez aussi|articles similaires|dans la même rubrique|noticias relacionadas|(también )?te puede interesar|ti potrebbe interessare|potrebbe interessarti|(bild|foto)nachweise?|bildquellen?|(photo|image|picture) credits|(artikel|videos|beiträge|news|stories)( und (artikel|videos|beiträge|bilder))? zum thema|entdecke (weitere|mehr)( \S+){1,2}|discover more( \S+){0,2}|((hat )?(dir|ihnen) )?(der |dieser )?(artikel|beitrag) gefallen\?.{0,40}|читайте( также)?|смотрите также|по теме|(другие|похожие|последние) (статьи|новости|материалы|публикации)( (раздела|рубрики|по теме))?|комментари[иев]+|leia (também|mais)|veja também|(notícias|artigos|matérias) relacionad[oa]s|lees ook|meer (nieuws|artikelen)|gerelateerde (artikelen|berichten)|[iİ]lgili (haberler|yazılar)|diğer haberler|bunlar da ilginizi çekebilir|empfohlene (beiträge|artikel))\s*[:!?.]?$/i;

// One-line teaser paragraphs: "Related: <a>Another story</a>".
const TEASER_PREFIX =
  /^(related|read more|read also|also read|see also|more|recommended|lire aussi|à lire aussi|lesen sie auch|mehr zum thema|siehe auch|leggi anche|lee también|watch|listen)\s*[:»›|-]/i;

// Labels come dressed in punctuation: "- Anzeige -", "Advertisement:", "*Werbung*".
const AD_LABEL =
  /^[-–—*:|\s]*(advertisement|advertising|advertisements|ad|ads|sponsored( content)?|paid (content|post)|anzeige|werbung|publicité|publicidad|pubblicità|reklame|reklama|annonce|scroll to continue( with content)?|continue reading below|story continues below( advertisement)?|article continues below( advertisement)?)[-–—*:|\s]*$/i;

// The page's controls and empty states, left as text once their buttons are gone: a block that is
// nothing but one of them is never prose. Table-of-contents titles go too (their links already do).
const UI_LABEL =
  /^[([\s«‹←]*(no comments( yet)?|keine kommentare|noch keine (kommentare|bewertungen)|(einen )?kommentare? (schreiben|verfassen)|write a comment|load more|show more|mehr laden|lade weitere inhalte|weitere (inhalte|artikel) laden|bild anzeigen|show image|quellen (ausblenden|anzeigen|einblenden)|rezept drucken|print (this )?(recipe|article|page)|drukuj|imprimer|imprimir|stampa|externer inhalt|external content|(dieses? \S+ )?als pdf (herunterladen|speichern)|download (as )?pdf|inhaltsverzeichnis|table of contents|sommaire|índice|spis treści|(zum vergrößern|zur vergrößerung)( (bitte|auf das bild|hier))? (an)?klicken|click (here )?to enlarge|vergrößern|enlarge|quick ?view|schnellansicht|claps?|applaudi(re)?|aplaudir|applaudieren|(valora|puntúa) esta receta|rate this recipe|rezept bewerten|noter cette recette|valuta (questa|la) ricetta|oceń przepis|zurück|(go )?back|retour|volver|indietro|wstecz|permalink|permalien|enlace permanente|edit( source)?|(quelltext )?bearbeiten|modifier( le code)?|editar( código)?|modifica( wikitesto)?|edytuj( kod)?|править|\d+ (languages|sprachen|langues|idiomas|lingue|języków|языках?))[)\]\s:.!]*$/i;

// A metadata label whose value is gone ("Published:", "Von:") or a counter ("Aufrufe: 1120"): the
// page's furniture around the article, never a sentence of it.
const META_LABEL =
  /^(veröffentlicht( am)?|veröffentlichung|aktualisiert( am)?|aktualisierung|publiziert|erstellt( am)?|published( on)?|updated( on)?|posted( on| by)?|publié( le)?|mis à jour( le)?|publicado( el)?|actualizado( el)?|pubblicato( il)?|publikacja|aktualizacja|opublikowano|von|by|par|por|di|autor(in)?|author|kategorie|category|rubrik|(release |publication |news )?date|datum|erscheinungsdatum|fecha)\s*:?$/i;
const COUNTER =
  /^(aufrufe|zugriffe|views|hits|reads|visits|besucher|likes|shares|votes|stimmen|kommentare( insgesamt)?|comments|bewertungen|ratings|vues|commentaires|visitas|vistas|lecturas|comentarios|visualizzazioni|commenti|wyświetle\p{L}*|odsłon\p{L}*|komentarz\p{L}*|просмотр\p{L}*|комментари\p{L}*|görüntülenme|okunma|yorum\p{L}*)\s*:\s*[\d.,]+$|^(조회수?|댓글|阅读|閱讀|浏览|瀏覽|閲覧数?|просмотров)\s*:?\s*[\d.,]+$/iu;

// "1.2K", "3,4 M": a count as social buttons abbreviate it; a figure of prose keeps its unit or noun.
const SHORT_COUNT = /^\d+(?:[.,]\d+)?\s?(?:[Kk]|M)$/;
// "57 Likes", "12 Kommentare": a count with what it counts.
const NAMED_COUNT =
  /^\d[\d.,]*\s?(?:[Kk]|M)?\s(likes?|comments?|views|shares|replies|responses|kommentare?|aufrufe|antworten|commentaires|vues|réponses|comentarios|respuestas|visitas|commenti|risposte|komentarz\p{L}*|odpowiedzi)$/iu;

// "4,8 de 5 estrellas (126 valoraciones)", "Rating: 4.5/5": a score with its scale, as its own line.
const RATING =
  /^((rating|bewertung|valoración|note|voto|ocena)\s*:?\s*)?\d(?:[.,]\d+)?\s*(\/|de|von|of|out of|sur|su|na|z)\s*5(\s*(estrellas|sternen?|stars?|étoiles|stelle|gwiazd\p{L}*))?\s*(\(\s*[\d.,]+(\s+\p{L}+)?\s*\))?$/iu;

const SHARE_WORDS =
  /^(share|share this|share on|share via|share via email|tweet|facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|reddit|email|e-mail|print|copy link|copy|messenger|flipboard|threads|bluesky|mastodon|partager|teilen|compartir|condividi|[|·•,/\s-])+$/i;

const TAGS_PREFIX =
  /^(tags?|tagged( with| as)?|topics?|filed under|keywords|schlagworte|schlagwörter|mots-clés|étiquettes|etiquetas)\s*:/i;

const CREDIT =
  /^(photo(graph)?|image|imagen|picture|foto|fotografía|bild|bildquelle|illustration|credit|crédit|source|quelle|(beitrags|titel|aufmacher|symbol|header|vorschau|teaser)(bild|foto)|(bild|foto)nachweis|bildrechte)s?\s*((credit|photo)s?)?\s*[:©]|^(photo(graph)?|picture|image|foto)s? (by|von|de|par)\b|^©|\b(getty images|reuters|associated press|shutterstock|afp|dpa|epa|istock(photo)?|istock\.com|imago( images)?|picture alliance|adobe ?stock|unsplash)\b\s*$/i;

// Where a credit starts inside a caption's last line: "The pad at dawn. Photo: Reuters", "… © AFP".
const CREDIT_TAIL =
  /(?:^|[.!?)]\s+|\s)((?:photo(?:graph)?|image|imagen|picture|foto|fotografía|bild|bildquelle|credit|crédit|quelle)s?\s*(?:(?:credit|photo)s?)?\s*:|©)/i;

// "AFP / Jane Doe", "Agency/Photographer": the credit line of a caption, never a sentence.
const SLASH_CREDIT =
  /^[\p{Lu}][\p{L}.&'-]*(?: [\p{L}.&'-]+){0,3} ?\/ ?[\p{L}][\p{L}.'-]*(?: [\p{L}.'-]+){0,3}$/u;

// The words of a plea to subscribe, to follow the publisher's accounts or to install its app, in the
// corpus's main languages.
const SUBSCRIBE =
  /\b(subscribe|subscribers?|subscription|newsletter|abonnieren|abonnement|abonniere|abonnez|abonnement|suscríbete|suscribirse|suscripción|iscriviti|abbonati|zapisz się|prenumerat)|\bfollow\b.{0,40}\b(on|via) (twitter|facebook|instagram|x|linkedin|tiktok|youtube|whatsapp|telegram)\b|\bfolg(en sie|t|e) uns\b|síguenos|suivez-nous|\bapps?\b.{0,60}\b(ios|android|app store|google play)\b/i;

// The link that closes a teaser's excerpt.
const READ_ON =
  /^[»›>…\s]*(read more|read on|continue reading|more|weiterlesen|mehr lesen|mehr|zum artikel|lire la suite|lire plus|leer más|seguir leyendo|leggi (di più|tutto)|czytaj (więcej|dalej))[\s»›>…]*$/i;

// The publisher's rights notice closing the text.
const RIGHTS =
  /all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|wszelkie prawa zastrzeżone|все права защищены|tüm hakları saklıdır|무단\s?전재|재배포 금지|転載を禁じ|無断転載|版权所有|版權所有|^(©|copyright\b)/i;

// The comment form's notice to those not logged in.
const LOGIN_TO_COMMENT =
  /\b(must|need to) be (logged|signed) in to (post|leave|write|add) a comment|(eingeloggt|angemeldet|registriert) sein,? um .{0,30}(kommentar|zu kommentieren)/i;

// A line of short pieces between separators: "Views: 120 | Added by: X | Tags: a, b", "IMPRESSUM |
// DATENSCHUTZ | © 2024". Chrome when one piece is a label, a count, a date or a legal link.
const SEPARATED = /\s[|•·]\s|\s?\|\s?/;
const CHROME_PIECE =
  /^[\p{L} ]{2,25}\s?:|^\d+ (comments?|kommentare?|views|aufrufe|likes|shares|responses|replies)$|^(impressum|datenschutz(erklärung)?|privacy( policy)?|imprint|terms( of (use|service))?|agb|kontakt|contact|cookies?|copyright\b.*|©.*|sitemap|disclaimer|haftungsausschluss)$/iu;

function isChromeLine(t: string): boolean {
  const pieces = t
    .split(SEPARATED)
    .map((p) => p.trim())
    .filter(Boolean);
  if (pieces.length < 3 || pieces.some((p) => p.length > 40 || /[.!?]$/.test(p))) return false;
  return pieces.some((p) => CHROME_PIECE.test(p) || isDateLine(p));
}

/**
 * Metadata labels left without their value, star ratings and abbreviated counts: on a line of their
 * own, never inside a sentence ("a book <b>by</b> her mother", "<b>4 out of 5</b> doctors", "the
 * <b>5K</b> run"). Counters wherever they stand: a label with its count ("Views: 120") is never
 * words of a sentence, and a meta row's other pieces (a name, a date) must not keep it.
 */
function isMetaLabel(el: Element, t: string): boolean {
  if (t.length > 40) return false;
  if (COUNTER.test(t)) return true;
  if (!(META_LABEL.test(t) || RATING.test(t) || SHORT_COUNT.test(t) || NAMED_COUNT.test(t))) return false;
  return !(INLINE.test(el.tagName) && inRunningText(el, t));
}

const LINE_TAGS = new Set(['P', 'DIV', 'SPAN', 'TD']);

/** A line of metadata or legal links between separators, as its own block. */
function isSeparatedChrome(el: Element, t: string): boolean {
  if (t.length >= 250 || !/[|•·]/.test(t) || !LINE_TAGS.has(el.tagName)) return false;
  if (el.getElementsByTagName('p').length || el.getElementsByTagName('div').length) return false;
  return !el.getElementsByTagName('td').length && isChromeLine(t);
}

// "Home » Articles » Gear": links joined by arrows, the page's place in its site, written without
// breadcrumb markup on older and hand-made sites. The current page may close it unlinked.
const TRAIL_ARROW = /[»›→]|\s>\s/;
const TRAIL_GLUE = /^[\s»›→>/|]*$/;

/** The text of `el` outside its links. */
function unlinkedText(el: Element): string {
  let out = '';
  for (const n of el.childNodes) {
    if (n.nodeType === 3) out += n.textContent ?? '';
    else if (n.nodeType === 1 && (n as Element).localName !== 'a') out += unlinkedText(n as Element);
  }
  return out;
}

function isLinkTrail(el: Element, t: string): boolean {
  if (t.length > 200 || !TRAIL_ARROW.test(t) || el.getElementsByTagName('a').length < 2) return false;
  if (el.querySelector('p, div, li, img')) return false;
  const rest = unlinkedText(el);
  const cut = Math.max(
    rest.lastIndexOf('»'),
    rest.lastIndexOf('›'),
    rest.lastIndexOf('→'),
    rest.lastIndexOf('>'),
  );
  const current = normalizeSpace(rest.slice(cut + 1));
  return TRAIL_GLUE.test(rest.slice(0, cut + 1)) && current.length <= 100 && !/[.!?]$/.test(current);
}

const ADDRESS = /^(https?:\/\/|www\.)\S+$|^[^\s@]+@[^\s@]+\.\w+$/i;

const BLOCK =
  'p, div, section, ul, ol, dl, table, figure, blockquote, pre, h1, h2, h3, h4, h5, h6, header, footer, aside';
const LABELS = BLOCK + ', span, strong, b, dt, label';

const tagSets = new Map<string, Set<string>>();

/**
 * The elements of `root` with one of the tags in the selector-style list `tags`, in document
 * order: a TreeWalker with a set lookup, as jsdom's selector engine is slow on selector lists.
 */
function byTags(root: Element, tags: string): Element[] {
  let set = tagSets.get(tags);
  if (!set) tagSets.set(tags, (set = new Set(tags.split(/,\s*/))));
  const wanted = set;
  return elementsWhere(root, (el) => wanted.has(el.localName));
}

/** A short block whose whole text is a section label: a heading, or a bold line, or a styled div. */
function isSectionLabel(el: Element, t: string): boolean {
  if (!t || t.length > 60 || el.querySelector('a, img')) return false;
  // The "Read more" that closes a teaser inside its link heads no section: the teaser goes below.
  if (READ_ON.test(t) && el.closest('a[href]')) return false;
  if (/^H[1-6]$/.test(el.tagName)) return true;
  // A bold word inside a sentence ("<b>Discussion</b> of the results…") is prose, not a label.
  if (INLINE.test(el.tagName) && inRunningText(el, t)) return false;
  // The innermost element carrying the label, not every wrapper around it.
  return ![...el.children].some((c) => textOf(c) === t);
}

const INLINE = /^(SPAN|STRONG|B|EM|I|U|SMALL|MARK|CODE|ABBR|CITE|Q|SUB|SUP|TIME)$/;

/** True when words (not links, as in "Related: <a>…</a>") run on either side of an inline element. */
function inRunningText(el: Element, t: string): boolean {
  let line = el;
  while (line.parentElement && INLINE.test(line.parentElement.tagName) && textOf(line.parentElement) === t)
    line = line.parentElement;
  const runsOn = (start: ChildNode | null, next: (n: ChildNode) => ChildNode | null): boolean => {
    for (let n = start; n; n = next(n)) {
      if (n.nodeType === 3) {
        if (/[\p{L}\p{N}]/u.test(n.textContent ?? '')) return true;
        continue;
      }
      return n.nodeType === 1 && INLINE.test((n as Element).tagName) && !!textOf(n as Element);
    }
    return false;
  };
  return (
    runsOn(line.previousSibling, (n) => n.previousSibling) || runsOn(line.nextSibling, (n) => n.nextSibling)
  );
}

/** A link that is "Read more", or a teaser's headline closed by one inside the link. */
function endsInReadOn(a: Element): boolean {
  if (READ_ON.test(textOf(a))) return true;
  const last = a.lastElementChild;
  return !!last && READ_ON.test(textOf(last)) && textOf(a).endsWith(textOf(last));
}

/** Removes `el` and everything after it, up to `root`. */
function truncateFrom(root: Element, el: Element): void {
  let node: Element | null = el;
  while (node && node !== root) {
    while (node.nextSibling) node.nextSibling.remove();
    const parent: Element | null = node.parentElement;
    if (node === el) node.remove();
    node = parent;
  }
}

/** Right after an image (or a block holding only an image): where a caption or its credit sits. */
function afterImage(el: Element): boolean {
  // The credit may follow the caption line, so up to two siblings back.
  let prev = el.previousElementSibling;
  for (let back = 0; prev && back < 2; back++, prev = prev.previousElementSibling) {
    if (prev.tagName === 'IMG' || (!!prev.querySelector('img') && !textOf(prev))) return true;
  }
  return false;
}

/** The caption text with its wrapping: "(© AFP)" and ". Imagen: X" read as "© AFP" and "Imagen: X". */
const bare = (t: string): string => t.replace(/^[\s.,;:–—(-]+|[\s)]+$/g, '');

/**
 * Cuts a credit that ends a caption ("The pad at dawn. Photo: Reuters"): the credit's own text node
 * from its label on, and any link or markup after it in the same line.
 */
function cutCreditTail(el: Element): void {
  const nodes = [...el.childNodes];
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    if (node.nodeType !== 3) continue;
    const text = node.textContent ?? '';
    const m = CREDIT_TAIL.exec(text);
    if (!m) continue;
    const start = m.index + m[0].length - m[1]!.length;
    let tail = text.slice(start);
    for (const after of nodes.slice(i + 1)) tail += after.textContent ?? '';
    // A credit is a name or two; a longer run is the caption's own prose.
    // …and never a sentence of its own ("The photo: a man on the roof.").
    const credit = normalizeSpace(tail);
    if (credit.length > 60 || start === 0 || /[.!?]$/.test(credit)) return;
    node.textContent = text.slice(0, start).replace(/\s+$/, '');
    for (const after of nodes.slice(i + 1)) after.remove();
    return;
  }
}

// Words that may stand around a date in a dateline: labels, weekdays, months, clock words.
const DATE_WORDS = new RegExp(
  '^(?:' +
    [
      'veröffentlicht',
      'publiziert',
      'aktualisiert',
      'erstellt',
      'zuletzt',
      'geändert',
      'stand',
      'am',
      'um',
      'uhr',
      'published',
      'updated',
      'posted',
      'last',
      'modified',
      'on',
      'at',
      'am',
      'pm',
      'publié',
      'mis',
      'à',
      'jour',
      'le',
      'publicado',
      'actualizado',
      'el',
      'pubblicato',
      'aggiornato',
      'il',
      'opublikowano',
      'de',
      'del',
      'of',
      'the',
      '(?:mon|tues|wednes|thurs|fri|satur|sun)day',
      '(?:mon|tue|wed|thu|fri|sat|sun)',
      '(?:mon|diens|donners|frei|sams|sonn)tag',
      'mittwoch',
      'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
      'lunes|martes|miércoles|jueves|viernes|sábado|domingo',
      'jan(?:uar|uary|vier)?',
      'feb(?:ruar|ruary)?|févr(?:ier)?',
      'mär(?:z)?|mar(?:ch|s)?',
      'apr(?:il)?|avr(?:il)?',
      'mai|may',
      'jun(?:e|i)?|juin',
      'jul(?:y|i)?|juil(?:let)?',
      'aug(?:ust)?|août',
      'sep(?:t|tember|tembre)?',
      'okt(?:ober)?|oct(?:ober|obre)?',
      'nov(?:ember|embre)?',
      'dez(?:ember)?|dec(?:ember)?|déc(?:embre)?',
      'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre',
      'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre',
      'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia',
      // Turkish, Russian, Korean, Chinese and Japanese date labels and months.
      'güncelleme|güncellendi|yayınlanma|yayınlandı|tarihi|yayın',
      'ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık',
      'опубликовано|обновлено|дата|публикации',
      'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря',
      '입력|수정|등록|기사입력|최종수정|승인',
      '发布|發佈|发布时间|更新|更新时间|时间|時間|日期|公開|更新日|公開日|投稿日',
    ].join('|') +
    ')$',
  'iu',
);

// Date, time, fractions of seconds and zone of an ISO timestamp; the date alone is left to count.
const ISO_STAMP = /\b(\d{4}-\d\d-\d\d)(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?\b/gi;

/**
 * A line that is only a date or a time, with at most a label ("Updated on 3 May 2021, 14:05"): the
 * article's metadata, shown by the reader elsewhere, never a sentence of its body.
 */
export function isDateLine(t: string): boolean {
  if (t.length > 60 || !/\d/.test(t)) return false;
  // A machine timestamp printed as is: "2021-04-29 17:13:04.031886+02:00".
  t = t.replace(ISO_STAMP, '$1');
  let numbers = 0;
  let named = false;
  for (const word of t.split(/[\s,.:：/|–—-]+/)) {
    if (!word) continue;
    if (/^\d{1,4}(?:st|nd|rd|th|h)?$/i.test(word)) numbers++;
    else if (DATE_WORDS.test(word)) named ||= !/^(am|um|on|at|le|el|il|de|del|of|the)$/i.test(word);
    else return false;
  }
  // A lone year is a heading in a timeline; a date has a day and a month, or a time.
  return numbers >= 2 || (numbers === 1 && named && !/^\d{4}$/.test(t.trim()));
}

// "Kategorie: News", "Category : Press Releases": the section a post is filed in, by the dateline.
const CATEGORY_LINE =
  /^(kategorien?|category|categories|rubrik|ressort|catégorie|categoría|categoria|kategoria)\s?:\s?[^.!?:]{1,30}$/i;

/**
 * A date and one short label between separators, "12.03.2021 | Politik", "2021-10-16 | News": the
 * dateline of a post with its section or author, as its own block. A sentence never splits so.
 */
function isDatedLabelLine(el: Element, t: string): boolean {
  if (t.length > 60 || !LINE_TAGS.has(el.tagName) || el.querySelector('p, div')) return false;
  const pieces = t.split(/\s[|•·]\s/).map((p) => p.trim());
  if (pieces.length !== 2) return false;
  const [first, second] = pieces as [string, string];
  const [date, label] = isDateLine(first) ? [first, second] : [second, first];
  return isDateLine(date) && /^[\p{L}][\p{L}&' -]{0,24}$/u.test(label) && label.split(' ').length <= 3;
}

/** The lines of a block broken by <br>, each with its whitespace collapsed. */
function brLines(el: Element): string[] {
  const lines = [''];
  for (const n of el.childNodes) {
    if (n.nodeName === 'BR') lines.push('');
    else lines[lines.length - 1] += n.textContent ?? '';
  }
  return lines.map(normalizeSpace).filter(Boolean);
}

/** "24.01.2022 11:38<br>Kategorie: News": a block of lines that are each a date or the section. */
function isDatelineBlock(el: Element): boolean {
  if (!el.getElementsByTagName('br').length || textOf(el).length > 100) return false;
  const lines = brLines(el);
  return (
    lines.length >= 2 &&
    lines.some((l) => isDateLine(l)) &&
    lines.every((l) => isDateLine(l) || CATEGORY_LINE.test(l) || META_LABEL.test(l))
  );
}

// "Lesezeit: 3 Minuten", "5 min read", "Estimated reading time: 6 minutes": the reader shows its own.
const READING_TIME =
  /^((geschätzte |estimated )?(lesezeit|lesedauer|reading time|read time|temps de lecture|tiempo de lectura|tempo di lettura|czas czytania)( von| of)?\s?:?\s?(ca\.|etwa|about|~)?\s?(\d+|weniger als \d+|less than \d+)\s?(min\.?|minutes?|minuten|minuti|minutos)|\d+\s?(min\.?|minutes?|minuten|minuti|minutos) (de )?(read|lesezeit|lesen|lectura|lettura|de lecture)|ten tekst przeczytasz .{1,30})$/i;

/** The article's metadata on a line of its own: a dateline, the section filed under, a reading time. */
function isEdgeMetadata(el: Element, t: string): boolean {
  return (
    isDateLine(t) ||
    isDatedLabelLine(el, t) ||
    CATEGORY_LINE.test(t) ||
    READING_TIME.test(t) ||
    isDatelineBlock(el)
  );
}

function keepsMedia(el: Element): boolean {
  return (
    !!el.querySelector('img, picture, video, audio, table, pre, code') ||
    el.matches('figure, table, pre') ||
    // An embedded player, written out as a link to its media: all link, and all content.
    el.classList.contains(MEDIA_LINK_CLASS) ||
    el.getElementsByClassName(MEDIA_LINK_CLASS).length > 0
  );
}

export function postClean(root: Element): void {
  const total = textOf(root).length;

  // 1. An end-of-article section heading ("Related posts", "Leave a Reply"): cut from it to the end,
  //    once we are past most of the article; before that, drop only its own small box.
  for (const el of byTags(root, LABELS)) {
    if (!root.contains(el)) continue;
    const t = textOf(el);
    if (!END_SECTION.test(t) || !isSectionLabel(el, t)) continue;
    const before = textBefore(root, el);
    if (before >= total * 0.6) {
      truncateFrom(root, el);
    } else {
      let box = el.parentElement;
      // Climb out of inline wrappers to the box that holds the label and its links.
      while (box && box !== root && textOf(box) === t) box = box.parentElement;
      if (box && box !== root && textOf(box).length < 600 && linkDensity(box) > 0.3) box.remove();
      else el.remove();
    }
  }

  // The labels the main pass below does not visit (it checks blocks and spans the same way).
  for (const el of byTags(root, 'strong, b, dt, label')) {
    if (root.contains(el) && isMetaLabel(el, textOf(el))) el.remove();
  }
  // Old layouts hold a line of metadata in a table cell of its own.
  for (const el of byTags(root, 'td')) {
    if (root.contains(el) && isSeparatedChrome(el, textOf(el))) el.remove();
  }

  // An excerpt that ends in "Read more" is the teaser of another page: the article itself never
  // sends the reader away to read on.
  for (const a of byTags(root, 'a').filter((a) => a.hasAttribute('href'))) {
    if (!root.contains(a) || !endsInReadOn(a)) continue;
    const block = a.closest('p, div, li, figure');
    if (!block || block === root || !root.contains(block) || textOf(block).length > 500) continue;
    if (textOf(block).endsWith(textOf(a))) block.remove();
  }

  for (const el of byTags(root, BLOCK + ', span, a, small, em')) {
    if (!root.contains(el)) continue;
    const t = textOf(el);
    if (!t) {
      if (!keepsMedia(el) && !el.querySelector('br, hr') && el.tagName !== 'TD') el.remove();
      continue;
    }
    if (
      AD_LABEL.test(t) ||
      (t.length < 120 && SHARE_WORDS.test(t) && el.tagName !== 'A') ||
      (t.length < 60 && UI_LABEL.test(t)) ||
      (t.length < 200 && LOGIN_TO_COMMENT.test(t)) ||
      (el.tagName !== 'A' && isMetaLabel(el, t)) ||
      isSeparatedChrome(el, t) ||
      (LINE_TAGS.has(el.tagName) && isLinkTrail(el, t))
    ) {
      el.remove();
      continue;
    }
    if (
      el.matches('p, div, li, ul, span, section') &&
      t.length < 300 &&
      (TAGS_PREFIX.test(t) || (TEASER_PREFIX.test(t) && linkDensity(el) > 0.4))
    ) {
      el.remove();
      continue;
    }
    // Link lists and teaser boxes: mostly links, little prose.
    if (el.matches('ul, ol, div, section, p, table') && !keepsMedia(el)) {
      const links = el.getElementsByTagName('a').length;
      const ld = linkDensity(el);
      if (links >= 3 && ld > 0.7 && t.length < 2000) el.remove();
      // A paragraph that is one written-out address (a URL, an e-mail) is a reference the author gave.
      else if (
        links >= 1 &&
        ld > 0.9 &&
        t.length < 200 &&
        el.tagName !== 'LI' &&
        !el.closest('li') &&
        !(el.tagName === 'P' && links === 1 && ADDRESS.test(t))
      )
        el.remove();
    }
  }

  // Photo credits that sit on their own, outside a caption's prose; a caption that is only a credit goes whole.
  for (const el of byTags(root, 'p, span, small, div, figcaption, cite')) {
    const t = bare(textOf(el));
    if (!t || t.length >= 100 || el.children.length > 1) continue;
    const inCaption = el.matches('figcaption') || !!el.closest('figure, figcaption') || afterImage(el);
    // A caption's own sentence may end in its credit ("The pad at dawn. Photo: Reuters"): only the credit goes.
    const whole = !el.matches('figcaption') || (t.length < 60 && !/[.!?]\s/.test(t));
    if (whole && CREDIT.test(t)) el.remove();
    else if (t.length <= 50 && SLASH_CREDIT.test(t) && inCaption) el.remove();
    else if (inCaption && el.matches('p, figcaption, span, small')) cutCreditTail(el);
  }

  // A closing call to subscribe ("Subscribe to our newsletter", "To read on, subscribe"): short, at
  // the very end, and about subscribing; a news story's last paragraph is never that short plea.
  for (const el of byTags(root, 'p, div')) {
    if (!root.contains(el) || el.querySelector('p, div')) continue;
    const t = textOf(el);
    if (t.length > 200 || !(SUBSCRIBE.test(t) || RIGHTS.test(t))) continue;
    if (textBefore(root, el) + t.length >= total * 0.85) el.remove();
  }

  dropNotices(root);

  // Datelines, timestamps and the section filed under, on their own line, at the start or the end of
  // the article: a date inside the body ("On 9 November 1989") is part of a sentence and never matches.
  for (const el of byTags(root, 'p, div, span, time, small')) {
    if (!root.contains(el) || el.querySelector('p, div, img')) continue;
    const t = textOf(el);
    if (!isEdgeMetadata(el, t)) continue;
    const before = textBefore(root, el);
    if (before > total * 0.2 && before + t.length < total * 0.8) continue;
    const line = el.parentElement;
    el.remove();
    // "Veröffentlicht: <time>…</time>": the label goes with its date.
    if (line && line !== root && root.contains(line) && isMetaLabel(line, textOf(line))) line.remove();
  }

  dropLabelledLinks(root);
  // Last, once the boxes of links and teasers are gone: the titles and labels they leave at the end.
  trimDanglingEnd(root);

  // Empty wrappers left behind.
  for (const el of byTags(root, 'div, section, span, p, ul, ol, li').reverse()) {
    if (root.contains(el) && !textOf(el) && !keepsMedia(el) && !el.querySelector('br, hr')) el.remove();
  }
}
