// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectFromUrl, detectPage } from '../../../src/detect/detect.ts';
import { japanTimes } from '../../../src/detect/sites/japan-times.ts';
import { FIXTURES_DIR, loadPage } from '../../support/fixtures.ts';

const OPED = `${FIXTURES_DIR}japan-times/oped-kumamoto-trust.html`;
const OPED_URL = 'https://www.japantimes.co.jp/commentary/2026/11/19/world/taiwan-tsmc-kumamoto-trust/';

function patternHost(pattern: string): string | undefined {
  return /^(?:\*|https?):\/\/([^/]+)\/.*$/.exec(pattern)?.[1];
}

describe('The Japan Times URLs', () => {
  it.each(japanTimes.examples.opEd)('calls %s an op-ed', (url) => {
    expect(['op-ed', 'article']).toContain(japanTimes.classifyUrl(new URL(url)).kind);
    expect(detectFromUrl(url)?.kind).toBe('op-ed');
  });

  it.each(japanTimes.examples.notOpEd)('does not call %s an op-ed', (url) => {
    const verdict = detectFromUrl(url);
    expect(verdict?.site).toBe('japan-times');
    expect(verdict?.kind).not.toBe('op-ed');
  });

  it('names the section of old /opinion/ links', () => {
    const old = 'https://www.japantimes.co.jp/opinion/2022/08/05/commentary/world-commentary/pelosi-taiwan-visit-aftermath/';
    expect(detectFromUrl(old)?.reasons).toEqual(['URL section: commentary']);
    expect(detectFromUrl('https://www.japantimes.co.jp/opinion/2020/01/12/letters/taiwan-vote/')?.reasons)
      .toEqual(['URL section: letters']);
    expect(detectFromUrl('https://www.japantimes.co.jp/news/2026/11/20/asia-pacific/politics/x/')?.kind).toBe('news');
  });

  it('ignores look-alike hosts', () => {
    expect(detectFromUrl('https://www.japantimes.co.jp.evil.test/commentary/2026/11/19/world/x/')).toBeNull();
    expect(detectFromUrl('https://japantimes.co.jp.evil.test/commentary/2026/11/19/world/x/')).toBeNull();
    expect(detectFromUrl('https://www.japantimes.com/commentary/2026/11/19/world/x/')).toBeNull();
  });

  it('declares match patterns on its own hosts only', () => {
    const patterns = [...japanTimes.matches.opinion, ...japanTimes.matches.articles];
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns) {
      expect(pattern).not.toBe('<all_urls>');
      expect(japanTimes.hosts).toContain(patternHost(pattern));
    }
  });
});

describe('The Japan Times pages', () => {
  it('keeps inline photos, ads and the newsletter box out of the body, and finds the related stories', () => {
    const region = detectPage(OPED_URL, loadPage(OPED, OPED_URL))?.region;
    const body = region?.body ?? [];
    expect(body.every((block) => block.closest('.article-body') !== null)).toBe(true);
    expect(body.some((block) => block.closest('.image_body, .jt_content_ad, .newsletter-signup'))).toBe(false);
    expect(region?.teasers.map((teaser) => teaser.textContent)).toEqual([
      'TSMC confirms timetable for second Kumamoto plant',
      'Taiwan’s Legislative Yuan approves scaled-back defense budget',
    ]);
  });

  it('demotes an op-ed URL whose page lacks the article template', () => {
    const document = loadPage(OPED, OPED_URL);
    document.querySelector('.article-body')?.remove();
    const verdict = detectPage(OPED_URL, document);
    expect(verdict?.kind).toBe('other');
    expect(verdict?.region).toBeNull();
  });
});
