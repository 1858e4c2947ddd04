/**
 * Signals a page gives about itself, read the same way for every site: schema.org JSON-LD, Open Graph and
 * article meta tags, URL path segments, bylines and author bios. Site adapters use them next to their own
 * selectors; the generic fallback (generic.ts) relies on them alone.
 */

/** Path segments and section names that publishers use for opinion. */
const OPINION_WORD = /^(opinion|opinions|commentary|comment|commentisfree|op-?eds?|editorials?|letters?|columns?|columnists?|viewpoints?|perspectives?|voices|analysis-opinion|editorial-opinion)$/i;
/** The same words inside a longer section name ("Editorial & Opinion", "Letters to the editor"). */
const OPINION_TEXT = /\b(opinion|commentary|comment is free|op-?eds?|editorials?|letters? to the editor|columns?|columnists?|viewpoints?)\b/i;

/** Does a section name or path segment say opinion? */
export function isOpinionLabel(text: string): boolean {
  const trimmed = text.trim();
  return OPINION_WORD.test(trimmed) || OPINION_TEXT.test(trimmed);
}

/** The URL path segments that say opinion ("commentisfree", "opinion"). */
export function opinionPathSegments(url: URL): string[] {
  return url.pathname.split('/').filter((segment) => segment !== '' && OPINION_WORD.test(segment));
}

/** What the page's schema.org JSON-LD says of its main item. */
export interface JsonLdSignals {
  /** Every `@type` found, e.g. ["NewsArticle", "OpinionNewsArticle"]. */
  types: string[];
  /** `articleSection` values. */
  sections: string[];
  /** `genre` values. */
  genres: string[];
}

const ARTICLE_TYPES = /^(Article|NewsArticle|OpinionNewsArticle|AnalysisNewsArticle|ReportageNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|Report|ScholarlyArticle|SocialMediaPosting|LiveBlogPosting)$/;
const LISTING_TYPES = /^(CollectionPage|ItemList|SearchResultsPage|WebSite|SiteNavigationElement)$/;

/** Is this a schema.org type of article? */
export function isArticleType(type: string): boolean {
  return ARTICLE_TYPES.test(type);
}

/** Is this a schema.org type of listing page? */
export function isListingType(type: string): boolean {
  return LISTING_TYPES.test(type);
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

/**
 * Reads every JSON-LD block. Broken JSON is skipped: a page's bad markup must not stop detection. Items nested
 * in `@graph` or `mainEntity` count; deeper objects (authors, publishers, breadcrumbs) do not.
 */
export function readJsonLd(document: Document): JsonLdSignals {
  const result: JsonLdSignals = { types: [], sections: [], genres: [] };
  const visit = (item: unknown, depth: number): void => {
    if (depth > 3 || item === null || typeof item !== 'object') return;
    if (Array.isArray(item)) {
      for (const element of item) visit(element, depth + 1);
      return;
    }
    const record = item as Record<string, unknown>;
    result.types.push(...strings(record['@type']));
    result.sections.push(...strings(record.articleSection));
    result.genres.push(...strings(record.genre));
    visit(record['@graph'], depth + 1);
    visit(record.mainEntity, depth + 1);
    visit(record.mainEntityOfPage, depth + 1);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? '') as unknown, 0);
    } catch {
      // Not JSON: ignore this block.
    }
  }
  return result;
}

/** The content of `<meta property=…>` or `<meta name=…>`, every occurrence. */
export function metaValues(document: Document, key: string): string[] {
  const values: string[] = [];
  for (const meta of document.querySelectorAll('meta[property], meta[name]')) {
    const name = meta.getAttribute('property') ?? meta.getAttribute('name');
    if (name?.toLowerCase() === key.toLowerCase()) {
      const content = meta.getAttribute('content')?.trim();
      if (content) values.push(content);
    }
  }
  return values;
}

// Patterns with Unicode property classes cost a few tenths of a millisecond each to build, so they are built on
// first use: the content script's fast path (the URL decides) never needs them.
let byline: RegExp | undefined;
/** "By Lin Mei-hua 林美華", "By Jane Doe and John Roe": a byline, returned without "By". */
const bylinePattern = (): RegExp =>
  (byline ??= /^\s*[Bb][Yy]\s+(\p{Lu}[\p{L}.'’-]*(?:[\s,]+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,8})(?:\s+[\p{Script=Han}]{2,4})?\s*$/u);

/** The byline's names when `text` is a byline ("By Jane Doe"), else null. */
export function parseByline(text: string): string | null {
  const match = bylinePattern().exec(text.replace(/\s+/g, ' '));
  return match?.[1]?.trim() ?? null;
}

/**
 * A closing author bio: "Jane Doe is a professor of ...", "Jane Doe, a former diplomat, is ...", "The writer is
 * ...". At most three sentences, naming the author (or "the writer/author") before the verb.
 */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}`;
let bio: RegExp | undefined;
const bioPattern = (): RegExp => (bio ??= new RegExp(
  String.raw`^\s*(?:[Tt]he\s+(?:writer|author)s?|${NAME}(?:\s+and\s+${NAME})?)(?:,[^,]{3,120},)?\s+` +
    String.raw`(?:is|are|was|were|has|have|served|teaches|writes|works|heads|leads|chairs|directs|researches|lectures)\b`,
  'u',
));

/** Is `text` an author bio such as "Jane Doe is a researcher at ..."? */
export function isAuthorBio(text: string): boolean {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length < 15 || clean.length > 400) return false;
  const sentences = clean.split(/(?<=[.!?])\s+(?=\p{Lu})/u).length;
  return sentences <= 3 && bioPattern().test(clean);
}

/**
 * True when `element` holds any text besides whitespace: what `textContent.trim() !== ''` says, without copying
 * the element's whole text into a new string (on a long article that is the article again, once per check).
 */
export function hasText(element: Element): boolean {
  const pending: Node[] = [element];
  for (let node = pending.pop(); node; node = pending.pop()) {
    for (let child = node.lastChild; child; child = child.previousSibling) {
      if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
        if (NOT_WHITESPACE.test((child as CharacterData).data)) return true;
      } else if (child.nodeType === ELEMENT_NODE) {
        pending.push(child);
      }
    }
  }
  return false;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const NOT_WHITESPACE = /\S/;

/** Elements whose text never belongs to an article body. */
const NOT_BODY = 'nav, header, footer, aside, figure, figcaption, form, button, script, style, noscript, template, [role="navigation"], [role="complementary"], [aria-hidden="true"], [hidden]';

/** A paragraph worth reading: long enough, not in navigation, captions or asides. */
function isBodyParagraph(paragraph: Element): boolean {
  if (paragraph.closest(NOT_BODY)) return false;
  return (paragraph.textContent ?? '').trim().length >= 40;
}

/**
 * The article body by text density, for sites no adapter knows: the container whose paragraphs hold the most
 * text wins (a paragraph counts for its parent and, at half weight, its grandparent, so bodies split into
 * sections still win as a whole). Returns its readable paragraphs and block quotes, or null when no container
 * holds at least 3 paragraphs and 500 characters of text.
 */
export function densestRegion(document: Document): Element[] | null {
  const scores = new Map<Element, number>();
  const paragraphs = [...document.querySelectorAll('p')].filter(isBodyParagraph);
  for (const paragraph of paragraphs) {
    const length = (paragraph.textContent ?? '').trim().length;
    const parent = paragraph.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grandparent = parent.parentElement;
    if (grandparent && grandparent !== document.body) scores.set(grandparent, (scores.get(grandparent) ?? 0) + length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  if (!best) return null;
  const blocks = [...best.querySelectorAll('p, blockquote')].filter(
    (block) => !block.closest(NOT_BODY) && !block.parentElement?.closest('blockquote') && hasText(block),
  );
  const text = blocks.reduce((sum, block) => sum + (block.textContent ?? '').trim().length, 0);
  return blocks.length >= 3 && text >= 500 ? blocks : null;
}
