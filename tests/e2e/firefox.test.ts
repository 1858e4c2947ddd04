/**
 * End to end in a real Firefox (Debian's firefox-esr) with the built Firefox extension (dist/firefox) installed:
 * its content scripts, its event page and the messages between them, on fixture pages served at their real URLs.
 * The Chromium tests cover the rest of the product; these check that the Firefox build does the same on the
 * same pages. (Firefox's remote protocol may not open moz-extension:// pages, so the popup and the options page
 * are not driven here.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../support/firefox.ts';
import { REAL_NEWS_PAGE, SAMPLE_OPED, classifiedFixtures, opEdFixtures, readExpected } from '../support/fixtures.ts';

const httpUrl = (url: string): string => url.replace(/^https:/, 'http:');
const sample = readExpected(SAMPLE_OPED.expected);
const taipeiTimesOpEds = opEdFixtures();
/** Op-eds of the other supported sites: they have no expected list, but must be annotated. */
const otherOpEds = classifiedFixtures().filter((fixture) => fixture.site !== 'taipei-times' && fixture.site !== 'generic' && fixture.expect.kind === 'op-ed');

let server: FixtureServer;
let firefox: FirefoxWithExtension;
/** One tab for every test: each loads its page afresh in it (a new tab per test only adds time). */
let tab: Page;

beforeAll(async () => {
  const routes: Record<string, string> = { [new URL(REAL_NEWS_PAGE.url).pathname]: REAL_NEWS_PAGE.file };
  for (const fixture of taipeiTimesOpEds) routes[new URL(fixture.expected.url).pathname] = fixture.file;
  for (const fixture of otherOpEds) routes[new URL(fixture.expect.url).pathname] = fixture.file;
  if (Object.keys(routes).length !== 1 + taipeiTimesOpEds.length + otherOpEds.length) throw new Error('two fixtures share a URL path');
  server = await startFixtureServer(routes);
  firefox = await launchFirefoxWithExtension(server.port);
  tab = await firefox.newPage();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function openAnnotated(url: string): Promise<Page> {
  await tab.goto(httpUrl(url));
  await tab.waitForSelector('html[data-backstory="annotated"]', { timeout: 15_000 });
  return tab;
}

/** The highlights on a page (entity and text of each mention's first mark), and whether every mark is in `region`. */
function highlights(page: Page, region = 'body'): Promise<{ found: Array<{ entity: string; text: string }>; allInRegion: boolean }> {
  return page.evaluate((selector: string) => {
    const marks = [...document.querySelectorAll<HTMLElement>('backstory-mark')];
    return {
      found: marks.filter((mark) => !mark.dataset.part).map((mark) => ({ entity: mark.dataset.entity ?? '', text: mark.textContent ?? '' })),
      allInRegion: marks.every((mark) => mark.closest(selector) !== null),
    };
  }, region);
}

/** Waits for `selector` inside the open card's shadow root (polled: changes in a shadow root are not the page's). */
async function waitInCard(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    (inner: string) => document.querySelector('backstory-card')?.shadowRoot?.querySelector(inner) != null,
    { polling: 100, timeout: 5_000 },
    selector,
  );
}

describe('the Firefox build in Firefox', () => {
  it('is installed under the add-on id of its manifest', () => {
    expect(firefox.addonId).toBe('backstory@backstory-reader.org');
  });

  it.each(taipeiTimesOpEds)('gives $name exactly its expected highlights, all inside the article', async ({ expected }) => {
    const { found, allInRegion } = await highlights(await openAnnotated(expected.url), 'div.archives > p, div.dboxss2 li p');
    expect(found).toEqual(expected.highlights);
    expect(allInRegion).toBe(true);
  });

  it.each(otherOpEds)('annotates the $name op-ed', async ({ expect: page }) => {
    expect((await highlights(await openAnnotated(page.url))).found.length).toBeGreaterThan(0);
  });

  it('leaves the real Taipei Times news page untouched', async () => {
    await tab.goto(httpUrl(REAL_NEWS_PAGE.url), { waitUntil: 'domcontentloaded' });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await tab.evaluate(() => [document.querySelectorAll('backstory-mark').length, document.documentElement.dataset.backstory ?? null])).toEqual([0, null]);
  });

  it('opens a card on keyboard focus with the details the event page sends, and Escape closes it', async () => {
    const page = await openAnnotated(sample.url);
    await page.focus('backstory-mark[data-entity="lei-jun"]');
    // The name shows at once; native names and the role arrive with the details from the background.
    await waitInCard(page, '.card-native');
    expect(await page.$eval('backstory-card >>> .card-name', (name) => name.textContent)).toContain('雷軍');
    expect(await page.$eval('backstory-card >>> .card-role', (role) => role.textContent)).toMatch(/^Founder, chairman and CEO of Xiaomi since \d{4}/);
    const chips = await page.$$eval('backstory-card >>> .card-chip', (items) => items.map((item) => item.textContent));
    expect(chips).toContain('Xiaomi Corp');
    expect(await page.$$eval('backstory-card >>> .card-source', (items) => items.length)).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Escape');
    await page.waitForSelector('backstory-card', { hidden: true, timeout: 2_000 });
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.entity)).toBe('lei-jun');
  });

  it('opens a card on hover', async () => {
    const page = await openAnnotated(sample.url);
    // The pointer goes to the middle of the highlight's first line box: a name that wraps onto a second line has
    // a bounding box whose centre can be outside it.
    const point = await page.$eval('backstory-mark[data-entity="tsmc"]', (mark) => {
      const line = mark.getClientRects()[0] as DOMRect;
      return { x: line.left + line.width / 2, y: line.top + line.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    await waitInCard(page, '.card-summary');
    expect(await page.$eval('backstory-card >>> .card-name', (name) => name.textContent)).toContain('Taiwan Semiconductor Manufacturing Co');
  });
});
