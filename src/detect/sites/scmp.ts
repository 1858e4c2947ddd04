import { classifyArticle, declaredOpinion } from '../generic.ts';
import { hasText, isAuthorBio, isOpinionLabel, metaValues } from '../signals.ts';
import type { ArticleRegion, Classification, SiteAdapter, UrlClassification } from '../types.ts';

/**
 * South China Morning Post (www.scmp.com). Article pages are rendered by a Next.js app whose CSS class names are
 * generated (`css-1a2b3c e1x2y3z0`) and change with every release, so the adapter reads the stable `data-qa`
 * attributes the app writes on its components instead:
 *
 *   h1[data-qa="ContentHeadline-ContainerWithTag"]   the headline, with its tag in front of it:
 *     span[data-qa="ContentHeadline-Tag"]            "Opinion", "Editorial", "Letters", "Explainer", … (absent on
 *                                                    most news)
 *     span[data-qa="ContentHeadline-Headline"]       the headline's words
 *   div[data-qa="GenericArticle-SubHeadline"]        the summary bullets under the headline (not part of the body)
 *   div[data-qa="GenericArticle-Author"]             byline: a[href^="/author/"] per writer, with avatar
 *   time[data-qa="ContentActionBar-…-time"]          dateline, next to the share and bookmark buttons
 *   div[data-qa="GenericArticle-Leading"]            the lead photo and its caption (outside the body)
 *   div[data-qa="GenericArticle-Content"]            the body. Each body node is a component of its own:
 *     p, h2, h3, blockquote                          paragraphs, subheadings, quotes: what we annotate
 *     figure > figcaption                            inline photos and captions ("Photo: AFP") (skipped)
 *     div[data-qa*="AdSlot"]                         inline ad slots (skipped)
 *     aside                                          inline "Related" link boxes (skipped)
 *   div[data-qa="GenericArticle-PaywallContainer"]   the paywall overlay and subscription pitch (skipped)
 *
 * Guest op-eds close the body with the writer's bio ("Jane Doe is a senior fellow at …"), in its own paragraph.
 * Below the article the page shows "More Articles" / "Top Picks" recommendations that are not related to the
 * story, so the adapter returns no teasers.
 *
 * URLs: every article is /<section>/<subsection…>/article/<numeric id>/<slug>. Opinion lives under /opinion/
 * (/opinion/china-opinion/article/…, /opinion/letters/article/…, /opinion/article/… for house columns), under
 * /comment/ in older links (/comment/insight-opinion/article/…), and This Week in Asia's /week-asia/opinion/.
 * Other article URLs are only `article`: the headline tag and the page's declared section decide.
 *
 * Learned from scrapers on GitHub that read the Next.js template (GenericArticle-Content, ContentHeadline-Headline,
 * GenericArticle-Author, GenericArticle-SubHeadline, GenericArticle-PaywallContainer), the calibre and newsrack
 * recipes (recipes/scmp.recipe: the older Drupal-era classes and the section feeds) and SCMP's RSS feeds (headline
 * tags "Letters |", "Opinion |", and the /opinion/… and /comment/… links).
 */

const SLUG = '[a-z0-9][a-z0-9-]*';
const ID = '\\d{5,8}';
/** /opinion/china-opinion/article/3338636/slug, /opinion/article/3352234/slug, /week-asia/opinion/article/…,
 * /comment/insight-opinion/article/2175693/slug: opinion. */
const OPINION_ARTICLE = new RegExp(`^/(?:week-asia/)?(?:opinion|comment)/(?:${SLUG}/)*article/${ID}(?:/${SLUG})?/?$`);
/** /news/china/diplomacy/article/3359224/slug, /economy/article/…/slug: an article of any section. */
const ANY_ARTICLE = new RegExp(`^/(?:${SLUG}/)*article/${ID}(?:/${SLUG})?/?$`);
/** Section fronts, topic and author pages: /, /opinion, /news/china/diplomacy, /topics/taiwan, /author/jane-doe.
 * Other short paths (/policies-and-standards, /video/…) are not listings we know. */
const INDEX = new RegExp(
  `^/(?:(?:news|opinion|comment|business|economy|tech|lifestyle|sport|week-asia|topics|author|live|china-future-tech)(?:/${SLUG}){0,2}/?)?$`,
);

function classifyUrl(url: URL): UrlClassification {
  const path = url.pathname;
  if (OPINION_ARTICLE.test(path)) {
    const section = path.split('/').find((segment) => segment === 'opinion' || segment === 'comment') ?? 'opinion';
    return { kind: 'op-ed', reasons: [`URL section: ${section}`] };
  }
  if (ANY_ARTICLE.test(path)) return { kind: 'article', reasons: [`URL section: ${path.split('/')[1] ?? '?'}`] };
  if (INDEX.test(path)) return { kind: 'index', reasons: [path === '/' ? 'home page' : 'section page'] };
  return { kind: 'other', reasons: ['URL is not an article'] };
}

const HEADLINE = 'h1[data-qa="ContentHeadline-ContainerWithTag"]';

/** The tag printed before the headline ("Opinion", "Editorial", "Letters"), or ''. */
function headlineTag(document: Document): string {
  const container = document.querySelector(HEADLINE);
  if (!container) return '';
  const tag = container.querySelector('[data-qa="ContentHeadline-Tag"]')?.textContent;
  if (tag !== undefined && tag !== null) return tag.replace(/\|/g, '').trim();
  // Without a tag element, the tag is whatever the container shows besides the headline ("Opinion | …").
  const headline = container.querySelector('[data-qa="ContentHeadline-Headline"]')?.textContent ?? '';
  return (container.textContent ?? '').replace(headline, '').replace(/\|/g, '').trim();
}

/** What the page says of itself: the headline tag, the declared section and schema.org data. */
function pageOpinionReasons(document: Document, url: URL): string[] {
  const reasons: string[] = [];
  const tag = headlineTag(document);
  if (tag !== '' && isOpinionLabel(tag)) reasons.push(`headline tag: ${tag}`);
  // JSON-LD and article:section; the URL's own reason is already given by classifyUrl.
  reasons.push(...declaredOpinion(document, url).filter((reason) => !reason.startsWith('URL section')));
  return reasons;
}

/**
 * An op-ed when the URL says so; an article elsewhere is an op-ed when its headline tag or declared section says
 * opinion, else news.
 */
function classifyPage(document: Document, url: URL): Classification {
  return classifyArticle(classifyUrl(url), () => {
    const other: string[] = [];
    const authors = authorNames(document);
    if (authors.length > 0) other.push('byline');
    const closing = findRegion(document)?.body.slice(-2) ?? [];
    if (closing.some((block) => isBioOf(block.textContent ?? '', authors))) other.push('author bio');
    return { opinion: pageOpinionReasons(document, url), other };
  });
}

/** The writers named in the byline (or, failing that, the author meta tag). */
function authorNames(document: Document): string[] {
  const links = [...document.querySelectorAll('[data-qa="GenericArticle-Author"] a[href*="/author/"]')];
  const names = links.map((link) => (link.textContent ?? '').trim()).filter((name) => name !== '');
  return names.length > 0 ? [...new Set(names)] : metaValues(document, 'author');
}

/**
 * A closing bio of the piece's own writer: "Marcus Hale is a senior fellow …" or "The writer is …". The writer's
 * name is required because a news story's last paragraph often reads like a bio ("Beijing has held …").
 */
function isBioOf(text: string, authors: readonly string[]): boolean {
  const clean = text.replace(/\s+/g, ' ').trim();
  const named = authors.some((name) => clean.startsWith(name)) || /^the (writer|author)s?\b/i.test(clean);
  return named && isAuthorBio(clean);
}

/** Blocks that carry the article's words. */
const BLOCKS = 'p, h2, h3, blockquote';
/** Parts of the body container that are not the article's words: media, ads, link boxes, the paywall. */
const NOT_BODY = [
  'figure', 'figcaption', 'aside', 'nav', 'form', 'button', 'script', 'style', 'noscript',
  '[data-qa*="AdSlot"]', '[data-qa*="Paywall"]', '[data-qa*="Related"]', '[data-qa*="Newsletter"]', '[data-qa*="Caption"]',
].join(', ');

function findRegion(document: Document): ArticleRegion | null {
  const container = document.querySelector('[data-qa="GenericArticle-Content"]');
  if (!container || !document.querySelector(HEADLINE)) return null;
  const body = [...container.querySelectorAll(BLOCKS)].filter((block) => {
    if (block.closest(NOT_BODY)) return false;
    // A paragraph inside a block quote belongs to the quote, which is the block.
    const outer = block.parentElement?.closest(BLOCKS);
    if (outer && container.contains(outer)) return false;
    return hasText(block);
  });
  if (body.length === 0) return null;
  return { body, teasers: [] };
}

export const scmp: SiteAdapter = {
  id: 'scmp',
  name: 'South China Morning Post',
  // scmp.com redirects to www.scmp.com; it is listed so that its URLs are recognised.
  hosts: ['www.scmp.com', 'scmp.com'],
  matches: {
    opinion: [
      '*://www.scmp.com/opinion/article/*',
      '*://www.scmp.com/opinion/*/article/*',
      '*://www.scmp.com/comment/*/article/*',
      '*://www.scmp.com/week-asia/opinion/article/*',
    ],
    // Every article URL has an /article/<id>/ segment after its section.
    articles: ['*://www.scmp.com/*/article/*'],
  },
  classifyUrl,
  classifyPage,
  findRegion,
  examples: {
    opEd: [
      'https://www.scmp.com/opinion/china-opinion/article/3386412/taiwans-chip-leverage-has-expiry-date',
      'https://www.scmp.com/opinion/letters/article/3338305/how-universities-can-rein-abuse-ai',
      'https://www.scmp.com/opinion/article/3352234/why-football-festival-keeps-fans-onside',
      'https://www.scmp.com/comment/insight-opinion/article/2175693/taiwan-local-elections-test-tsai',
      'https://www.scmp.com/week-asia/opinion/article/3004896/election-taiwan-must-choose-chinese-cash-or-american-freedom',
      'https://www.scmp.com/opinion/world-opinion/article/3370088/better-protection-needed-violent-cryptocurrency-robberies-surge?utm_source=rss_feed',
    ],
    notOpEd: [
      'https://www.scmp.com/news/china/military/article/3386530/pla-drills-near-taiwan-enter-second-day',
      'https://www.scmp.com/news/china/diplomacy/article/3386311/beijing-warns-us-over-taiwan-arms-package',
      'https://www.scmp.com/tech/big-tech/article/3386102/tsmc-arizona-second-fab-output',
      'https://www.scmp.com/opinion',
      'https://www.scmp.com/opinion/china-opinion',
      'https://www.scmp.com/topics/taiwan',
      'https://www.scmp.com/',
      'https://www.scmp.com/video/hong-kong/3186510/hong-kongs-finance-chief-property-market-and-citys-new-strategic-tech-fund',
    ],
  },
};
