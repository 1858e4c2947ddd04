import { classifyArticle, declaredOpinion, hasAuthorBio, hasByline } from '../generic.ts';
import { hasText, isOpinionLabel } from '../signals.ts';
import type { ArticleRegion, Classification, SiteAdapter, UrlClassification } from '../types.ts';

/**
 * The Guardian (www.theguardian.com), opinion section "Comment is free". Article pages are rendered by the
 * Guardian's dotcom-rendering (DCR) app; class names are generated (`dcr-1a2b3c`), so the adapter reads the stable
 * ids and data attributes DCR writes:
 *
 *   main[data-layout]                          "CommentLayout" for opinion, editorials and letters;
 *                                              "StandardLayout", "ShowcaseLayout", … for the rest
 *   article > div[data-gu-name=…]              grid areas: "media", "title", "headline", "standfirst", "meta", "body"
 *     aside[data-gu-name="title"]              section label: a[data-link-name="article section"] "Opinion"
 *     div[data-gu-name="headline"] h1          headline; opinion pieces put the byline under it in
 *       address[data-link-name="byline"]       … a[rel="author"] to the writer's profile page
 *     div[data-gu-name="standfirst"]           the standfirst (not part of the body)
 *     aside[data-gu-name="meta"]               byline, dateline, share buttons (gu-island name="ShareButton")
 *     div[data-gu-name="body"] #maincontent
 *       div.article-body-commercial-selector   the body: the class the ad "spacefinder" targets; its direct
 *                                              children are the blocks:
 *         p, h2, blockquote                    body paragraphs, subheadings, quotes: what we annotate
 *         figure[data-spacefinder-role]        photos with figcaption, rich links, newsletter sign-ups (skipped)
 *         aside[data-spacefinder-role]         pull quotes, which repeat the body's words (skipped)
 *         div.ad-slot-container                inline ads inserted by spacefinder (skipped)
 *         ul                                   the "Do you have an opinion …" letters prompt (skipped)
 *   [data-component="more-on-this-story"]      "More on this story" carousel below the article: li … h3 teasers
 *   [data-component="most-popular"]            "Most viewed" (not related to the article: skipped)
 *
 * The head carries og:type "article", article:section (the section's name: "Opinion", "World news"),
 * article:author (profile URLs) and a JSON-LD array whose item is a plain `NewsArticle` for news and opinion alike.
 * Opinion lives under /commentisfree/, also behind an edition or section prefix (/us-news/commentisfree/…);
 * house editorials are headed "The Guardian view on …". Letters and some columns are filed under news sections,
 * so a dated URL outside /commentisfree/ is only an `article`: the page's layout and section label decide.
 * Learned from the Guardian's own renderer (guardian/dotcom-rendering: ArticleRenderer, ArticleBody, CommentLayout),
 * the calibre recipe (recipes/guardian.recipe) and the Postlight parser's Guardian extractor.
 */

const SLUG = '[a-z0-9][a-z0-9-]*';
const DATE = '\\d{4}/[a-z]{3}/\\d{2}';
/** /commentisfree/2024/nov/20/slug and /us-news/commentisfree/2024/nov/20/slug: opinion. */
const OPINION_ARTICLE = new RegExp(`^/(?:${SLUG}/)?commentisfree/${DATE}/${SLUG}/?$`);
/** /world/2024/nov/20/slug, /business/nils-pratley-on-finance/2024/nov/20/slug: an article of another section. */
const ANY_ARTICLE = new RegExp(`^/${SLUG}/(?:${SLUG}/)*${DATE}/${SLUG}/?$`);
/** Live blogs, galleries, video, audio, interactives: dated, but no article body to annotate. */
const NOT_AN_ARTICLE = /\/(live|gallery|video|audio|picture|ng-interactive|crosswords)\//;
/** /, /uk, /commentisfree, /uk/commentisfree, /world/taiwan, /profile/name: fronts, tag and profile pages. */
const INDEX = new RegExp(`^/(?:${SLUG}(?:/${SLUG}){0,2}/?)?$`);

/** Every DCR layout that opinion content uses. */
const OPINION_LAYOUTS = new Set(['CommentLayout']);
/** Headline of the house editorial ("The Guardian view on …", "The Observer view on …"). */
const HOUSE_EDITORIAL = /^The (Guardian|Observer) view\b/i;

function classifyUrl(url: URL): UrlClassification {
  const path = url.pathname;
  if (OPINION_ARTICLE.test(path)) return { kind: 'op-ed', reasons: ['URL section: commentisfree'] };
  if (ANY_ARTICLE.test(path) && NOT_AN_ARTICLE.test(path)) return { kind: 'other', reasons: ['URL is not an article'] };
  if (ANY_ARTICLE.test(path)) return { kind: 'article', reasons: [`URL section: ${path.split('/')[1] ?? '?'}`] };
  if (INDEX.test(path)) return { kind: 'index', reasons: [path === '/' ? 'home page' : 'section page'] };
  return { kind: 'other', reasons: ['URL is not an article'] };
}

/** What the page says of itself: its DCR layout, its section label, its declared section and schema.org data. */
function pageOpinionReasons(document: Document, url: URL): string[] {
  const reasons: string[] = [];
  const layout = document.querySelector('main[data-layout]')?.getAttribute('data-layout') ?? '';
  if (OPINION_LAYOUTS.has(layout)) reasons.push('comment layout');
  const label = document.querySelector('[data-gu-name="title"] a[data-link-name="article section"]')?.textContent?.trim();
  if (label && isOpinionLabel(label)) reasons.push(`section label: ${label}`);
  // JSON-LD and article:section; the URL's own reason is already given by classifyUrl.
  reasons.push(...declaredOpinion(document, url).filter((reason) => !reason.startsWith('URL section')));
  return reasons;
}

/**
 * An op-ed when the URL says so; a dated article elsewhere is an op-ed when the page shows the comment layout or
 * declares an opinion section (letters, columns filed under news sections), else news.
 */
function classifyPage(document: Document, url: URL): Classification {
  return classifyArticle(classifyUrl(url), () => {
    const other: string[] = [];
    const headline = document.querySelector('[data-gu-name="headline"] h1')?.textContent?.trim() ?? '';
    if (HOUSE_EDITORIAL.test(headline)) other.push('house editorial');
    const body = findRegion(document)?.body ?? null;
    if (hasByline(document, body)) other.push('byline');
    if (hasAuthorBio(document, body)) other.push('author bio');
    return { opinion: pageOpinionReasons(document, url), other };
  });
}

/** Direct children of the body container that carry the article's words. */
const BODY_BLOCKS = ':scope > p, :scope > h2, :scope > blockquote';

function findRegion(document: Document): ArticleRegion | null {
  const container = document.querySelector('#maincontent .article-body-commercial-selector');
  if (!container) return null;
  const body = [...container.querySelectorAll(BODY_BLOCKS)].filter(hasText);
  if (body.length === 0) return null;
  const teasers = [...document.querySelectorAll('[data-component="more-on-this-story"] li h3')]
    .filter(hasText);
  return { body, teasers };
}

export const theGuardian: SiteAdapter = {
  id: 'the-guardian',
  name: 'The Guardian',
  hosts: ['www.theguardian.com'],
  matches: {
    opinion: ['*://www.theguardian.com/commentisfree/*', '*://www.theguardian.com/*/commentisfree/*'],
    // Every dated article path (/section/2024/nov/20/slug) has "/20" after its first segment.
    articles: ['*://www.theguardian.com/*/20*'],
  },
  classifyUrl,
  classifyPage,
  findRegion,
  examples: {
    opEd: [
      'https://www.theguardian.com/commentisfree/2026/nov/18/taiwan-chip-diplomacy-tsmc-europe',
      'https://www.theguardian.com/commentisfree/2025/may/20/the-guardian-view-on-taiwan-lai-ching-te-first-year',
      'https://www.theguardian.com/us-news/commentisfree/2026/oct/02/taiwan-arms-sales-congress',
      'http://www.theguardian.com/commentisfree/2019/jan/02/xi-jinping-taiwan-speech-reunification',
    ],
    notOpEd: [
      'https://www.theguardian.com/world/2026/nov/20/taiwan-legislative-yuan-budget-vote-lai',
      'https://www.theguardian.com/world/live/2026/nov/20/taiwan-election-results-live',
      'https://www.theguardian.com/world/taiwan',
      'https://www.theguardian.com/commentisfree',
      'https://www.theguardian.com/uk',
      'https://www.theguardian.com/',
      'https://www.theguardian.com/profile/simontisdall',
    ],
  },
};
