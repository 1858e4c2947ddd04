// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectFromUrl, detectPage } from '../../../src/detect/detect.ts';
import { theGuardian } from '../../../src/detect/sites/the-guardian.ts';
import { FIXTURES_DIR, loadPage } from '../../support/fixtures.ts';

const OPED = `${FIXTURES_DIR}the-guardian/oped-chip-diplomacy.html`;
const NEWS = `${FIXTURES_DIR}the-guardian/news-legislative-yuan-budget.html`;
const NEWS_URL = 'https://www.theguardian.com/world/2026/nov/20/taiwan-legislative-yuan-budget-vote-lai';

/** Host of a manifest match pattern such as `*://www.theguardian.com/commentisfree/*`. */
function patternHost(pattern: string): string | undefined {
  return /^(?:\*|https?):\/\/([^/]+)\/.*$/.exec(pattern)?.[1];
}

describe('The Guardian URLs', () => {
  it.each(theGuardian.examples.opEd)('calls %s an op-ed', (url) => {
    expect(['op-ed', 'article']).toContain(theGuardian.classifyUrl(new URL(url)).kind);
    expect(detectFromUrl(url)?.site).toBe('the-guardian');
  });

  it.each(theGuardian.examples.notOpEd)('does not call %s an op-ed', (url) => {
    const verdict = detectFromUrl(url);
    expect(verdict?.site).toBe('the-guardian');
    expect(verdict?.kind).not.toBe('op-ed');
  });

  it('reads opinion behind an edition or section prefix, and leaves other dated articles to the page', () => {
    expect(detectFromUrl('https://www.theguardian.com/australia-news/commentisfree/2026/nov/02/taiwan-aukus')?.kind).toBe('op-ed');
    expect(detectFromUrl(NEWS_URL)?.kind).toBe('article');
    expect(detectFromUrl('https://www.theguardian.com/world/gallery/2026/nov/20/taiwan-typhoon-pictures')?.kind).toBe('other');
    expect(detectFromUrl('https://www.theguardian.com/commentisfree')?.kind).toBe('index');
  });

  it('ignores look-alike hosts', () => {
    expect(detectFromUrl('https://www.theguardian.com.evil.test/commentisfree/2026/nov/18/x')).toBeNull();
    expect(detectFromUrl('https://evil-theguardian.com/commentisfree/2026/nov/18/x')).toBeNull();
    expect(detectFromUrl('https://theguardian.com.evil.test/commentisfree/2026/nov/18/x')).toBeNull();
  });

  it('declares match patterns on its own hosts only', () => {
    const patterns = [...theGuardian.matches.opinion, ...theGuardian.matches.articles];
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns) {
      expect(pattern).not.toBe('<all_urls>');
      expect(theGuardian.hosts).toContain(patternHost(pattern));
    }
  });
});

describe('The Guardian pages', () => {
  it('keeps captions, rich links, ads, pull quotes and sign-ups out of the body', () => {
    const url = 'https://www.theguardian.com/commentisfree/2026/nov/18/taiwan-chip-diplomacy-tsmc-europe';
    const region = detectPage(url, loadPage(OPED, url))?.region;
    const body = region?.body ?? [];
    expect(body.every((block) => block.parentElement?.classList.contains('article-body-commercial-selector'))).toBe(true);
    expect(body.some((block) => block.closest('figure, aside, .ad-slot-container'))).toBe(false);
    expect(region?.teasers.map((teaser) => teaser.tagName)).toEqual(['H3', 'H3', 'H3']);
  });

  it('calls a dated article outside /commentisfree/ an op-ed when the page has the comment layout', () => {
    const document = loadPage(NEWS, NEWS_URL);
    expect(detectPage(NEWS_URL, document)?.kind).toBe('news');
    document.querySelector('main')?.setAttribute('data-layout', 'CommentLayout');
    const verdict = detectPage(NEWS_URL, document);
    expect(verdict?.kind).toBe('op-ed');
    expect(verdict?.reasons).toContain('comment layout');
  });

  it('demotes an op-ed URL whose page lacks the article template', () => {
    const url = 'https://www.theguardian.com/commentisfree/2026/nov/18/taiwan-chip-diplomacy-tsmc-europe';
    const document = loadPage(OPED, url);
    document.querySelector('.article-body-commercial-selector')?.remove();
    const verdict = detectPage(url, document);
    expect(verdict?.kind).toBe('other');
    expect(verdict?.region).toBeNull();
  });
});
