import { classifyArticle, declaredOpinion, hasAuthorBio, hasByline } from '../generic.ts';
import { hasText, isOpinionLabel } from '../signals.ts';
import type { ArticleRegion, Classification, SiteAdapter, UrlClassification } from '../types.ts';

/**
 * The Japan Times (www.japantimes.co.jp). Since the 2023 redesign opinion has two sections of its own,
 * /commentary/YYYY/MM/DD/<japan|world>/slug/ and /editorials/YYYY/MM/DD/slug/; links from before it use
 * /opinion/YYYY/MM/DD/<commentary|editorials|letters>/…/slug/ and still resolve. News and the other sections
 * have the same dated shape (/news/2026/11/20/asia-pacific/politics/slug/), so the first segment decides.
 * Template of an article page:
 *
 *   main
 *     div.jt-article-details               the article
 *       .article-category a                section label above the headline ("Commentary", "World")
 *       h1                                 headline
 *       div.byline                         author links and span.credit ("Contributing writer", "Bloomberg")
 *       ul.single-sns-area                 share buttons (skipped)
 *       div.article-image-gallery          lead photo: a.fresco with data-fresco-caption (skipped)
 *       div.article-body                   the body: p, h2/h3, blockquote, in which sit
 *         .jt_content_ad, .DisplayAd       ad slots (skipped)
 *         .image_body                      inline photos with captions (skipped)
 *         .newsletter-signup, .jt-subscribe-box   sign-up and subscription boxes (skipped)
 *       .post-keywords                     tag links (skipped)
 *     .jt-related-stories                  related stories below the article: li … h3 teasers
 *   #taboola-below-article-thumbnails, #piano-recommend, #disqus_thread: sponsored links, comments (not read)
 *
 * The head has a schema.org NewsArticle (headline, author, datePublished, keywords) and cXense meta tags
 * (cXenseParse:articleid, cXenseParse:jat-credit). Signed commentary may close with an author bio line.
 * Learned from the newsrack Japan Times recipe (ping/newsrack recipes/japan-times.recipe.py: the classes it strips)
 * and a feed handler that reads the new template (div.jt-article-details, div.article-body, .jt_content_ad,
 * .image_body, div.byline > span.credit); the section label's class is our reading of the template, so the
 * adapter never depends on it: the URL decides the kind.
 */

const DATED = '\\d{4}/\\d{2}/\\d{2}/(?:[a-z0-9-]+/)*[a-z0-9][a-z0-9-]*/?';
/** /commentary/2026/11/19/world/slug/, /editorials/2026/11/21/slug/, /opinion/2022/08/05/commentary/world-commentary/slug/. */
const OPINION_ARTICLE = new RegExp(`^/(commentary|editorials|opinion)/${DATED}$`);
/** /news/2026/11/20/asia-pacific/politics/slug/, /business/2026/11/14/tech/slug/, /life/…, /culture/…, /sports/…. */
const NEWS_ARTICLE = new RegExp(`^/(news|business|life|culture|sports|community|environment)/${DATED}$`);
/** /, /commentary/, /commentary/world/, /editorials/, /news/asia-pacific/politics/: fronts and section pages. */
const INDEX = /^\/(?:[a-z-]+\/(?:[a-z-]+\/){0,2})?$/;

function classifyUrl(url: URL): UrlClassification {
  const path = url.pathname;
  const opinion = OPINION_ARTICLE.exec(path);
  if (opinion) {
    // Old /opinion/… links name the kind in a later segment (commentary, editorials, letters).
    const section = opinion[1] === 'opinion' ? /\/(commentary|editorials|letters)\//.exec(path)?.[1] : opinion[1];
    return { kind: 'op-ed', reasons: [`URL section: ${section ?? 'opinion'}`] };
  }
  const news = NEWS_ARTICLE.exec(path);
  if (news) return { kind: 'news', reasons: [`URL section: ${news[1] ?? '?'}`] };
  if (INDEX.test(path)) return { kind: 'index', reasons: [path === '/' ? 'home page' : 'section page'] };
  return { kind: 'other', reasons: ['URL is not an article'] };
}

/** The URL decides the kind; the page adds its section label, declared section, editorial, byline and author bio. */
function classifyPage(document: Document, url: URL): Classification {
  return classifyArticle(classifyUrl(url), () => {
    const other: string[] = [];
    const label = [...document.querySelectorAll('.jt-article-details .article-category a')]
      .map((link) => (link.textContent ?? '').trim())
      .find(isOpinionLabel);
    if (label) other.push(`section label: ${label}`);
    other.push(...declaredOpinion(document, url).filter((reason) => !reason.startsWith('URL section')));
    if (/\/editorials\//.test(url.pathname)) other.push('house editorial');
    const body = findRegion(document)?.body ?? null;
    if (document.querySelector('.jt-article-details .byline a[href*="/author/"]') || hasByline(document, body)) other.push('byline');
    if (hasAuthorBio(document, body)) other.push('author bio');
    return { opinion: [], other };
  });
}

/** Inside the body, but not the article's words. */
const SKIP = '.jt_content_ad, .DisplayAd, .ad, .image_body, figure, figcaption, .newsletter-signup, .jt-subscribe-box, ' +
  '.single-sns-area, .post-keywords, .jt-related-stories, aside, script, style, noscript';

function findRegion(document: Document): ArticleRegion | null {
  const article = document.querySelector('.jt-article-details');
  const container = article?.querySelector('.article-body');
  if (!article || !container || !article.querySelector('h1')) return null;
  const body = [...container.querySelectorAll('p, h2, h3, blockquote')].filter((block) =>
    !block.closest(SKIP) && !block.parentElement?.closest('blockquote') && hasText(block));
  if (body.length === 0) return null;
  const teasers = [...document.querySelectorAll('.jt-related-stories li h3')]
    .filter(hasText);
  return { body, teasers };
}

export const japanTimes: SiteAdapter = {
  id: 'japan-times',
  name: 'The Japan Times',
  hosts: ['www.japantimes.co.jp', 'japantimes.co.jp'],
  matches: {
    opinion: [
      '*://www.japantimes.co.jp/commentary/*', '*://japantimes.co.jp/commentary/*',
      '*://www.japantimes.co.jp/editorials/*', '*://japantimes.co.jp/editorials/*',
      '*://www.japantimes.co.jp/opinion/*', '*://japantimes.co.jp/opinion/*',
    ],
    articles: ['news', 'business', 'life', 'culture', 'sports', 'community', 'environment'].flatMap((section) => [
      `*://www.japantimes.co.jp/${section}/*`, `*://japantimes.co.jp/${section}/*`,
    ]),
  },
  classifyUrl,
  classifyPage,
  findRegion,
  examples: {
    opEd: [
      'https://www.japantimes.co.jp/commentary/2026/11/19/world/taiwan-tsmc-kumamoto-trust/',
      'https://www.japantimes.co.jp/commentary/2026/10/02/japan/japan-taiwan-contingency-planning/',
      'https://www.japantimes.co.jp/editorials/2026/11/21/lai-ching-te-strait-stability/',
      'https://www.japantimes.co.jp/opinion/2022/08/05/commentary/world-commentary/pelosi-taiwan-visit-aftermath/',
      'https://www.japantimes.co.jp/opinion/2019/01/04/editorials/xi-jinping-taiwan-speech/',
    ],
    notOpEd: [
      'https://www.japantimes.co.jp/news/2026/11/20/asia-pacific/politics/taiwan-legislative-yuan-defense-budget/',
      'https://www.japantimes.co.jp/business/2026/11/14/tech/tsmc-kumamoto-second-plant/',
      'https://www.japantimes.co.jp/news/2022/08/05/asia-pacific/china-taiwan-military-drills/',
      'https://www.japantimes.co.jp/commentary/',
      'https://www.japantimes.co.jp/opinion/',
      'https://www.japantimes.co.jp/',
      'https://www.japantimes.co.jp/author/int-jane-doe/',
    ],
  },
};
