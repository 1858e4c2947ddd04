import { classifyArticle, declaredOpinion, hasAuthorBio, hasByline } from '../generic.ts';
import { hasText, isAuthorBio, isOpinionLabel } from '../signals.ts';
import type { ArticleRegion, Classification, SiteAdapter, UrlClassification } from '../types.ts';

/**
 * The Diplomat (thediplomat.com), a WordPress site (theme "td_theme_v3"). Every article, news analysis or opinion,
 * is filed under its date, /YYYY/MM/slug/, so the URL never says opinion: the page does, through the labels in its
 * story header and its declared section. Template of an article page:
 *
 *   header#td-story-head                 the story header
 *     #td-meta                           labels: category or blog ("Features", "The Debate", "China Power"),
 *                                        topic ("Politics", "Security", "Opinion") and region ("East Asia"),
 *                                        as links to /category/…, /blogs/…, /topics/…, /regions/…
 *     h1                                 headline (a lead paragraph follows it)
 *     #td-story-authors                  byline: "By" and links to /authors/<name>/
 *   .td-media--story / #td-story-image   lead photo with its caption and credit (skipped)
 *   .td-share                            share buttons (skipped)
 *   .td-prose                            the body: p, h2/h3 and blockquote, in which sit
 *     .wp-caption, figure                inline photos; captions have ids "caption-attachment-N" (skipped)
 *     .td-ad, .td-ad-inline-txt          ad slots and their "Advertisement" label (skipped)
 *     aside#td-box-newsletter            newsletter sign-up box (skipped)
 *   .td-story-magazine__link             "this article appeared in the magazine" promotion (skipped)
 *   .td-authors                          author box: "Name is a researcher at …" (the author bio, not annotated)
 *
 * The Diplomat's opinion pieces come under the "Opinion" topic and the opinion blog "The Debate"; analysis and
 * reporting come under "Features", "Interviews" and the regional blogs. The page is also checked for a declared
 * opinion section (JSON-LD `articleSection`/`genre`, article:section). The Diplomat shows no related-story teasers
 * in the article template, so the region has none. Learned from the calibre recipe (recipes/the_diplomat.recipe:
 * header#td-story-head, .td-prose, .td-media--story, .td-authors, .td-share, .td-ad, aside#td-box-newsletter and
 * the feeds of /category/, /regions/ and /topics/ including /topics/opinion/) and a saved listing page of the site.
 */

/** /2026/11/taiwan-tsmc-and-the-limits-of-silicon-shield/, also its later pages: /2026/11/slug/2/. */
const ARTICLE = /^\/\d{4}\/\d{2}\/[a-z0-9][a-z0-9-]*\/(?:\d+\/)?$/;
/** /, /category/features/, /regions/east-asia/, /topics/opinion/, /blogs/the-debate/, /authors/name/, with /page/N/. */
const INDEX = /^\/(?:(?:category|regions|topics|blogs|authors|tag)\/[a-z0-9-]+\/(?:page\/\d+\/)?)?$/;

/** The Diplomat's own name for its opinion blog, besides the words of isOpinionLabel. */
const SITE_OPINION_LABEL = /^the debate$/i;
/** Label links that say opinion by where they point. */
const OPINION_HREF = /\/(?:topics\/opinion|blogs\/the-debate|category\/(?:opinion|commentary))\/?$/;

function classifyUrl(url: URL): UrlClassification {
  const path = url.pathname;
  if (ARTICLE.test(path)) return { kind: 'article', reasons: ['URL: dated article'] };
  if (INDEX.test(path)) return { kind: 'index', reasons: [path === '/' ? 'home page' : 'section page'] };
  return { kind: 'other', reasons: ['URL is not an article'] };
}

/** The path of a link, or '' when it is not a URL. */
function pathOf(href: string): string {
  try {
    return new URL(href, 'https://thediplomat.com/').pathname;
  } catch {
    return '';
  }
}

/** The first label of the story header ("Features", "Opinion", "East Asia") that says opinion, if any. */
function opinionLabel(document: Document): string | null {
  const links = [...document.querySelectorAll('#td-story-head #td-meta a')];
  for (const link of links) {
    const text = (link.textContent ?? '').trim();
    const href = pathOf(link.getAttribute('href') ?? '');
    if (isOpinionLabel(text) || SITE_OPINION_LABEL.test(text) || OPINION_HREF.test(href)) return text;
  }
  return null;
}

/** The page decides: an opinion label in the story header or a declared opinion section makes an op-ed. */
function classifyPage(document: Document, url: URL): Classification {
  return classifyArticle(classifyUrl(url), () => {
    const opinion: string[] = [];
    const label = opinionLabel(document);
    if (label) opinion.push(`section label: ${label}`);
    opinion.push(...declaredOpinion(document, url));
    const other: string[] = [];
    const body = findRegion(document)?.body ?? null;
    const authors = document.querySelector('#td-story-authors a[href*="/authors/"]');
    if (authors || hasByline(document, body)) other.push('byline');
    const bioBox = [...document.querySelectorAll('.td-authors p')].some((p) => isAuthorBio(p.textContent ?? ''));
    if (bioBox || hasAuthorBio(document, body)) other.push('author bio');
    return { opinion, other };
  });
}

/** Inside the body, but not the article's words. */
const SKIP = 'figure, figcaption, .wp-caption, [id^="caption-attachment"], .td-ad, .td-ad-inline-txt, aside, .td-share, ' +
  '.td-story-magazine__link, .td-authors, script, style, noscript';

function findRegion(document: Document): ArticleRegion | null {
  const prose = document.querySelector('.td-prose');
  if (!prose || !document.querySelector('#td-story-head h1')) return null;
  const body = [...prose.querySelectorAll('p, h2, h3, blockquote')].filter((block) =>
    !block.closest(SKIP) && !block.parentElement?.closest('blockquote') && hasText(block));
  return body.length > 0 ? { body, teasers: [] } : null;
}

export const theDiplomat: SiteAdapter = {
  id: 'the-diplomat',
  name: 'The Diplomat',
  hosts: ['thediplomat.com', 'www.thediplomat.com'],
  matches: {
    // The URL never says opinion.
    opinion: [],
    // Articles are /YYYY/MM/slug/.
    articles: ['*://thediplomat.com/20*', '*://www.thediplomat.com/20*'],
  },
  classifyUrl,
  classifyPage,
  findRegion,
  examples: {
    opEd: [
      'https://thediplomat.com/2026/11/taiwans-silicon-shield-needs-a-political-backbone/',
      'https://thediplomat.com/2024/05/what-lai-ching-tes-inauguration-speech-did-not-say/',
      'https://thediplomat.com/2019/01/xi-jinpings-taiwan-speech-and-the-end-of-ambiguity/2/',
    ],
    notOpEd: [
      'https://thediplomat.com/',
      'https://thediplomat.com/regions/east-asia/',
      'https://thediplomat.com/topics/opinion/',
      'https://thediplomat.com/category/features/page/2/',
      'https://thediplomat.com/authors/lin-wen-hsuan/',
      'https://thediplomat.com/wp-content/uploads/2026/11/sizes/td-story-s-2/taiwan.png',
      'https://thediplomat.com/about-us/',
    ],
  },
};
