// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectFromUrl, detectPage } from '../../../src/detect/detect.ts';
import { theDiplomat } from '../../../src/detect/sites/the-diplomat.ts';
import { FIXTURES_DIR, loadPage } from '../../support/fixtures.ts';

const OPED = `${FIXTURES_DIR}the-diplomat/oped-silicon-shield.html`;
const NEWS = `${FIXTURES_DIR}the-diplomat/news-kmt-recall-vote.html`;
const OPED_URL = 'https://thediplomat.com/2026/11/taiwans-silicon-shield-needs-a-political-backbone/';
const NEWS_URL = 'https://thediplomat.com/2026/11/after-the-recall-vote-taiwans-divided-government-digs-in/';

function patternHost(pattern: string): string | undefined {
  return /^(?:\*|https?):\/\/([^/]+)\/.*$/.exec(pattern)?.[1];
}

describe('The Diplomat URLs', () => {
  it.each(theDiplomat.examples.opEd)('leaves %s to the page (an article)', (url) => {
    expect(['op-ed', 'article']).toContain(theDiplomat.classifyUrl(new URL(url)).kind);
    expect(detectFromUrl(url)?.site).toBe('the-diplomat');
  });

  it.each(theDiplomat.examples.notOpEd)('does not call %s an op-ed', (url) => {
    const verdict = detectFromUrl(url);
    expect(verdict?.site).toBe('the-diplomat');
    expect(verdict?.kind).not.toBe('op-ed');
  });

  it('never decides opinion from the URL', () => {
    expect(theDiplomat.matches.opinion).toEqual([]);
    expect(detectFromUrl(OPED_URL)?.kind).toBe('article');
    expect(detectFromUrl(NEWS_URL)?.kind).toBe('article');
  });

  it('ignores look-alike hosts', () => {
    expect(detectFromUrl('https://thediplomat.com.evil.test/2026/11/taiwans-silicon-shield/')).toBeNull();
    expect(detectFromUrl('https://evilthediplomat.com/2026/11/taiwans-silicon-shield/')).toBeNull();
    expect(detectFromUrl('https://magazine.thediplomat.com/2026/11/taiwans-silicon-shield/')).toBeNull();
  });

  it('declares match patterns on its own hosts only', () => {
    const patterns = [...theDiplomat.matches.opinion, ...theDiplomat.matches.articles];
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns) {
      expect(pattern).not.toBe('<all_urls>');
      expect(theDiplomat.hosts).toContain(patternHost(pattern));
    }
  });
});

describe('The Diplomat pages', () => {
  it('tells the op-ed from the feature by the story header label', () => {
    expect(detectPage(OPED_URL, loadPage(OPED, OPED_URL))?.kind).toBe('op-ed');
    expect(detectPage(NEWS_URL, loadPage(NEWS, NEWS_URL))?.kind).toBe('news');
  });

  it('reads the "Opinion" topic when the blog label says nothing', () => {
    const document = loadPage(OPED, OPED_URL);
    const blog = document.querySelector('#td-meta a.td-flag');
    blog?.setAttribute('href', 'https://thediplomat.com/category/features/');
    if (blog) blog.textContent = 'Features';
    const verdict = detectPage(OPED_URL, document);
    expect(verdict?.kind).toBe('op-ed');
    expect(verdict?.reasons).toContain('section label: Opinion');
  });

  it('keeps the newsletter box, captions, ads and the author box out of the body', () => {
    const body = detectPage(OPED_URL, loadPage(OPED, OPED_URL))?.region?.body ?? [];
    expect(body.every((block) => block.closest('.td-prose') !== null)).toBe(true);
    expect(body.some((block) => block.closest('aside, figure, .td-ad, .td-authors'))).toBe(false);
    expect(body.filter((block) => block.tagName === 'BLOCKQUOTE')).toHaveLength(1);
  });

  it('finds no region when the article template is missing', () => {
    const document = loadPage(OPED, OPED_URL);
    document.querySelector('.td-prose')?.remove();
    expect(theDiplomat.findRegion(document)).toBeNull();
    expect(detectPage(OPED_URL, document)?.kind).toBe('other');
  });
});
