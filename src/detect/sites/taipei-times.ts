import type { ArticleRegion, PageKind, SiteAdapter } from '../types.ts';

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
 * /News/edit/archives/... . See ../shared/fixtures/ for a real page of the template.
 */

const OPINION_ARTICLE = /^\/News\/(editorials|edit)\/archives\/\d{4}\/\d{2}\/\d{2}\/\d+\/?$/i;
const ANY_ARTICLE = /^\/News\/[a-z]+\/archives\/\d{4}\/\d{2}\/\d{2}\/\d+\/?$/i;
const SECTION_INDEX = /^\/(News\/[a-z]+\/?(index\.php)?)?$/i;

function classifyUrl(url: URL): { kind: PageKind; reasons: string[] } {
  const path = url.pathname;
  if (OPINION_ARTICLE.test(path)) return { kind: 'op-ed', reasons: ['URL section: Editorials'] };
  if (ANY_ARTICLE.test(path)) return { kind: 'news', reasons: [`URL section: ${path.split('/')[2] ?? '?'}`] };
  if (SECTION_INDEX.test(path)) return { kind: 'index', reasons: [path === '/' ? 'home page' : 'section page'] };
  return { kind: 'other', reasons: ['URL is not an article'] };
}

function findRegion(document: Document): ArticleRegion | null {
  const article = document.querySelector('div.archives');
  if (!article || !article.querySelector(':scope > h1')) return null;
  const body = [...article.querySelectorAll(':scope > p')].filter((p) => (p.textContent ?? '').trim() !== '');
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
  classifyUrl,
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
