import { classifyArticle } from '../generic.ts';
import { hasText, isAuthorBio, parseByline } from '../signals.ts';
import type { ArticleRegion, Classification, SiteAdapter, UrlClassification } from '../types.ts';

/**
 * Taipei Times (taipeitimes.com). Every article page, news or opinion, uses one template:
 *
 *   li#left_blake > div.archives          the article
 *     h1                                  headline (h2 below it is the deck)
 *     ul.as                               byline and share bar (skipped: it is a list, not a p child)
 *     p                                   body paragraphs, as direct children
 *     div.imgboxa > h1, p                 photo, caption and credit (skipped: not direct children)
 *     div.ad                              ad slots with their scripts (skipped)
 *   div.dboxss2[data-desc="You might also like"]   related stories below the article
 *     li > a > div > p                    teaser text: the paragraphs we annotate there
 *
 * Opinion pieces live under the "Editorials" section, /News/editorials/archives/YYYY/MM/DD/ID; older links use
 * /News/edit/archives/... . See ../shared/fixtures/ for a real page of the template. The section holds four
 * kinds of piece, told apart by the headline and the byline:
 *   house editorials        h1 "EDITORIAL: …", no byline
 *   signed op-eds           ul.as .name "By Name 中文名", closing paragraph "Name is a …" (the author bio)
 *   letters                 h1 "LETTER: …"
 *   Liberty Times editorials  translations of the sister paper's editorial: a closing "Translated by …" line
 */

const OPINION_ARTICLE = /^\/News\/(editorials|edit)\/archives\/\d{4}\/\d{2}\/\d{2}\/\d+\/?$/i;
const ANY_ARTICLE = /^\/News\/[a-z]+\/archives\/\d{4}\/\d{2}\/\d{2}\/\d+\/?$/i;
const SECTION_INDEX = /^\/(News\/[a-z]+\/?(index\.php)?)?$/i;

function classifyUrl(url: URL): UrlClassification {
  const path = url.pathname;
  if (OPINION_ARTICLE.test(path)) return { kind: 'op-ed', reasons: ['URL section: Editorials'] };
  if (ANY_ARTICLE.test(path)) return { kind: 'news', reasons: [`URL section: ${path.split('/')[2] ?? '?'}`] };
  if (SECTION_INDEX.test(path)) return { kind: 'index', reasons: [path === '/' ? 'home page' : 'section page'] };
  return { kind: 'other', reasons: ['URL is not an article'] };
}

/** The URL decides the kind; the page adds what it shows: the kind of opinion piece, byline, author bio. */
function classifyPage(document: Document, url: URL): Classification {
  return classifyArticle(classifyUrl(url), () => {
    const other: string[] = [];
    const article = document.querySelector('div.archives');
    const headline = article?.querySelector(':scope > h1')?.textContent?.trim() ?? '';
    if (/^EDITORIAL\s*:/i.test(headline)) other.push('house editorial');
    if (/^LETTERS?\s*:/i.test(headline)) other.push('letter');
    const byline = article?.querySelector('.name')?.textContent ?? '';
    if (parseByline(byline) !== null) other.push('byline');
    const closing = [...(article?.querySelectorAll(':scope > p') ?? [])].slice(-2).map((p) => p.textContent ?? '');
    if (closing.some(isAuthorBio)) other.push('author bio');
    if (closing.some((text) => /^\s*Translated by\b/i.test(text))) other.push('translated');
    if (/Liberty Times/i.test(headline) || closing.some((text) => /Liberty Times/i.test(text))) other.push('Liberty Times editorial');
    return { opinion: [], other };
  });
}

function findRegion(document: Document): ArticleRegion | null {
  const article = document.querySelector('div.archives');
  if (!article || !article.querySelector(':scope > h1')) return null;
  const body = [...article.querySelectorAll(':scope > p')].filter(hasText);
  if (body.length === 0) return null;
  const teasers = [...document.querySelectorAll('div.dboxss2')]
    .filter((box) => box.getAttribute('data-desc') === 'You might also like' ||
      box.querySelector(':scope > h1')?.textContent?.trim() === 'You might also like')
    .flatMap((box) => [...box.querySelectorAll('li p')]);
  return { body, teasers };
}

export const taipeiTimes: SiteAdapter = {
  id: 'taipei-times',
  name: 'Taipei Times',
  hosts: ['www.taipeitimes.com', 'taipeitimes.com'],
  matches: {
    opinion: [
      '*://www.taipeitimes.com/News/editorials/*', '*://taipeitimes.com/News/editorials/*',
      '*://www.taipeitimes.com/News/edit/*', '*://taipeitimes.com/News/edit/*',
    ],
    articles: ['*://www.taipeitimes.com/News/*', '*://taipeitimes.com/News/*'],
  },
  classifyUrl,
  classifyPage,
  findRegion,
  examples: {
    opEd: [
      'https://www.taipeitimes.com/News/editorials/archives/2025/06/03/2003837943',
      'http://www.taipeitimes.com/News/edit/archives/2012/05/01/2003531802',
      'https://taipeitimes.com/News/editorials/archives/2024/01/15/2003812000',
    ],
    notOpEd: [
      'https://www.taipeitimes.com/News/front/archives/2024/10/16/2003825372',
      'https://www.taipeitimes.com/News/taiwan/archives/2024/10/15/2003825325',
      'https://www.taipeitimes.com/News/editorials',
      'https://www.taipeitimes.com/',
      'https://www.taipeitimes.com/News/Mostread',
    ],
  },
};
