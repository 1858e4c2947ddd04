/// <reference types="chrome" />
/**
 * The reader's controls, end to end in a real Chromium with the built extension: the popup's site switch and
 * entity list, the toolbar badge, the options page (live style change, import), and the card's pin, related
 * entities, mention navigation and placement at the viewport's edges. Pages are served at their real URLs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { REAL_NEWS_PAGE, SAMPLE_OPED, classifiedFixtures, readExpected } from '../support/fixtures.ts';
import { SETTINGS_VERSION, VERSION_KEY } from '../../src/shared/settings.ts';

const sample = readExpected(SAMPLE_OPED.expected);
const opEdUrl = `http://www.taipeitimes.com${new URL(sample.url).pathname}`;
const newsUrl = `http://www.taipeitimes.com${new URL(REAL_NEWS_PAGE.url).pathname}`;
// Another supported site, served over http: its host must not be on Chromium's HSTS preload list (the Guardian's is).
const otherSite = classifiedFixtures().find((fixture) => fixture.site === 'japan-times' && fixture.expect.kind === 'op-ed');
if (!otherSite) throw new Error('no Japan Times op-ed fixture');
const otherUrl = otherSite.expect.url.replace(/^https:/, 'http:');

// A site whose URLs do not say opinion: the article loader reads the page, then loads the rest.
const diplomat = classifiedFixtures().filter((fixture) => fixture.site === 'the-diplomat');
const diplomatOpEd = diplomat.find((fixture) => fixture.expect.kind === 'op-ed');
const diplomatNews = diplomat.find((fixture) => fixture.expect.kind === 'news');
if (!diplomatOpEd || !diplomatNews) throw new Error('no Diplomat op-ed and news fixtures');
const httpUrl = (url: string): string => url.replace(/^https:/, 'http:');

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer({
    [new URL(sample.url).pathname]: SAMPLE_OPED.file,
    [new URL(REAL_NEWS_PAGE.url).pathname]: REAL_NEWS_PAGE.file,
    [new URL(otherSite.expect.url).pathname]: otherSite.file,
    [new URL(diplomatOpEd.expect.url).pathname]: diplomatOpEd.file,
    [new URL(diplomatNews.expect.url).pathname]: diplomatNews.file,
  });
  browser = await launchWithExtension({
    mapHosts: { hosts: ['www.taipeitimes.com', new URL(otherSite.expect.url).hostname, 'thediplomat.com'], port: server.port },
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function resetSettings(): Promise<void> {
  await browser.serviceWorker.evaluate(() => chrome.storage.sync.clear());
}

async function openAnnotated(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-backstory="annotated"]', { timeout: 15_000 });
  return page;
}

/** The id of the tab showing `page` (it is the active tab right after it is brought to the front). */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  // Tab URLs need the "tabs" permission, which Backstory does not ask for: the page is the active tab now.
  const tabs = await browser.serviceWorker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
  const id = tabs[0]?.id;
  if (id === undefined) throw new Error(`no tab for ${page.url()}`);
  return id;
}

async function openPopupFor(page: Page): Promise<Page> {
  const tabId = await tabIdOf(page);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tabId}`);
  await popup.locator('#switch-all').waitFor();
  return popup;
}

const markCount = (page: Page): Promise<number> => page.locator('backstory-mark').count();

describe('installing', () => {
  // First in this file: the browser has just started with a fresh profile, and no page has read the settings yet.
  it('stamps the stored settings with their format on install, before any page reads them', async () => {
    await expect.poll(() => browser.serviceWorker.evaluate((key) => chrome.storage.sync.get(key), VERSION_KEY), { timeout: 5_000 })
      .toEqual({ [VERSION_KEY]: SETTINGS_VERSION });
  });
});

describe('the popup', () => {
  it('switches one site off live, leaving another site’s page annotated, and back on', async () => {
    await resetSettings();
    const taipei = await openAnnotated(opEdUrl);
    const other = await openAnnotated(otherUrl);
    const otherCount = await markCount(other);
    expect(otherCount).toBeGreaterThan(0);

    const popup = await openPopupFor(taipei);
    const siteSwitch = popup.locator('#switch-site');
    await popup.getByText('Highlights on www.taipeitimes.com').waitFor();
    expect(await siteSwitch.isChecked()).toBe(true);
    await siteSwitch.click();
    await taipei.waitForFunction(() => document.querySelectorAll('backstory-mark').length === 0, undefined, { timeout: 10_000 });
    expect(await taipei.evaluate(() => document.documentElement.dataset.backstory)).toBeUndefined();
    expect(await markCount(other)).toBe(otherCount);
    expect(await browser.serviceWorker.evaluate(() => chrome.storage.sync.get('disabledSites'))).toEqual({ disabledSites: ['www.taipeitimes.com'] });

    await siteSwitch.click();
    await taipei.waitForSelector('html[data-backstory="annotated"]', { timeout: 10_000 });
    expect(await taipei.locator('backstory-mark:not([data-part])').count()).toBe(sample.highlights.length);
    await Promise.all([popup.close(), taipei.close(), other.close()]);
  });

  it('shows the verdict with its reasons, lists entities by type, and jumps to a mention, flashing it and opening its card', async () => {
    await resetSettings();
    const page = await openAnnotated(opEdUrl);
    await page.setViewportSize({ width: 1000, height: 500 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const popup = await openPopupFor(page);
    await popup.getByTestId('verdict').waitFor();
    expect(await popup.getByTestId('verdict').textContent()).toBe('Taipei Times · op-ed · URL section: Editorials, byline, author bio');
    const groups = await popup.$$eval('.popup-group-title', (titles) => titles.map((title) => title.textContent));
    expect(groups).toEqual(expect.arrayContaining(['Person', 'Company', 'Political party']));
    // The last entity of the teasers sits well below the fold.
    const target = sample.highlights.at(-1)?.entity ?? '';
    await popup.locator(`.popup-entity[data-entity="${target}"]`).click();
    await page.waitForFunction((id) => {
      const mark = document.querySelector(`backstory-mark[data-entity="${id}"]`);
      if (!mark) return false;
      const rect = mark.getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= window.innerHeight && mark.hasAttribute('data-backstory-flash');
    }, target, { timeout: 5_000 });
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.locator(`backstory-card .card[data-entity="${target}"] .card-summary`).waitFor({ timeout: 5_000 });
    await Promise.all([popup.close(), page.close()]);
  });

  it('finds any entity of the knowledge file by name and opens its card', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
    await popup.locator('#search').fill('Legislative Y');
    await popup.locator('.popup-results .popup-entity').first().click();
    await popup.locator('.card-summary').waitFor({ timeout: 5_000 });
    expect(await popup.locator('.card-name').textContent()).toContain('Legislative Yuan');
    await popup.close();
  });
});

describe('pages decided by their content', () => {
  it('annotates an op-ed whose URL does not say so, and a news article only when the reader asks for news too', async () => {
    await resetSettings();
    const opEd = await openAnnotated(httpUrl(diplomatOpEd.expect.url));
    expect(await opEd.locator('backstory-mark').count()).toBeGreaterThan(0);
    const news = await browser.context.newPage();
    await news.goto(httpUrl(diplomatNews.expect.url));
    await news.waitForLoadState('load');
    await news.waitForTimeout(700);
    expect(await markCount(news)).toBe(0);
    // Turned on in the options, news is annotated live, without a reload.
    await browser.serviceWorker.evaluate(() => chrome.storage.sync.set({ annotateNews: true }));
    await news.waitForSelector('html[data-backstory="annotated"]', { timeout: 10_000 });
    expect(await markCount(news)).toBeGreaterThan(0);
    const fresh = await browser.context.newPage();
    await fresh.goto(newsUrl);
    await fresh.waitForSelector('html[data-backstory="annotated"]', { timeout: 15_000 });
    await Promise.all([opEd.close(), news.close(), fresh.close()]);
    await resetSettings();
  });
});

describe('the toolbar badge', () => {
  it('shows how many entities the page has, and nothing where Backstory does not annotate', async () => {
    await resetSettings();
    const page = await openAnnotated(opEdUrl);
    const tabId = await tabIdOf(page);
    await expect.poll(() => browser.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId))
      .toBe(String(sample.highlights.length));
    await page.goto(newsUrl);
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    expect(await browser.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    await page.close();
  });
});

describe('the options page', () => {
  it('changes the highlight style of an open page live', async () => {
    await resetSettings();
    const page = await openAnnotated(opEdUrl);
    const style = (): Promise<{ attribute: string | null; background: string; decoration: string }> =>
      page.$eval('backstory-mark', (mark) => ({
        attribute: document.documentElement.getAttribute('data-backstory-style'),
        background: getComputedStyle(mark).backgroundColor,
        decoration: getComputedStyle(mark).textDecorationLine,
      }));
    expect(await style()).toMatchObject({ attribute: 'underline', decoration: 'underline', background: 'rgba(0, 0, 0, 0)' });
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.locator('input[name="highlightStyle"][value="tint"]').check();
    await page.waitForFunction(() => document.documentElement.getAttribute('data-backstory-style') === 'tint', undefined, { timeout: 5_000 });
    // The tint fades in (a short transition): poll until it has.
    await expect.poll(async () => (await style()).background, { timeout: 2_000 }).toBe('rgba(194, 87, 26, 0.1)');
    expect((await style()).decoration).toBe('none');
    // The text and the highlights themselves are untouched by a style change.
    expect(await page.locator('backstory-mark:not([data-part])').count()).toBe(sample.highlights.length);
    await Promise.all([options.close(), page.close()]);
  });

  it('refuses a malformed settings file, changing nothing and saying why', async () => {
    await resetSettings();
    await browser.serviceWorker.evaluate(() => chrome.storage.sync.set({ theme: 'dark', hoverDelay: 400 }));
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.locator('input[name="theme"][value="dark"]').waitFor();
    // Read after the page has read the settings (which stamps the stored format's version).
    const before = await browser.serviceWorker.evaluate(() => chrome.storage.sync.get(null));
    expect(before).toMatchObject({ theme: 'dark', hoverDelay: 400 });
    const upload = (text: string) => options.locator('input[type="file"]').setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(text) });

    await upload('{"backstorySettings": 2, "theme": "purple", "hoverDelay": 100, "colour": "red"}');
    const notice = options.getByTestId('notice');
    await options.getByText('Nothing was changed').waitFor({ timeout: 5_000 });
    expect(await notice.textContent()).toContain('invalid value for "theme": "purple"');
    expect(await notice.textContent()).toContain('unknown setting "colour"');
    await upload('this is not json');
    await options.getByText('not a JSON file', { exact: false }).waitFor({ timeout: 5_000 });
    expect(await browser.serviceWorker.evaluate(() => chrome.storage.sync.get(null))).toEqual(before);

    await upload('{"backstorySettings": 2, "theme": "light", "hoverDelay": 100}');
    await options.getByText('Settings imported.').waitFor({ timeout: 5_000 });
    expect(await browser.serviceWorker.evaluate(() => chrome.storage.sync.get(['theme', 'hoverDelay']))).toEqual({ theme: 'light', hoverDelay: 100 });
    await options.close();
  });
});

describe('the card', () => {
  it('stays open when pinned with Enter, follows a related entity and comes back', async () => {
    await resetSettings();
    const page = await openAnnotated(opEdUrl);
    await page.focus('backstory-mark[data-entity="lei-jun"]');
    await page.keyboard.press('Enter');
    await page.locator('backstory-card .card-chip').first().waitFor({ timeout: 5_000 });
    await page.mouse.move(5, 5);
    await page.waitForTimeout(600);
    expect(await page.locator('backstory-card .card').isVisible()).toBe(true);
    await page.locator('backstory-card .card-chip', { hasText: /^Xiaomi Corp$/ }).click();
    await page.waitForFunction(() => document.querySelector('backstory-card')?.shadowRoot?.querySelector('.card-name')?.textContent?.startsWith('Xiaomi'), undefined, { timeout: 5_000 });
    await page.locator('backstory-card .card-back').click();
    await page.waitForFunction(() => document.querySelector('backstory-card')?.shadowRoot?.querySelector('.card-name')?.textContent?.startsWith('Lei Jun'), undefined, { timeout: 5_000 });
    await page.keyboard.press('Escape');
    await page.locator('backstory-card').waitFor({ state: 'detached', timeout: 2_000 });
    await page.close();
  });

  it('says how often the article names an entity and moves between its mentions', async () => {
    await resetSettings();
    await browser.serviceWorker.evaluate(() => chrome.storage.sync.set({ mentionMode: 'every' }));
    const page = await openAnnotated(opEdUrl);
    const marks = page.locator('backstory-mark[data-entity="tsmc"]:not([data-part])');
    const total = await marks.count();
    expect(total).toBeGreaterThan(2);
    await marks.first().focus();
    await page.keyboard.press('Enter');
    const position = page.locator('backstory-card .card-mention-position');
    await position.waitFor({ timeout: 5_000 });
    expect(await position.textContent()).toBe(`Mention 1 of ${total}`);
    expect(await page.locator('backstory-card .card-mentions').textContent()).toContain(`Mentioned ${total} times in this article`);
    await page.locator('backstory-card .card-nav[aria-label="Next mention"]').click();
    await page.waitForFunction((count) => document.querySelector('backstory-card')?.shadowRoot?.querySelector('.card-mention-position')?.textContent === `Mention 2 of ${count}`, total, { timeout: 5_000 });
    expect(await marks.nth(1).getAttribute('aria-expanded')).toBe('true');
    expect(await marks.first().getAttribute('aria-expanded')).toBe('false');
    await page.locator('backstory-card .card-nav[aria-label="Previous mention"]').click();
    await page.waitForFunction(() => document.querySelector('backstory-card')?.shadowRoot?.querySelector('.card-mention-position')?.textContent?.startsWith('Mention 1 '), undefined, { timeout: 5_000 });
    await page.close();
    await resetSettings();
  });

  it('stays inside the viewport and off the highlight at every edge and corner', async () => {
    await resetSettings();
    const page = await openAnnotated(opEdUrl);
    const spots = [
      { name: 'top left', css: 'top:0;left:0' },
      { name: 'top right', css: 'top:0;right:0' },
      { name: 'bottom left', css: 'bottom:0;left:0' },
      { name: 'bottom right', css: 'bottom:0;right:0' },
      { name: 'middle left', css: 'top:45%;left:0' },
      { name: 'middle right', css: 'top:45%;right:0' },
    ];
    for (const spot of spots) {
      await page.evaluate((css) => {
        const paragraph = document.querySelector('backstory-mark[data-entity="samsung-electronics"]')?.closest('p');
        if (!paragraph) throw new Error('no paragraph');
        paragraph.setAttribute('style', `position:fixed;${css};width:14em;margin:0;background:#fff;z-index:1`);
      }, spot.css);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.focus('backstory-mark[data-entity="samsung-electronics"]');
      await page.locator('backstory-card .card-summary').waitFor({ timeout: 5_000 });
      await page.waitForTimeout(150);
      const { card, mark, viewport } = await page.evaluate(() => {
        const box = (element: Element | null | undefined) => {
          const rect = element?.getBoundingClientRect();
          return rect ? { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom } : null;
        };
        return {
          card: box(document.querySelector('backstory-card')?.shadowRoot?.querySelector('.card')),
          mark: box(document.querySelector('backstory-mark[data-entity="samsung-electronics"]')),
          viewport: { width: window.innerWidth, height: window.innerHeight },
        };
      });
      if (!card || !mark) throw new Error(`${spot.name}: no card or mark`);
      expect(card.left, spot.name).toBeGreaterThanOrEqual(0);
      expect(card.top, spot.name).toBeGreaterThanOrEqual(0);
      expect(card.right, spot.name).toBeLessThanOrEqual(viewport.width);
      expect(card.bottom, spot.name).toBeLessThanOrEqual(viewport.height);
      const overlaps = card.left < mark.right && card.right > mark.left && card.top < mark.bottom && card.bottom > mark.top;
      expect(overlaps, `${spot.name}: the card covers the highlight`).toBe(false);
      await page.keyboard.press('Escape');
      await page.locator('backstory-card').waitFor({ state: 'detached', timeout: 2_000 });
    }
    await page.close();
  });

  it('takes Tab into the card’s links and buttons, and back to the article', async () => {
    await resetSettings();
    const page = await openAnnotated(opEdUrl);
    await page.focus('backstory-mark[data-entity="lei-jun"]');
    await page.locator('backstory-card .card-chip').first().waitFor({ timeout: 5_000 });
    const focused = (): Promise<string> => page.evaluate(() => {
      const host = document.activeElement;
      const inner = host?.shadowRoot?.activeElement;
      return inner ? `card:${inner.className}` : `page:${(host as HTMLElement | null)?.dataset.entity ?? host?.tagName ?? ''}`;
    });
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('card:card-close');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('card:card-source');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('page:lei-jun');
    expect(await page.locator('backstory-card .card').isVisible()).toBe(true);
    // Through every link and button to the end, then back to the highlight, with the card closed.
    const items = await page.evaluate(() => document.querySelector('backstory-card')?.shadowRoot?.querySelectorAll('a[href], button').length ?? 0);
    for (let i = 0; i <= items; i++) await page.keyboard.press('Tab');
    await page.locator('backstory-card').waitFor({ state: 'detached', timeout: 2_000 });
    expect(await focused()).toBe('page:lei-jun');
    await page.close();
  });

  it('stays beside a highlight that wraps across lines, follows it while the page scrolls, and fits at 200% zoom', async () => {
    await resetSettings();
    const page = await openAnnotated(opEdUrl);
    // A narrow column makes "Taiwan Semiconductor Manufacturing Co" wrap.
    await page.evaluate(() => {
      const paragraph = document.querySelector('backstory-mark[data-entity="tsmc"]')?.closest('p');
      if (paragraph) paragraph.style.width = '11em';
    });
    const geometry = () => page.evaluate(() => {
      const mark = document.querySelector('backstory-mark[data-entity="tsmc"]');
      const card = document.querySelector('backstory-card')?.shadowRoot?.querySelector('.card')?.getBoundingClientRect();
      const lines = [...(mark?.getClientRects() ?? [])].map((rect) => ({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom }));
      return { lines, card: card && { left: card.left, top: card.top, right: card.right, bottom: card.bottom }, width: innerWidth, height: innerHeight };
    });
    const lines = (await geometry()).lines;
    expect(lines.length).toBeGreaterThan(1);
    const last = lines.at(-1);
    if (!last) throw new Error('no line box');
    await page.mouse.move(last.left + 4, (last.top + last.bottom) / 2);
    await page.locator('backstory-card .card-summary').waitFor({ timeout: 5_000 });
    await page.keyboard.press('Enter'); // no-op for the mouse; the card is open by hover
    const open = await geometry();
    if (!open.card) throw new Error('no card');
    for (const line of open.lines) {
      const overlaps = open.card.left < line.right && open.card.right > line.left && open.card.top < line.bottom && open.card.bottom > line.top;
      expect(overlaps, 'the card covers part of the highlight').toBe(false);
    }
    // Placed by the line box under the pointer (the last one), not by the whole highlight's box.
    expect(Math.abs(open.card.left - last.left)).toBeLessThan(40);

    // Pinned, then scrolled: the card moves with its highlight.
    await page.focus('backstory-mark[data-entity="tsmc"]');
    await page.keyboard.press('Enter');
    await page.mouse.move(5, 5);
    const before = await geometry();
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(300);
    const after = await geometry();
    if (!before.card || !after.card) throw new Error('the card closed while scrolling');
    const markMoved = (after.lines[0]?.top ?? 0) - (before.lines[0]?.top ?? 0);
    expect(markMoved).toBeLessThan(-50);
    expect(Math.abs(after.card.top - before.card.top - markMoved)).toBeLessThan(2);
    await page.keyboard.press('Escape');

    // 200% zoom: the same window shows half as many CSS pixels.
    await page.setViewportSize({ width: 640, height: 450 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.focus('backstory-mark[data-entity="samsung-electronics"]');
    await page.locator('backstory-card .card-summary').waitFor({ timeout: 5_000 });
    const zoomed = await page.evaluate(() => {
      const card = document.querySelector('backstory-card')?.shadowRoot?.querySelector('.card')?.getBoundingClientRect();
      const mark = document.querySelector('backstory-mark[data-entity="samsung-electronics"]')?.getBoundingClientRect();
      return { card: card?.toJSON() as DOMRect, mark: mark?.toJSON() as DOMRect, sheet: document.querySelector('backstory-card')?.hasAttribute('data-sheet') };
    });
    expect(zoomed.sheet).toBe(false);
    expect(zoomed.card.left).toBeGreaterThanOrEqual(0);
    expect(zoomed.card.right).toBeLessThanOrEqual(640);
    expect(zoomed.card.top).toBeGreaterThanOrEqual(0);
    expect(zoomed.card.bottom).toBeLessThanOrEqual(450);
    const covers = zoomed.card.left < zoomed.mark.right && zoomed.card.right > zoomed.mark.left && zoomed.card.top < zoomed.mark.bottom && zoomed.card.bottom > zoomed.mark.top;
    expect(covers).toBe(false);
    await page.close();
  });

  it('is not restyled by the page, and does not restyle it', async () => {
    await resetSettings();
    const page = await openAnnotated(opEdUrl);
    const paragraphStyle = () => page.$eval('div.archives > p', (p) => getComputedStyle(p).fontSize + ' ' + getComputedStyle(p).color);
    const pageBefore = await paragraphStyle();
    await page.focus('backstory-mark[data-entity="lei-jun"]');
    await page.locator('backstory-card .card-summary').waitFor({ timeout: 5_000 });
    // The open card's styles stay in its shadow root.
    expect(await paragraphStyle()).toBe(pageBefore);
    await page.keyboard.press('Escape');
    await page.addStyleTag({ content: '* { color: rgb(255, 0, 0) !important; font-size: 40px !important; } .card, .card-name { display: none !important; }' });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.focus('backstory-mark[data-entity="lei-jun"]');
    await page.locator('backstory-card .card-summary').waitFor({ timeout: 5_000 });
    const card = await page.evaluate(() => {
      const root = document.querySelector('backstory-card')?.shadowRoot;
      const name = root?.querySelector('.card-name');
      return { color: name ? getComputedStyle(name).color : '', size: name ? getComputedStyle(name).fontSize : '', visible: (root?.querySelector('.card')?.getBoundingClientRect().height ?? 0) > 0 };
    });
    // The page's rules for every element reach neither the card's text nor its layout.
    expect(card).toEqual({ color: 'rgb(31, 29, 26)', size: '17px', visible: true });
    await page.close();
  });

  it('is a bottom sheet with a close button on a narrow screen, keeping the highlight visible above it', async () => {
    await resetSettings();
    const page = await openAnnotated(opEdUrl);
    await page.setViewportSize({ width: 390, height: 700 });
    await page.locator('backstory-mark[data-entity="samsung-electronics"]').tap();
    await page.locator('backstory-card .card-summary').waitFor({ timeout: 5_000 });
    await page.waitForTimeout(400); // the sheet slides in
    const layout = await page.evaluate(() => {
      const host = document.querySelector('backstory-card');
      const card = host?.shadowRoot?.querySelector('.card')?.getBoundingClientRect();
      const mark = document.querySelector('backstory-mark[data-entity="samsung-electronics"]')?.getBoundingClientRect();
      return { sheet: host?.hasAttribute('data-sheet'), card: card?.toJSON() as DOMRect, mark: mark?.toJSON() as DOMRect, height: window.innerHeight, width: window.innerWidth };
    });
    expect(layout.sheet).toBe(true);
    expect(Math.round(layout.card.bottom)).toBe(layout.height);
    expect(Math.round(layout.card.width)).toBe(layout.width);
    expect(layout.mark.bottom).toBeLessThanOrEqual(layout.card.top);
    expect(layout.mark.top).toBeGreaterThanOrEqual(0);
    await page.locator('backstory-card .card-close').tap();
    await page.locator('backstory-card').waitFor({ state: 'detached', timeout: 2_000 });
    await page.close();
  });

  it('follows the theme setting over the system’s colour scheme', async () => {
    await resetSettings();
    await browser.serviceWorker.evaluate(() => chrome.storage.sync.set({ theme: 'dark' }));
    const page = await openAnnotated(opEdUrl);
    await page.focus('backstory-mark[data-entity="tsmc"]');
    await page.locator('backstory-card .card-summary').waitFor({ timeout: 5_000 });
    const background = (): Promise<string> => page.evaluate(() => {
      const card = document.querySelector('backstory-card')?.shadowRoot?.querySelector('.card');
      return card ? getComputedStyle(card).backgroundColor : '';
    });
    expect(await background()).toBe('rgb(35, 33, 30)');
    await page.keyboard.press('Escape');
    await browser.serviceWorker.evaluate(() => chrome.storage.sync.set({ theme: 'light' }));
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(300);
    await page.focus('backstory-mark[data-entity="lei-jun"]');
    await page.locator('backstory-card .card-summary').waitFor({ timeout: 5_000 });
    expect(await background()).toBe('rgb(255, 253, 249)');
    await page.close();
    await resetSettings();
  });
});
