import { classifyArticle, declaredOpinion } from '../generic.ts';
import { hasText, isAuthorBio, isOpinionLabel } from '../signals.ts';
import type { ArticleRegion, Classification, SiteAdapter, UrlClassification } from '../types.ts';

/**
 * Taiwan News (www.taiwannews.com.tw). Every article, news or opinion, has the same URL shape, /en/news/<id> (the
 * older /news/<id> still resolves), so the URL only says `article`; the page's category label decides. The site is
 * a Next.js app styled with Tailwind utility classes:
 *
 *   main
 *     a[href="/en/news/<category>"]            category label above the headline: "Opinion", "Politics", …
 *     h1                                       headline
 *     section.max-w-2xl.border-2.bg-light-2    writer card: a[href="/en/journalist/<id>"] > img[alt=name], then
 *       p > a[href="/en/journalist/<id>"]      the name and
 *       p.text-gray-3.text-subtle-large        the role ("Taiwan News, Staff Writer", "Taiwan News, Contributor")
 *     figure > img + figcaption                lead photo and caption (outside the body)
 *     article                                  the body:
 *       p, h2, h3, blockquote                  what we annotate
 *       figure > figcaption                    inline photos and captions (skipped)
 *       div[id^="div-gpt-ad"], .ad-slot        ad slots (skipped)
 *     aside                                    "Latest" / "Most popular" lists, not related to the story
 *
 * Opinion pieces end with the writer's bio ("Jane Doe is a …") as the last paragraph. The head has og:type
 * "article", og:title "<headline> | Taiwan News | Nov. 24, 2026 15:36" and article:published_time.
 *
 * Learned from scrapers on GitHub: an article extractor for the current template (writer card classes, journalist
 * links, og:title format), an older BeautifulSoup scraper of the pre-2024 template (h1.article-title,
 * article.container-fluid.article), and feed and crawl configs listing /en/news/<id> articles and /en/news/politics,
 * /en/news/defense section pages. The category label's markup and the absence of related-story boxes are inferred,
 * not confirmed.
 */

/** /en/news/6452738, /news/5880054: an article, news or opinion. */
const ARTICLE = /^\/(?:en\/)?news\/\d{5,8}\/?$/;
/** /zh/news/…: the Chinese edition, which we do not annotate. */
const CHINESE = /^\/zh(?:\/|$)/;
/** /, /en, /en/index, /en/news/opinion, /en/news/politics, /en/journalist/4539: fronts, sections, writer pages. */
const INDEX = /^\/(?:en\/?)?(?:(?:index|news\/[a-z][a-z-]*|journalist\/\d+|search)\/?)?$/;
/** The href of a category label: /en/news/opinion. */
const CATEGORY_LINK = /^(?:https?:\/\/(?:www\.)?taiwannews\.com\.tw)?\/(?:en\/)?news\/([a-z][a-z-]*)\/?$/;

function classifyUrl(url: URL): UrlClassification {
  const path = url.pathname;
  if (ARTICLE.test(path)) return { kind: 'article', reasons: ['article URL'] };
  if (CHINESE.test(path)) return { kind: 'other', reasons: ['Chinese edition'] };
  if (INDEX.test(path)) return { kind: 'index', reasons: [/^\/(?:en\/?)?(?:index\/?)?$/.test(path) ? 'home page' : 'section page'] };
  return { kind: 'other', reasons: ['URL is not an article'] };
}

/** The category label shown with the headline ("Opinion"), or null. */
function categoryLabel(document: Document): string | null {
  const headline = document.querySelector('main h1') ?? document.querySelector('h1');
  const header = headline?.parentElement;
  const links = [
    ...(header?.querySelectorAll('a[href]') ?? []),
    ...document.querySelectorAll('nav[aria-label*="readcrumb"] a[href]'),
  ];
  const label = links.find((link) => CATEGORY_LINK.test(link.getAttribute('href') ?? ''));
  return label?.textContent?.trim() ?? null;
}

const WRITER_CARD = 'section.max-w-2xl.border-2.bg-light-2';

/** An op-ed when the category label or the declared section says opinion, else news. */
function classifyPage(document: Document, url: URL): Classification {
  return classifyArticle(classifyUrl(url), () => {
    const opinion: string[] = [];
    const label = categoryLabel(document);
    if (label && isOpinionLabel(label)) opinion.push(`section label: ${label}`);
    opinion.push(...declaredOpinion(document, url));
    const other: string[] = [];
    const card = document.querySelector(WRITER_CARD);
    const writer = card?.querySelector('p > a[href*="/journalist/"]')?.textContent?.trim() ?? '';
    if (writer !== '') other.push('byline');
    const role = card?.querySelector('p.text-gray-3')?.textContent?.trim() ?? '';
    if (/\b(contributor|columnist|guest)\b/i.test(role)) other.push('contributor');
    // A closing bio must name the writer: a news story's last paragraph often reads like one ("Lai was …").
    const closing = findRegion(document)?.body.slice(-2) ?? [];
    const isBio = (text: string): boolean => {
      const clean = text.replace(/\s+/g, ' ').trim();
      return ((writer !== '' && clean.startsWith(writer)) || /^the (writer|author)s?\b/i.test(clean)) && isAuthorBio(clean);
    };
    if (closing.some((block) => isBio(block.textContent ?? ''))) other.push('author bio');
    return { opinion, other };
  });
}

const BLOCKS = 'p, h2, h3, blockquote';
const NOT_BODY = 'figure, figcaption, aside, nav, form, button, script, style, noscript, [id^="div-gpt-ad"], [class*="ad-slot"], [class*="advert"]';

/** Paragraph text an `article` element holds: the body is the one with the most (teaser cards hold little). */
function paragraphText(article: Element): number {
  return [...article.querySelectorAll('p')].reduce((sum, p) => sum + (p.textContent ?? '').trim().length, 0);
}

function findRegion(document: Document): ArticleRegion | null {
  if (!document.querySelector('h1')) return null;
  const candidates = [...document.querySelectorAll('article')].filter((article) => !article.closest('aside, nav, footer'));
  let container: Element | null = null;
  for (const article of candidates) {
    if (!container || paragraphText(article) > paragraphText(container)) container = article;
  }
  if (!container) return null;
  const outerContainer = container;
  const body = [...container.querySelectorAll(BLOCKS)].filter((block) => {
    if (block.closest(NOT_BODY)) return false;
    const outer = block.parentElement?.closest(BLOCKS);
    if (outer && outerContainer.contains(outer)) return false;
    return hasText(block);
  });
  if (body.length === 0) return null;
  return { body, teasers: [] };
}

export const taiwanNews: SiteAdapter = {
  id: 'taiwan-news',
  name: 'Taiwan News',
  hosts: ['www.taiwannews.com.tw', 'taiwannews.com.tw'],
  matches: {
    // The URL never says opinion: every article is decided by its page.
    opinion: [],
    articles: [
      '*://www.taiwannews.com.tw/en/news/*', '*://www.taiwannews.com.tw/news/*',
      '*://taiwannews.com.tw/en/news/*', '*://taiwannews.com.tw/news/*',
    ],
  },
  classifyUrl,
  classifyPage,
  findRegion,
  examples: {
    // Opinion and news share one URL shape: these are opinion pieces, which the URL calls `article`.
    opEd: [
      'https://www.taiwannews.com.tw/en/news/6471235',
      'https://taiwannews.com.tw/en/news/6452738',
      'https://www.taiwannews.com.tw/news/5880054',
    ],
    notOpEd: [
      'https://www.taiwannews.com.tw/en/news/opinion',
      'https://www.taiwannews.com.tw/en/news/politics',
      'https://www.taiwannews.com.tw/en/journalist/4539',
      'https://www.taiwannews.com.tw/en/index',
      'https://www.taiwannews.com.tw/',
      'https://www.taiwannews.com.tw/zh/news/6471240',
    ],
  },
};
