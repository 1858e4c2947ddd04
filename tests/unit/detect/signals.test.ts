// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classifyGeneric } from '../../../src/detect/generic.ts';
import { densestRegion, hasText, isAuthorBio, isOpinionLabel, opinionPathSegments, parseByline, readJsonLd } from '../../../src/detect/signals.ts';

function page(html: string): Document {
  document.documentElement.innerHTML = html;
  return document;
}

describe('page signals', () => {
  it('read bylines with and without a Chinese name', () => {
    expect(parseByline('By Lin Mei-hua 林美華')).toBe('Lin Mei-hua');
    expect(parseByline('BY Jane Doe and John Roe')).toBe('Jane Doe and John Roe');
    expect(parseByline('By the way, TSMC is big')).toBeNull();
    expect(parseByline('Photo: Reuters')).toBeNull();
  });

  it('recognise author bios, and not ordinary closing sentences', () => {
    expect(isAuthorBio('Lin Mei-hua is a researcher who writes on technology policy.')).toBe(true);
    expect(isAuthorBio('Yang Shu-fen teaches international law at a university in Taichung.')).toBe(true);
    expect(isAuthorBio('Jane Doe, a former diplomat, is a fellow at a think tank.')).toBe(true);
    expect(isAuthorBio('The writer is a lawyer in Taipei.')).toBe(true);
    expect(isAuthorBio('The government’s task is to keep power reliable and affordable.')).toBe(false);
  });

  it('tell blocks with text from empty ones, as textContent.trim() would, without reading the whole text', () => {
    const doc = page(`<body>
      <p id="empty"></p>
      <p id="spaces"> \u00a0\n\t<span> </span><!-- a comment --></p>
      <p id="nested"> <span> <em>x</em></span></p>
      <p id="plain">Text</p>
      <p id="comment-only"><!-- not text --></p>
    </body>`);
    const check = (id: string): boolean => hasText(doc.getElementById(id) as Element);
    for (const id of ['empty', 'spaces', 'nested', 'plain', 'comment-only']) {
      expect(check(id), id).toBe((doc.getElementById(id)?.textContent ?? '').trim() !== '');
    }
    expect(check('nested')).toBe(true);
    expect(check('spaces')).toBe(false);
  });

  it('know opinion labels and URL segments', () => {
    expect(isOpinionLabel('Editorial & Opinion')).toBe(true);
    expect(isOpinionLabel('Letters to the editor')).toBe(true);
    expect(isOpinionLabel('Business')).toBe(false);
    expect(opinionPathSegments(new URL('https://www.theguardian.com/commentisfree/2026/nov/18/x'))).toEqual(['commentisfree']);
    expect(opinionPathSegments(new URL('https://example.com/news/opinionated-robots'))).toEqual([]);
  });

  it('survive broken and hostile JSON-LD', () => {
    const document = page(`<head>
      <script type="application/ld+json">{ not json</script>
      <script type="application/ld+json">{"@graph":[{"@type":["NewsArticle","OpinionNewsArticle"],"articleSection":["Opinion", 3]}]}</script>
      <script type="application/ld+json">{"@type":{"evil":true},"genre":null}</script>
    </head><body></body>`);
    expect(readJsonLd(document)).toEqual({ types: ['NewsArticle', 'OpinionNewsArticle'], sections: ['Opinion'], genres: [] });
  });

  it('find the article by text density, ignoring navigation, captions and asides', () => {
    const long = 'Taiwan’s legislature passed the budget after a long debate about defence spending and energy. '.repeat(2);
    const document = page(`<body><nav><p>${long}</p></nav><main><div id="story">${[1, 2, 3, 4].map((n) => `<p>${n} ${long}</p>`).join('')}
      <figure><figcaption><p>${long}</p></figcaption></figure></div><aside><p>${long}</p></aside></main></body>`);
    const region = densestRegion(document);
    expect(region?.map((block) => block.textContent?.slice(0, 2))).toEqual(['1 ', '2 ', '3 ', '4 ']);
    expect(densestRegion(page('<body><p>Too short.</p></body>'))).toBeNull();
  });

  it('call a page with no article "other", and a bare home page an index', () => {
    expect(classifyGeneric(page('<body><p>Hello</p></body>'), new URL('https://example.com/about')).kind).toBe('other');
    expect(classifyGeneric(page('<body><p>Hello</p></body>'), new URL('https://example.com/')).kind).toBe('index');
  });
});
