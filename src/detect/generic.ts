/**
 * The generic fallback, for pages of sites no adapter knows, annotated when the reader asks ("Annotate this
 * page"). It reads only what publishers declare or what any article shows: schema.org JSON-LD (`@type`,
 * `articleSection`, `genre`), `og:type`, `article:section`, URL path segments, a byline and a closing author
 * bio; the article region is found by text density. Most publishers mark opinion pieces as plain
 * `NewsArticle`, so `OpinionNewsArticle` is one signal among others, never a requirement.
 */
import {
  densestRegion, isArticleType, isAuthorBio, isListingType, isOpinionLabel, metaValues, opinionPathSegments,
  parseByline, readJsonLd,
} from './signals.ts';
import type { ArticleRegion, Classification, UrlClassification } from './types.ts';

const BYLINE_ELEMENTS = '[rel="author"], [itemprop="author"], .byline, .author, .author-name, [class*="byline"], [data-testid*="byline"]';
const BIO_ELEMENTS = '[class*="author-bio"], [class*="authorBio"], [class*="author-info"], [class*="contributor-bio"], .bio';

/** Is there a byline: an author meta tag, an author element, or a "By Jane Doe" line? */
export function hasByline(document: Document, region: readonly Element[] | null): boolean {
  if (metaValues(document, 'author').length > 0 || metaValues(document, 'article:author').length > 0) return true;
  if (document.querySelector(BYLINE_ELEMENTS)) return true;
  const first = region?.[0];
  return first !== undefined && parseByline(first.textContent ?? '') !== null;
}

/** Does the article end with an author bio ("Jane Doe is a fellow at …"), or carry a bio box? */
export function hasAuthorBio(document: Document, region: readonly Element[] | null): boolean {
  const tail = region?.slice(-2) ?? [];
  if (tail.some((block) => isAuthorBio(block.textContent ?? ''))) return true;
  return [...document.querySelectorAll(BIO_ELEMENTS)].some((box) => (box.textContent ?? '').trim().length > 20);
}

/** Reasons the page's own declarations give for opinion: URL, JSON-LD, article:section. */
export function declaredOpinion(document: Document, url: URL): string[] {
  const reasons: string[] = [];
  const segments = opinionPathSegments(url);
  if (segments.length > 0) reasons.push(`URL section: ${segments[0] ?? ''}`);
  const jsonLd = readJsonLd(document);
  if (jsonLd.types.includes('OpinionNewsArticle')) reasons.push('schema.org OpinionNewsArticle');
  const section = [...jsonLd.sections, ...jsonLd.genres].find(isOpinionLabel);
  if (section) reasons.push(`schema.org section: ${section}`);
  const metaSection = metaValues(document, 'article:section').find(isOpinionLabel);
  if (metaSection) reasons.push(`article:section: ${metaSection}`);
  return reasons;
}

/** A generic verdict: the kind, its reasons, and the region for articles. */
export function classifyGeneric(document: Document, url: URL): Classification & { region: ArticleRegion | null } {
  const jsonLd = readJsonLd(document);
  const ogType = metaValues(document, 'og:type')[0]?.toLowerCase() ?? null;
  const articleDeclared = jsonLd.types.some(isArticleType) || ogType === 'article';
  const body = densestRegion(document);
  const isArticle = articleDeclared || (body !== null && url.pathname.length > 1);

  if (!isArticle) {
    if (url.pathname === '/' || jsonLd.types.some(isListingType) || ogType === 'website') {
      return { kind: 'index', reasons: [url.pathname === '/' ? 'home page' : 'listing page'], region: null };
    }
    return { kind: 'other', reasons: ['no article found in the page'], region: null };
  }

  const articleReasons = articleDeclared
    ? [jsonLd.types.find(isArticleType) ? `schema.org ${jsonLd.types.find(isArticleType) ?? ''}` : 'og:type article']
    : ['article text'];
  const opinion = declaredOpinion(document, url);
  const byline = hasByline(document, body);
  const bio = hasAuthorBio(document, body);
  const region = body ? { body, teasers: [] } : null;
  const extra = [...(byline ? ['byline'] : []), ...(bio ? ['author bio'] : [])];
  if (opinion.length > 0 || (byline && bio)) {
    return { kind: 'op-ed', reasons: [...opinion, ...extra], region };
  }
  return { kind: 'news', reasons: [...articleReasons, ...extra], region };
}

/** What a site adapter read on an article page, for `classifyArticle`. */
export interface ArticleSignals {
  /** Signals that the page is opinion: they make an article whose URL cannot tell into an op-ed. */
  opinion: string[];
  /** Other signals given as reasons (byline, author bio, the kind of opinion piece…). */
  other: string[];
}

/**
 * The site adapters' shared rule: a URL that says op-ed or news decides the kind; a URL that only says
 * "article" is an op-ed when the page gives an opinion signal, else news. Index and other pages are what their
 * URL says, and their DOM is not read. The reasons are the URL's, then the page's.
 */
export function classifyArticle(byUrl: UrlClassification, read: () => ArticleSignals): Classification {
  if (byUrl.kind === 'index' || byUrl.kind === 'other') return { kind: byUrl.kind, reasons: byUrl.reasons };
  const { opinion, other } = read();
  const kind = byUrl.kind === 'article' ? (opinion.length > 0 ? 'op-ed' : 'news') : byUrl.kind;
  return { kind, reasons: [...byUrl.reasons, ...opinion, ...other] };
}
