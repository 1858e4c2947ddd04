// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectFromUrl, detectPage } from '../../../src/detect/detect.ts';
import { scmp } from '../../../src/detect/sites/scmp.ts';
import { FIXTURES_DIR, loadPage } from '../../support/fixtures.ts';

const OPED = {
  file: `${FIXTURES_DIR}scmp/oped-chip-leverage.html`,
  url: 'https://www.scmp.com/opinion/china-opinion/article/3386412/taiwans-chip-leverage-has-expiry-date',
};
const NEWS = {
  file: `${FIXTURES_DIR}scmp/news-pla-drills.html`,
  url: 'https://www.scmp.com/news/china/military/article/3386530/pla-drills-near-taiwan-enter-second-day',
};

/** The host of a manifest match pattern ("*://www.scmp.com/opinion/*" → "www.scmp.com"). */
function patternHost(pattern: string): string {
  const match = /^(?:\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!match?.[1]) throw new Error(`not a match pattern: ${pattern}`);
  return match[1];
}

describe('South China Morning Post URLs', () => {
  it.each(scmp.examples.opEd)('calls %s an op-ed or an article', (url) => {
    const verdict = detectFromUrl(url);
    expect(verdict?.site).toBe('scmp');
    expect(['op-ed', 'article']).toContain(verdict?.kind);
  });

  it.each(scmp.examples.notOpEd)('does not call %s an op-ed', (url) => {
    const verdict = detectFromUrl(url);
    expect(verdict?.site).toBe('scmp');
    expect(verdict?.kind).not.toBe('op-ed');
  });

  it('reads opinion from the /opinion/, /comment/ and /week-asia/opinion/ paths only', () => {
    expect(detectFromUrl(OPED.url)?.kind).toBe('op-ed');
    expect(detectFromUrl('https://www.scmp.com/comment/insight-opinion/article/2175693/x')?.reasons).toEqual(['URL section: comment']);
    expect(detectFromUrl(NEWS.url)?.kind).toBe('article');
    expect(detectFromUrl('https://www.scmp.com/opinion/china-opinion')?.kind).toBe('index');
    expect(detectFromUrl('https://www.scmp.com/policies-and-standards')?.kind).toBe('other');
  });

  it('ignores other hosts and look-alikes', () => {
    expect(detectFromUrl(`https://www.scmp.com.evil.test${new URL(OPED.url).pathname}`)).toBeNull();
    expect(detectFromUrl(`https://scmp.com.evil.test${new URL(OPED.url).pathname}`)).toBeNull();
    expect(detectFromUrl(`https://evilscmp.com${new URL(OPED.url).pathname}`)).toBeNull();
    expect(detectFromUrl(`https://www.scmp.com@evil.test${new URL(OPED.url).pathname}`)).toBeNull();
    expect(detectFromUrl('ftp://www.scmp.com/opinion/article/3352234/x')).toBeNull();
  });

  it('declares match patterns for its own hosts only, and never <all_urls>', () => {
    const patterns = [...scmp.matches.opinion, ...scmp.matches.articles];
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns) expect(scmp.hosts).toContain(patternHost(pattern));
  });
});

describe('South China Morning Post pages', () => {
  it('calls an article under a news section an op-ed when its headline tag says Opinion', () => {
    const url = 'https://www.scmp.com/news/china/politics/article/3386412/taiwans-chip-leverage-has-expiry-date';
    const verdict = detectPage(url, loadPage(OPED.file, url));
    expect(verdict?.kind).toBe('op-ed');
    expect(verdict?.reasons).toContain('headline tag: Opinion');
  });

  it('keeps captions, ads, related links and the paywall out of the body', () => {
    const region = scmp.findRegion(loadPage(OPED.file, OPED.url));
    const text = (region?.body ?? []).map((block) => block.textContent ?? '').join('\n');
    for (const outside of ['Photo: Reuters', 'Photo: EPA-EFE', 'Advertisement', 'Related', 'Unlock unlimited access']) {
      expect(text).not.toContain(outside);
    }
    expect(region?.body.map((block) => block.tagName)).toEqual(['P', 'P', 'H3', 'P', 'P', 'P', 'P', 'P']);
  });

  it('demotes an op-ed URL whose page lacks the article template', () => {
    const document = loadPage(OPED.file, OPED.url);
    document.querySelector('[data-qa="GenericArticle-Content"]')?.remove();
    const verdict = detectPage(OPED.url, document);
    expect(verdict?.kind).toBe('other');
    expect(verdict?.region).toBeNull();
  });

  it('calls the news page news', () => {
    const verdict = detectPage(NEWS.url, loadPage(NEWS.file, NEWS.url));
    expect(verdict?.kind).toBe('news');
    expect(verdict?.reasons).not.toContain('author bio');
  });
});
