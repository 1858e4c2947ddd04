// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectFromUrl, detectPage } from '../../../src/detect/detect.ts';
import { taiwanNews } from '../../../src/detect/sites/taiwan-news.ts';
import { FIXTURES_DIR, loadPage } from '../../support/fixtures.ts';

const OPED = {
  file: `${FIXTURES_DIR}taiwan-news/oped-budget-deterrence.html`,
  url: 'https://www.taiwannews.com.tw/en/news/6471235',
};
const NEWS = {
  file: `${FIXTURES_DIR}taiwan-news/news-ait-drone-talks.html`,
  url: 'https://www.taiwannews.com.tw/en/news/6471240',
};

function patternHost(pattern: string): string {
  const match = /^(?:\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!match?.[1]) throw new Error(`not a match pattern: ${pattern}`);
  return match[1];
}

describe('Taiwan News URLs', () => {
  it.each(taiwanNews.examples.opEd)('calls %s an article (the page decides opinion)', (url) => {
    const verdict = detectFromUrl(url);
    expect(verdict?.site).toBe('taiwan-news');
    expect(['op-ed', 'article']).toContain(verdict?.kind);
  });

  it.each(taiwanNews.examples.notOpEd)('does not call %s an op-ed', (url) => {
    const verdict = detectFromUrl(url);
    expect(verdict?.site).toBe('taiwan-news');
    expect(verdict?.kind).not.toBe('op-ed');
  });

  it('tells articles from section, writer and Chinese-edition pages', () => {
    expect(detectFromUrl(OPED.url)?.kind).toBe('article');
    expect(detectFromUrl('https://taiwannews.com.tw/news/5880054')?.kind).toBe('article');
    expect(detectFromUrl('https://www.taiwannews.com.tw/en/news/opinion')?.kind).toBe('index');
    expect(detectFromUrl('https://www.taiwannews.com.tw/en/journalist/4539')?.kind).toBe('index');
    expect(detectFromUrl('https://www.taiwannews.com.tw/zh/news/6471236')?.kind).toBe('other');
    expect(detectFromUrl('https://www.taiwannews.com.tw/en/news/6471235/photos')?.kind).toBe('other');
  });

  it('ignores other hosts and look-alikes', () => {
    expect(detectFromUrl('https://www.taiwannews.com.tw.evil.test/en/news/6471235')).toBeNull();
    expect(detectFromUrl('https://taiwannews.com/en/news/6471235')).toBeNull();
    expect(detectFromUrl('https://mytaiwannews.com.tw/en/news/6471235')).toBeNull();
    expect(detectFromUrl('https://www.taiwannews.com.tw@evil.test/en/news/6471235')).toBeNull();
  });

  it('declares match patterns for its own hosts only, and never <all_urls>', () => {
    const patterns = [...taiwanNews.matches.opinion, ...taiwanNews.matches.articles];
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns) expect(taiwanNews.hosts).toContain(patternHost(pattern));
  });
});

describe('Taiwan News pages', () => {
  it('decides opinion from the category label', () => {
    const oped = detectPage(OPED.url, loadPage(OPED.file, OPED.url));
    expect(oped?.kind).toBe('op-ed');
    expect(oped?.reasons).toContain('section label: Opinion');
    const document = loadPage(OPED.file, OPED.url);
    const label = document.querySelector('a[href="/en/news/opinion"].w-fit');
    label?.setAttribute('href', '/en/news/politics');
    if (label) label.textContent = 'Politics';
    expect(detectPage(OPED.url, document)?.kind).toBe('news');
  });

  it('gives a staff news story a byline but no author bio', () => {
    const news = detectPage(NEWS.url, loadPage(NEWS.file, NEWS.url));
    expect(news?.kind).toBe('news');
    expect(news?.reasons).toContain('byline');
    expect(news?.reasons).not.toContain('author bio');
    expect(news?.reasons).not.toContain('contributor');
  });

  it('takes the body from the article element, not the teaser cards in the sidebar', () => {
    const region = taiwanNews.findRegion(loadPage(NEWS.file, NEWS.url));
    expect(region?.body).toHaveLength(6);
    expect(region?.body.every((block) => !block.closest('aside'))).toBe(true);
  });

  it('demotes an article URL whose page has no article body', () => {
    const document = loadPage(NEWS.file, NEWS.url);
    document.querySelector('main article')?.remove();
    document.querySelector('aside')?.remove();
    const verdict = detectPage(NEWS.url, document);
    expect(verdict?.kind).toBe('other');
    expect(verdict?.region).toBeNull();
  });
});
