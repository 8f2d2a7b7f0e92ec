import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { normalizeSpace } from './dom-utils';
import { isDateLine, postClean } from './post-clean';

const doc = new JSDOM('').window.document;

function clean(html: string): { root: HTMLDivElement; text: string } {
  const root = doc.createElement('div');
  root.innerHTML = html;
  postClean(root);
  return { root, text: normalizeSpace(root.textContent) };
}

const para = (n: number, words = 40): string =>
  `<p>Paragraph ${n} of the article ${'carries on with ordinary prose about the subject '.repeat(words / 8)}and ends here.</p>`;
const body = (from: number, to: number): string =>
  Array.from({ length: to - from + 1 }, (_, i) => para(from + i)).join('');

describe('postClean', () => {
  it('removes an "Advertisement" / "Anzeige" label block', () => {
    const { text } = clean(
      `${para(1)}<div>Advertisement</div>${para(2)}<p class="x"><span>ANZEIGE</span></p>${para(3)}<div>Story continues below advertisement</div>`,
    );
    expect(text).not.toMatch(/Advertisement|Anzeige|continues below/i);
    expect(text).toContain('Paragraph 1');
    expect(text).toContain('Paragraph 3');
  });

  it('removes ad labels dressed in punctuation', () => {
    const { text } = clean(`${para(1)}<p>- Anzeige -</p><div>Advertisement:</div>${para(2)}`);
    expect(text).not.toMatch(/Anzeige|Advertisement/);
    expect(text).toContain('Paragraph 2');
  });

  it('keeps a paragraph that is one written-out address, but not a one-link teaser line', () => {
    const { text } = clean(
      `${body(1, 3)}<p><a href="https://example.org/petition">https://example.org/petition</a></p>
      <p><a href="mailto:desk@example.org">desk@example.org</a></p><p><a href="/other">Another story you may like</a></p>${body(4, 5)}`,
    );
    expect(text).toContain('https://example.org/petition');
    expect(text).toContain('desk@example.org');
    expect(text).not.toContain('Another story');
  });

  it("keeps a paragraph wrapped in a named anchor (<a name>, no href), which links nowhere, but not a script's link", () => {
    const { text } = clean(
      `${body(1, 3)}<p><a name="faq">One of the questions listeners ask most: what does the professor say?</a></p>` +
        `<p><a class="btn-more">More recipes like this one</a></p>${body(4, 5)}`,
    );
    expect(text).toContain('what does the professor say?');
    // An <a> with neither href nor name is a script's link.
    expect(text).not.toContain('More recipes like this');
  });

  it('keeps a sentence that merely mentions advertising', () => {
    const { text } = clean(`${para(1)}<p>Advertisement revenue fell by a third last year.</p>`);
    expect(text).toContain('Advertisement revenue fell by a third last year.');
  });

  it('cuts everything after a "Related posts" heading that follows most of the text', () => {
    const { text } = clean(
      `<section>${body(1, 5)}<h2>Related posts</h2><ul><li><a href="https://x/1">Another story</a></li></ul></section><p>Trailing teaser text.</p>`,
    );
    expect(text).toContain('Paragraph 5');
    expect(text).not.toContain('Related posts');
    expect(text).not.toContain('Another story');
    expect(text).not.toContain('Trailing teaser text');
  });

  it('cuts from a late "Leave a Reply" or "3 Comments" heading', () => {
    expect(
      clean(`${body(1, 4)}<h3>Leave a Reply</h3><p>Your email address will not be published.</p>`).text,
    ).not.toContain('email address');
    expect(clean(`${body(1, 4)}<h3>3 Comments</h3><p>Great article, thanks!</p>`).text).not.toContain(
      'Great article',
    );
  });

  it('cuts from late multilingual end-of-article headings, punctuation included', () => {
    for (const heading of [
      'Das könnte Sie auch interessieren!',
      'Was this article helpful?',
      'Diesen Artikel teilen:',
      'Другие статьи раздела:',
      'Читайте также',
      'Leia também',
      'Lees ook:',
      'İlgili Haberler',
      'Empfohlene Beiträge',
    ]) {
      const { text } = clean(
        `${body(1, 6)}<h3>${heading}</h3><p><a href="/x">Another story</a> and a line.</p>`,
      );
      expect(text).not.toContain(heading);
      expect(text).not.toContain('Another story');
      expect(text).toContain('Paragraph 6');
    }
  });

  it('drops only the small link box of a "Related posts" heading early in the article', () => {
    const { text } = clean(
      `${para(1)}<div><h3>Related posts</h3><a href="https://x/a">Teaser one</a> <a href="https://x/b">Teaser two</a></div>${body(2, 6)}`,
    );
    expect(text).not.toContain('Related posts');
    expect(text).not.toContain('Teaser one');
    expect(text).toContain('Paragraph 1');
    expect(text).toContain('Paragraph 6');
  });

  it('does not treat a bold word inside a sentence as a section heading', () => {
    const html = `${body(1, 4)}<p><strong>Discussion</strong> of the results takes up the final part of the paper.</p>${para(5)}`;
    const { text } = clean(html);
    expect(text).toContain('Discussion of the results takes up the final part of the paper.');
    expect(text).toContain('Paragraph 5');
  });

  it('removes a "Tags:" line', () => {
    const { text } = clean(
      `${body(1, 2)}<p>Tags: <a href="https://x/t/space">space</a>, <a href="https://x/t/nasa">NASA</a></p>${para(3)}`,
    );
    expect(text).not.toContain('Tags:');
    expect(text).not.toContain('NASA');
    expect(text).toContain('Paragraph 3');
  });

  it('removes a share row', () => {
    const { text } = clean(
      `${para(1)}<div>Share <a href="https://facebook.com/x">Facebook</a> <a href="https://twitter.com/x">Twitter</a> <a href="mailto:?">Email</a></div>${para(2)}`,
    );
    expect(text).not.toMatch(/Share|Facebook|Twitter|Email/);
    expect(text).toContain('Paragraph 2');
  });

  it('removes a link-dense teaser list but keeps a list of prose items with one link each', () => {
    const teasers = `<ul><li><a href="https://x/1">First teaser headline here</a></li><li><a href="https://x/2">Second teaser headline</a></li><li><a href="https://x/3">Third teaser headline</a></li></ul>`;
    const prose = `<ul>
      <li>The committee met on Monday and, according to <a href="https://x/m">the minutes</a>, agreed on a new budget.</li>
      <li>Opposition members said the plan, which <a href="https://x/p">was published last week</a>, ignored rural areas.</li>
      <li>A final vote is expected before the summer recess, officials told <a href="https://x/r">reporters</a>.</li>
    </ul>`;
    const { text } = clean(`${para(1)}${teasers}${para(2)}${prose}${para(3)}`);
    expect(text).not.toContain('teaser headline');
    expect(text).toContain('according to the minutes, agreed on a new budget.');
    expect(text).toContain('which was published last week, ignored rural areas.');
    expect(text).toContain('officials told reporters.');
  });

  it('removes a one-line "Related:" teaser paragraph', () => {
    const { text } = clean(
      `${para(1)}<p>Related: <a href="https://x/r">A different story entirely</a></p>${para(2)}`,
    );
    expect(text).not.toContain('A different story');
  });

  it('keeps figures with captions, tables, code blocks and blockquotes', () => {
    const html = `${para(1)}
      <figure><img src="https://img.example/a.jpg" alt=""><figcaption>The launch pad at dawn. <span>Photo: Reuters</span></figcaption></figure>
      <table><tr><th>Year</th><th>Sales</th></tr><tr><td>2023</td><td></td></tr><tr><td><a href="https://x/y">2024</a></td><td><a href="https://x/z">7</a></td></tr></table>
      <pre><code>const share = 1;\nexport default share;</code></pre>
      <blockquote><p>We will go back to the Moon.</p><footer>— The administrator</footer></blockquote>
      <p><img src="https://img.example/b.jpg" alt=""></p>
      ${para(2)}`;
    const { root, text } = clean(html);
    expect(root.querySelector('figure img')).not.toBeNull();
    expect(text).toContain('The launch pad at dawn.');
    expect(text).not.toContain('Photo: Reuters');
    expect(root.querySelectorAll('table tr')).toHaveLength(3);
    expect(root.querySelectorAll('table td')).toHaveLength(4);
    expect(root.querySelector('pre code')?.textContent).toBe('const share = 1;\nexport default share;');
    expect(text).toContain('We will go back to the Moon.');
    expect(text).toContain('— The administrator');
    expect(root.querySelector('img[src="https://img.example/b.jpg"]')).not.toBeNull();
  });

  it('removes empty wrappers left behind, but keeps <br> and <hr>', () => {
    const { root } = clean(
      `${para(1)}<div><span></span><div> </div></div><p>line<br>break</p><hr>${para(2)}`,
    );
    expect(root.querySelectorAll('div, span')).toHaveLength(0);
    expect(root.querySelector('br')).not.toBeNull();
    expect(root.querySelector('hr')).not.toBeNull();
  });

  it('removes a caption that is only a credit, and an "Agency / Photographer" line, keeping the image', () => {
    const { root, text } = clean(
      `${para(1)}<figure><img src="https://img.example/a.jpg" alt=""><figcaption>Imagen: Télam</figcaption></figure>
      <figure><img src="https://img.example/b.jpg" alt=""><figcaption>The harbour at dusk. <span>AFP / Jane Doe</span></figcaption></figure>
      <p><img src="https://img.example/c.jpg" alt=""></p><p>Reuters/John Smith</p>${para(2)}`,
    );
    expect(text).not.toContain('Télam');
    expect(text).not.toContain('Jane Doe');
    expect(text).not.toContain('John Smith');
    expect(text).toContain('The harbour at dusk.');
    expect(root.querySelectorAll('img')).toHaveLength(3);
  });

  it('keeps a caption sentence that mentions a photographer, and a slash phrase in the text', () => {
    const { root, text } = clean(
      `${para(1)}<figure><img src="https://img.example/a.jpg" alt=""><figcaption>Photographer Jane Doe took this picture of the Berlin/Brandenburg airport in 2020.</figcaption></figure>
      <p>Berlin/Brandenburg</p>${para(2)}`,
    );
    expect(text).toContain('Photographer Jane Doe took this picture');
    expect([...root.querySelectorAll('p')].some((p) => p.textContent === 'Berlin/Brandenburg')).toBe(true);
  });

  it('recognises date lines, and not sentences or lone years', () => {
    for (const t of [
      '23.10.2018',
      'Updated on 3 May 2021, 14:05',
      'Veröffentlicht am 26. Oktober 2023',
      '3:59 PM',
      'mardi 7 avril 2020',
      'Güncelleme: 21.10.2024 - 16:02',
      '입력 2023.10.05 09:30',
      'Опубликовано 2 сентября 2024, 14:05',
      '发布时间：2024-04-16 10:24',
    ])
      expect(isDateLine(t), t).toBe(true);
    for (const t of ['1989', 'The year 2020 was bad', 'Seite 2 von 5', '10 Tipps', 'Aktualisiert am'])
      expect(isDateLine(t), t).toBe(false);
  });

  it('removes a date line at the start or end of the article, but not one in the middle', () => {
    const { text } = clean(
      `<p>Updated on 3 May 2021, 14:05</p>${body(1, 3)}<p>9. November 1989</p>${body(4, 6)}<div><time>23.10.2018</time></div>`,
    );
    expect(text).not.toContain('3 May 2021');
    expect(text).not.toContain('23.10.2018');
    expect(text).toContain('9. November 1989');
    expect(text).toContain('Paragraph 6');
  });

  it('recognises a machine timestamp as a date line', () => {
    expect(isDateLine('opublikowano: 2021-04-29 17:13:04.031886+02:00')).toBe(true);
    expect(isDateLine('2022-02-02T10:38:15+01:00')).toBe(true);
    expect(isDateLine('Version 2021-04-29 of the standard')).toBe(false);
  });

  it('removes a dateline label with its date, a "date | section" line and a "Category:" line at the start', () => {
    const { text } = clean(
      `<p>Published: <time datetime="2022-02-02">2 February 2022</time></p><div>2021-10-16 | Politics</div>` +
        `<div>Category: Press Releases</div>${body(1, 6)}`,
    );
    expect(text).not.toContain('Published');
    expect(text).not.toContain('Politics');
    expect(text).not.toContain('Press Releases');
    expect(text).toContain('Paragraph 1 of the article');
  });

  it('removes a dateline block of <br>-broken lines at the start, but keeps an address block', () => {
    const { text } = clean(
      `<p>24.01.2022 11:38<br>Kategorie: <a href="/news">News</a></p>${body(1, 6)}` +
        `<p>Town Hall<br>12 Market Street<br>Open 3 May 2021</p>`,
    );
    expect(text).not.toContain('24.01.2022');
    expect(text).not.toContain('Kategorie');
    expect(text).toContain('12 Market Street');
  });

  it('removes a reading-time line at the start, but keeps a sentence about reading time', () => {
    for (const line of ['Lesezeit: 2 Minuten', '5 min read', 'Estimated reading time: 6 minutes']) {
      const { text } = clean(`<div><span>${line}</span></div>${body(1, 6)}`);
      expect(text).not.toContain(line);
      expect(text).toContain('Paragraph 1 of the article');
    }
    const { text } = clean(`<p>Reading time for pupils rose to 20 minutes a day.</p>${body(1, 6)}`);
    expect(text).toContain('Reading time for pupils rose to 20 minutes a day.');
  });

  it('keeps a sentence with a date, a mid-article "date | label" line and a category named in prose', () => {
    const { text } = clean(
      `<p>Published on 2 February 2022, the report found that rents rose.</p>${body(1, 3)}` +
        `<p>12.03.2021 | Politics</p>${body(4, 6)}<p>The category: small cars, which sold well.</p>`,
    );
    expect(text).toContain('Published on 2 February 2022, the report');
    expect(text).toContain('12.03.2021 | Politics');
    expect(text).toContain('The category: small cars, which sold well.');
  });

  it('cuts from late end-of-article headings ("More stories", "Mehr aus der Region", "Entdecke weitere …", "Artikel gefallen?")', () => {
    for (const heading of [
      'More stories from Europe',
      'Mehr aus der Region',
      'Más noticias',
      'Meistgelesen',
      'Artikel und Videos zum Thema',
      'Entdecke weitere Reisetipps',
      'Discover more recipes',
      'Artikel gefallen? Vergiss nicht zu teilen!',
    ]) {
      const { text } = clean(
        `${body(1, 6)}<h3>${heading}</h3><p><a href="/x">Another story</a> and a line.</p>`,
      );
      expect(text).not.toContain(heading);
      expect(text).not.toContain('Another story');
      expect(text).toContain('Paragraph 6');
    }
  });

  it('keeps late subheadings that only share words with those end-of-article headings', () => {
    const { text } = clean(
      `${body(1, 6)}<h3>Was die Forscher zum Thema sagen</h3>${para(7)}<h3>Entdecke die Stadt zu Fuß, nicht mit dem Auto</h3>${para(8)}`,
    );
    expect(text).toContain('Was die Forscher zum Thema sagen');
    expect(text).toContain('Entdecke die Stadt zu Fuß');
    expect(text).toContain('Paragraph 8');
  });

  it('keeps a late subheading that only starts like an end-of-article heading', () => {
    const { text } = clean(`${body(1, 6)}<h3>Noch mehr Arbeit und neue Stadien</h3>${para(7)}`);
    expect(text).toContain('Noch mehr Arbeit und neue Stadien');
    expect(text).toContain('Paragraph 7');
  });

  it('removes an excerpt ending in a "Read more" link, but keeps a sentence with a link', () => {
    const { text } = clean(
      `${body(1, 4)}<p>Summer is here and a model visits an island. <a href="https://x/other">Weiterlesen</a></p><p>The full report is <a href="https://x/report">available online</a>.</p>`,
    );
    expect(text).not.toContain('model visits');
    expect(text).toContain('The full report is available online.');
  });

  it('removes a teaser whose link closes on "Leer más", and goes on with the article after it', () => {
    const teaser = (title: string): string =>
      `<figure><img src="https://x/t.jpg"><figcaption><a href="https://x/other"><h5>${title}</h5><span>Leer más</span></a></figcaption></figure>`;
    const { text } = clean(
      `${body(1, 7)}${teaser('Interior details its security plan')}${para(8)}${teaser('The minister visits the port')}${para(9)}`,
    );
    expect(text).not.toMatch(/Interior details|minister visits|Leer más/);
    expect(text).toContain('Paragraph 8');
    expect(text).toContain('Paragraph 9');
  });

  it('removes a short plea to subscribe at the very end, but keeps one inside the article', () => {
    const { text } = clean(
      `${body(1, 3)}<p>Newsletter sign-ups doubled after the paper began a subscription drive in May.</p>${body(4, 6)}<p>Subscribe to our newsletter for more stories like this.</p>`,
    );
    expect(text).not.toContain('Subscribe to our newsletter');
    expect(text).toContain('Newsletter sign-ups doubled');
    expect(text).toContain('Paragraph 6');
  });

  it('cuts from a late "Über den Autor" or "Artikel bewerten" label', () => {
    for (const heading of ['Über den Autor', 'Artikel bewerten']) {
      const { text } = clean(`${body(1, 6)}<h4>${heading}</h4><p>Jane writes about cities.</p>`);
      expect(text).not.toContain(heading);
      expect(text).not.toContain('Jane writes');
      expect(text).toContain('Paragraph 6');
    }
  });

  it('cuts the credit that ends a caption, keeping the caption itself', () => {
    const { text } = clean(
      `${para(1)}<p><img src="https://img.example/a.jpg" alt=""></p><p>The skier at the finish. © AFP / Jane Doe</p>
      <figure><img src="https://img.example/b.jpg" alt=""><figcaption><p>Oil pumps at dusk. Bild: <a href="https://stock.example/1">Name/Stock.com</a></p></figcaption></figure>
      <figure><img src="https://img.example/c.jpg" alt=""><figcaption>. Imagen: Télam</figcaption></figure>
      <p><img src="https://img.example/d.jpg" alt=""></p><p><small>(© FEI/John Smith)</small></p>${para(2)}`,
    );
    expect(text).toContain('The skier at the finish.');
    expect(text).toContain('Oil pumps at dusk.');
    expect(text).not.toMatch(/AFP|Jane Doe|Stock\.com|Télam|John Smith/);
  });

  it('keeps a caption whose colon and copyright sign belong to its prose', () => {
    const { text } = clean(
      `${para(1)}<figure><img src="https://img.example/a.jpg" alt=""><figcaption>Source: the 2019 census, which counted every household in the region, street by street, for the first time.</figcaption></figure>
      <p>The label reads "© 1970 Acme" on a sticker that the museum never removed from the old radio set.</p>${para(2)}`,
    );
    expect(text).toContain('Source: the 2019 census, which counted every household');
    expect(text).toContain('The label reads "© 1970 Acme" on a sticker');
  });

  it('removes image-viewer labels ("Zum Vergrößern bitte anklicken", "Quick View"), but not a sentence about enlarging', () => {
    const { text } = clean(
      `<figure><img src="a.jpg"><figcaption>Zum Vergrößern bitte anklicken</figcaption></figure>${body(1, 3)}` +
        `<p>Click to enlarge</p><p>The city wants to enlarge the harbour by 2030.</p>${body(4, 5)}<div>Quick View</div>`,
    );
    expect(text).not.toMatch(/Zum Vergrößern|Click to enlarge|Quick View/);
    expect(text).toContain('The city wants to enlarge the harbour by 2030.');
  });

  it('cuts from a late "Bildnachweis" / "Photo credits" heading', () => {
    for (const heading of ['Bildnachweis', 'Photo credits']) {
      const { text } = clean(
        `${body(1, 6)}<h4>${heading}</h4><p>Agency / Jane Doe</p><p>Shop: garden tools</p>`,
      );
      expect(text).not.toMatch(/Bildnachweis|Photo credits|Jane Doe|garden tools/);
      expect(text).toContain('Paragraph 6');
    }
  });

  it('removes leftover control labels and a table-of-contents title, but not prose that names them', () => {
    const { text } = clean(
      `<p>Inhaltsverzeichnis</p>${body(1, 3)}<div>Rezept drucken</div><p>(Noch keine Bewertungen)</p>
      <p>The table of contents of the report lists forty chapters on municipal finance.</p>${para(4)}<p>Keine Kommentare</p><div><a href="#respond">Valora esta receta</a></div><p>Rate this recipe!</p><div>Clap</div><p>« Zurück</p><div>Permalink</div><h2>History</h2><span>[<a href="/w?action=edit">edit</a>]</span><span>4 languages</span>`,
    );
    expect(text).not.toMatch(
      /Inhaltsverzeichnis|Rezept drucken|Noch keine Bewertungen|Keine Kommentare|Valora esta|Rate this|Clap|Zurück|Permalink|edit|languages/,
    );
    expect(text).toContain('The table of contents of the report lists forty chapters');
    expect(text).toContain('Paragraph 4');
  });
});

describe('postClean metadata furniture', () => {
  it('removes metadata labels left without a value and view/comment counters', () => {
    const { text } = clean(
      `<header><p>Published:</p><p><b>Von:</b></p></header>${body(1, 3)}<table><tr><td>Kommentare insgesamt: <b>0</b></td></tr></table><div>Views: 1,204</div>`,
    );
    expect(text).not.toMatch(/Published:|Von:|Kommentare insgesamt|Views/);
    expect(text).toContain('Paragraph 3');
    for (const counter of [
      'Просмотров: 3412',
      '조회수 1,284',
      'Görüntülenme: 120',
      '4,8 de 5 estrellas (126 valoraciones)',
      'Rating: 4.5/5',
      '1.2K',
      '57 Likes',
      '12 Kommentare',
    ])
      expect(clean(`${body(1, 3)}<div>${counter}</div>`).text).not.toContain(counter);
  });

  it("removes a counter that shares its line with the row's name and date", () => {
    const { text } = clean(
      `<div class="info"><span>Jane Roe</span> <span>02.09.2024 14:05</span> <span>Views: 3,412</span></div>${body(1, 3)}`,
    );
    expect(text).not.toContain('Views');
    expect(text).toContain('Jane Roe');
  });

  it('keeps the same words inside sentences and a label that still has its value', () => {
    const { text } = clean(
      `${body(1, 2)}<p>A portrait <b>by</b> her brother hangs in the hall.</p><p>Views: the hills, the river and the old mill.</p><p>Published: 12 essays on the river.</p>`,
    );
    expect(text).toContain('A portrait by her brother');
    expect(text).toContain('Views: the hills');
    expect(text).toContain('Published: 12 essays');
    const scores = clean(
      `${body(1, 2)}<p>The jury gave it 4 out of 5 for the design and praised the lamp.</p>`,
    ).text;
    expect(scores).toContain('4 out of 5 for the design');
    const inline = clean(
      `${body(1, 2)}<p><b>4 out of 5</b> doctors agree, and she ran the <em>5K</em> in under twenty minutes.</p><p>The post got <b>57 likes</b> in an hour.</p>`,
    ).text;
    expect(inline).toContain('4 out of 5 doctors agree');
    expect(inline).toContain('ran the 5K in');
    expect(inline).toContain('got 57 likes in');
    expect(clean(`${body(1, 2)}<table><tr><td>Depth</td><td>5 m</td></tr></table>`).text).toContain('5 m');
  });

  it('removes a "Beitragsbild:" or "Titelbild:" credit line, keeping a caption that merely names a picture', () => {
    const { text } = clean(
      `${body(1, 3)}<figure><img src="a.jpg"><figcaption>The title picture of the first issue, 1952</figcaption></figure><p><u>Beitragsbild:</u> Titelseite vom 2. April, Ausschnitt.</p><p><em>Titelbild: Jane Roe/Agency</em></p>`,
    );
    expect(text).not.toMatch(/Beitragsbild|Titelbild/);
    expect(text).toContain('The title picture of the first issue, 1952');
  });

  it('cuts from late "Schon gelesen?" / "Zum Weiterlesen:" / "Le puede interesar" labels', () => {
    for (const label of ['Schon gelesen?', 'Zum Weiterlesen:', 'LE PUEDE INTERESAR', 'meist-diskutiert']) {
      const { text } = clean(
        `${body(1, 5)}<p><strong>${label}</strong></p><p><a href="/x">Another story</a></p>`,
      );
      expect(text).not.toContain(label);
      expect(text).toContain('Paragraph 5');
    }
  });
});

describe('postClean leftover controls and pleas', () => {
  it('removes "External content" / "als PDF herunterladen" placeholders, an empty "Release Date:" and a rating label', () => {
    const { text } = clean(
      `<p><span>Release Date:</span></p>${body(1, 2)}<p>Externer Inhalt</p><div><p>Dieses Skript als PDF herunterladen</p></div><p><label>Valora esta noticia</label></p>${body(3, 4)}`,
    );
    expect(text).not.toMatch(/Release Date|Externer Inhalt|PDF herunterladen|Valora/);
    expect(text).toContain('Paragraph 4');
  });

  it('removes a closing plea to follow the publisher or install its app, but keeps one inside the article', () => {
    const { text } = clean(
      `${body(1, 2)}<p>Fans follow the club on Instagram in their millions, the report says.</p>${body(3, 6)}<p>For the latest news download our app for iOS and Android.</p>`,
    );
    expect(text).toContain('Fans follow the club on Instagram');
    expect(text).not.toContain('download our app');
  });

  it('keeps a sentence that names a date label with its value, and a PDF mentioned in prose', () => {
    const { text } = clean(
      `${body(1, 2)}<p>Date: the 4th of May was chosen for the vote.</p><p>The report is available as PDF from the council.</p>`,
    );
    expect(text).toContain('Date: the 4th of May');
    expect(text).toContain('available as PDF');
  });
});

describe('postClean meta lines and end notices', () => {
  it('removes a line of separated metadata pieces and a footer of legal links', () => {
    const { text } = clean(
      `<p>Friday | 14 June 2019 | 15:49 | 0 Comments</p>${body(1, 3)}<table><tr><td>Views: 1120 | Added by: Posh | Tags: <a href="/t/a">thinking</a>, <a href="/t/b">pictures</a></td></tr></table><p><a href="/imprint">IMPRINT</a> | <a href="/privacy">PRIVACY</a> | © 2024 Example Media</p>`,
    );
    expect(text).not.toMatch(/0 Comments|Added by|IMPRINT|Example Media/);
    expect(text).toContain('Paragraph 3');
  });

  it('keeps separated pieces that are prose, or a score line without any chrome piece', () => {
    const { text } = clean(
      `${body(1, 2)}<p>Home side | Away side | Final score</p><p>He said it plainly: yes | no | maybe were the options. Then he left.</p>`,
    );
    expect(text).toContain('Home side | Away side | Final score');
    expect(text).toContain('He said it plainly');
  });

  it('removes the login notice of a comment form and a closing rights notice, but keeps prose about rights', () => {
    const { text } = clean(
      `${body(1, 2)}<p>The court held that all rights reserved by the city had lapsed.</p>${body(3, 6)}<p>You must be logged in to post a comment.</p><p>© 2024 Example Media. All rights reserved.</p>`,
    );
    expect(text).toContain('all rights reserved by the city');
    expect(text).not.toMatch(/logged in|Example Media/);
    for (const notice of [
      '<저작권자 © 한빛일보 무단전재 및 재배포 금지>',
      '© 2024 Газета. Все права защищены.',
    ])
      expect(clean(`${body(1, 6)}<p>${notice}</p>`).text).not.toContain(notice.slice(6, 12));
  });

  it('cuts from a late "Kontakt" or "0 Kommentare" heading', () => {
    for (const label of ['Kontakt:', '0 Kommentare', 'Weiterführender Link']) {
      const { text } = clean(`${body(1, 5)}<h3>${label}</h3><p>Jane Roe, press office, 555-0100</p>`);
      expect(text).not.toContain(label);
      expect(text).toContain('Paragraph 5');
    }
  });
});

describe('postClean next-article labels', () => {
  it('cuts from a late "Vorschau auf den nächsten Artikel" / "Next post" label, but keeps prose naming the next article', () => {
    for (const label of ['Vorschau auf den nächsten Artikel', 'Next post']) {
      const { text } = clean(
        `${body(1, 5)}<h3><span>${label}</span></h3><p>On Thursday I will review a crime novel.</p>`,
      );
      expect(text).not.toContain(label);
      expect(text).toContain('Paragraph 5');
    }
    const { text } = clean(`${body(1, 5)}<p>The next article in this series looks at the harbour.</p>`);
    expect(text).toContain('The next article in this series');
  });
});

describe('postClean link trails', () => {
  it('removes a breadcrumb written as links between arrows, the current page unlinked or not', () => {
    const { text } = clean(
      `<span><a href="/">Home</a> » <a href="/articles/">Articles</a> » <a href="/gear/">Gear</a></span>${body(1, 3)}<p><a href="/">Start</a> &gt; <a href="/news/">News</a> &gt; Bridge reopens</p>`,
    );
    expect(text).not.toMatch(/Home|Articles|Gear|Start|Bridge reopens/);
    expect(text).toContain('Paragraph 3');
  });

  it('keeps a sentence with arrows and links, and links joined by commas', () => {
    const { text } = clean(
      `${body(1, 3)}<p>Prices went <a href="/a">from 5</a> → <a href="/b">to 7</a> in a year, the report says.</p><p><a href="/x">Lisbon</a>, <a href="/y">Porto</a></p>`,
    );
    expect(text).toContain('the report says');
    expect(text).toContain('Lisbon, Porto');
  });
});
