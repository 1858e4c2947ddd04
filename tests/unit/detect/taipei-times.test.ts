import { describe, expect, it } from 'vitest';
import { detectFromUrl, detectPage } from '../../../src/detect/detect.ts';
import { taipeiTimes } from '../../../src/detect/sites/taipei-times.ts';
import { REAL_NEWS_PAGE, SAMPLE_OPED, loadPage, readExpected } from '../../support/fixtures.ts';

describe('Taipei Times URLs', () => {
  it.each(taipeiTimes.examples.opEd)('calls %s an op-ed', (url) => {
    expect(detectFromUrl(url)?.kind).toBe('op-ed');
  });

  it.each(taipeiTimes.examples.notOpEd)('does not call %s an op-ed', (url) => {
    const verdict = detectFromUrl(url);
    expect(verdict).not.toBeNull();
    expect(verdict?.kind).not.toBe('op-ed');
  });

  it('tells news articles, section pages and the home page apart', () => {
    expect(detectFromUrl(REAL_NEWS_PAGE.url)?.kind).toBe('news');
    expect(detectFromUrl('https://www.taipeitimes.com/News/editorials')?.kind).toBe('index');
    expect(detectFromUrl('http://taipeitimes.com/')?.kind).toBe('index');
  });

  it('ignores other hosts and non-web URLs', () => {
    expect(detectFromUrl('https://example.com/News/editorials/archives/2025/06/03/2003837943')).toBeNull();
    expect(detectFromUrl('https://www.taipeitimes.com.evil.test/News/editorials/archives/2025/06/03/1')).toBeNull();
    expect(detectFromUrl('ftp://www.taipeitimes.com/News/editorials/archives/2025/06/03/1')).toBeNull();
    expect(detectFromUrl('not a url')).toBeNull();
  });
});

describe('Taipei Times pages', () => {
  it('finds the body paragraphs and the teasers of the sample op-ed, and nothing else', () => {
    const { url } = readExpected(SAMPLE_OPED.expected);
    const page = detectPage(url, loadPage(SAMPLE_OPED.file, url));
    expect(page?.kind).toBe('op-ed');
    expect(page?.reasons).toEqual(['URL section: Editorials', 'byline', 'author bio']);
    const body = page?.region?.body ?? [];
    expect(body.map((p) => p.tagName)).toEqual(Array(6).fill('P'));
    expect(body.every((p) => p.parentElement?.classList.contains('archives'))).toBe(true);
    expect(body.some((p) => p.textContent?.includes('Photo: Reuters'))).toBe(false);
    expect(page?.region?.teasers).toHaveLength(2);
  });

  it('calls the real news page news, with its region (annotated only when the reader asks for news too)', () => {
    const page = detectPage(REAL_NEWS_PAGE.url, loadPage(REAL_NEWS_PAGE.file, REAL_NEWS_PAGE.url));
    expect(page?.kind).toBe('news');
    expect(page?.reasons).toEqual(['URL section: front']);
    expect(page?.region?.body.length).toBeGreaterThan(10);
  });

  it('finds the real template in the real news page', () => {
    const region = taipeiTimes.findRegion(loadPage(REAL_NEWS_PAGE.file, REAL_NEWS_PAGE.url));
    expect(region?.body.length).toBeGreaterThan(10);
    expect(region?.body.some((p) => p.textContent?.includes('Photo: AFP'))).toBe(false);
    expect(region?.teasers.length).toBeGreaterThan(0);
  });

  it('demotes an op-ed URL whose page lacks the article template', () => {
    const url = 'https://www.taipeitimes.com/News/editorials/archives/2025/06/03/2003837943';
    const document = loadPage(REAL_NEWS_PAGE.file, url);
    document.querySelector('div.archives')?.remove();
    const page = detectPage(url, document);
    expect(page?.kind).toBe('other');
    expect(page?.region).toBeNull();
  });
});
