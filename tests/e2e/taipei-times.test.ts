/// <reference types="chrome" />
/**
 * End to end in a real Chromium with the built extension (dist/chrome) loaded, fixture pages served at their
 * real Taipei Times URLs through --host-resolver-rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { REAL_NEWS_PAGE, SAMPLE_OPED, opEdFixtures, readExpected } from '../support/fixtures.ts';

const expected = readExpected(SAMPLE_OPED.expected);
const opEdPath = new URL(expected.url).pathname;
const newsPath = new URL(REAL_NEWS_PAGE.url).pathname;
const opEdUrl = `http://www.taipeitimes.com${opEdPath}`;

let server: FixtureServer;
let browser: ExtensionBrowser;

const fixtures = opEdFixtures();

beforeAll(async () => {
  const routes = Object.fromEntries(fixtures.map((fixture) => [new URL(fixture.expected.url).pathname, fixture.file]));
  server = await startFixtureServer({ ...routes, [opEdPath]: SAMPLE_OPED.file, [newsPath]: REAL_NEWS_PAGE.file });
  browser = await launchWithExtension({ mapHosts: { hosts: ['www.taipeitimes.com', 'taipeitimes.com'], port: server.port } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openAnnotated(url = opEdUrl): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-backstory="annotated"]', { timeout: 15_000 });
  return page;
}

/** The highlights on a page: entity and text of each mention's first mark. */
function highlights(page: Page): Promise<Array<{ entity: string; text: string }>> {
  return page.$$eval('backstory-mark:not([data-part])', (marks) =>
    marks.map((mark) => ({ entity: (mark as HTMLElement).dataset.entity ?? '', text: mark.textContent ?? '' })),
  );
}

async function setEnabledFromServiceWorker(enabled: boolean): Promise<void> {
  await browser.serviceWorker.evaluate((value) => chrome.storage.sync.set({ enabled: value }), enabled);
}

describe('every op-ed fixture', () => {
  it.each(fixtures)('$name gets exactly its expected highlights, and nothing outside the article', async ({ expected }) => {
    const page = await openAnnotated(`http://www.taipeitimes.com${new URL(expected.url).pathname}`);
    expect(await highlights(page)).toEqual(expected.highlights);
    expect(await page.$$eval('backstory-mark', (marks) => marks.every((mark) => mark.closest('div.archives > p, div.dboxss2 li p')))).toBe(true);
    await page.close();
  });
});

describe('a Taipei Times op-ed', () => {
  it('gets exactly the expected highlights, each a focusable custom element that says it opens a card', async () => {
    const page = await openAnnotated();
    expect(await highlights(page)).toEqual(expected.highlights);
    const marks = await page.$$eval('backstory-mark:not([data-part])', (elements) =>
      elements.map((mark) => ({
        inArticleOrTeaser: mark.closest('div.archives > p, div.dboxss2 li p') !== null,
        inLink: mark.closest('a[href]') !== null,
        tabIndex: (mark as HTMLElement).tabIndex,
        role: mark.getAttribute('role'),
        popup: mark.getAttribute('aria-haspopup'),
        expanded: mark.getAttribute('aria-expanded'),
      })),
    );
    expect(marks.every((mark) => mark.inArticleOrTeaser)).toBe(true);
    for (const mark of marks.filter((item) => !item.inLink)) {
      expect(mark).toMatchObject({ tabIndex: 0, role: 'button', popup: 'dialog', expanded: 'false' });
    }
    // A name split across inline elements is one highlight holding them.
    expect(await page.$eval('backstory-mark[data-entity="tsmc"]', (mark) => mark.innerHTML)).toBe(
      'Taiwan <em>Semiconductor</em> Manufacturing Co',
    );
    await page.close();
  });

  it('opens a card on hover that shows the entity, keeps it while the pointer moves onto it, closes on Escape', async () => {
    const page = await openAnnotated();
    await page.hover('backstory-mark[data-entity="tsmc"]');
    const name = page.locator('backstory-card .card-name');
    await name.waitFor({ timeout: 5_000 });
    expect(await name.textContent()).toContain('Taiwan Semiconductor Manufacturing Co');
    await page.locator('backstory-card .card-summary').waitFor();
    expect(await page.locator('backstory-card .card-source').count()).toBeGreaterThanOrEqual(2);
    expect(await page.getAttribute('backstory-mark[data-entity="tsmc"]', 'aria-expanded')).toBe('true');

    const box = await page.locator('backstory-card .card').boundingBox();
    expect(box).not.toBeNull();
    if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.waitForTimeout(700);
    expect(await page.locator('backstory-card .card').isVisible()).toBe(true);

    await page.keyboard.press('Escape');
    await page.locator('backstory-card').waitFor({ state: 'detached', timeout: 2_000 });
    expect(await page.getAttribute('backstory-mark[data-entity="tsmc"]', 'aria-expanded')).toBe('false');
    await page.close();
  });

  it('opens a card on keyboard focus and shows its details and related entities', async () => {
    const page = await openAnnotated();
    await page.focus('backstory-mark[data-entity="lei-jun"]');
    const name = page.locator('backstory-card .card-name');
    await name.waitFor({ timeout: 5_000 });
    expect(await name.textContent()).toContain('Lei Jun');
    // The name shows at once; the native name arrives with the details from the background.
    await page.locator('backstory-card .card-native').first().waitFor({ timeout: 5_000 });
    expect(await name.textContent()).toContain('雷軍');
    await page.locator('backstory-card .card-chip').first().waitFor();
    expect(await page.locator('backstory-card .card-chip').allTextContents()).toContain('Xiaomi Corp');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.entity)).toBe('lei-jun');
    await page.keyboard.press('Escape');
    await page.locator('backstory-card').waitFor({ state: 'detached', timeout: 2_000 });
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.entity)).toBe('lei-jun');
    await page.close();
  });

  it('gives a current role with its start and a past role with its term', async () => {
    const page = await openAnnotated();
    await page.focus('backstory-mark[data-entity="lei-jun"]');
    const role = page.locator('backstory-card .card-role');
    await role.waitFor({ timeout: 5_000 });
    expect(await role.textContent()).toMatch(/^Founder, chairman and CEO of Xiaomi since \d{4}/);
    await page.close();
    const legislature = fixtures.find((fixture) => fixture.name === 'oped-legislature');
    const other = await openAnnotated(`http://www.taipeitimes.com${new URL(legislature?.expected.url ?? '').pathname}`);
    await other.focus('backstory-mark[data-entity="ko-wen-je"]');
    const pastRole = other.locator('backstory-card .card-role');
    await pastRole.waitFor({ timeout: 5_000 });
    expect(await pastRole.textContent()).toBe("Founding chairman of the Taiwan People's Party 2019-08-06 to 2025");
    await other.close();
  });

  it('opens a card on tap, and a tap elsewhere closes it', async () => {
    const page = await openAnnotated();
    await page.locator('backstory-mark[data-entity="samsung-electronics"]').tap();
    const name = page.locator('backstory-card .card-name');
    await name.waitFor({ timeout: 5_000 });
    expect(await name.textContent()).toContain('Samsung');
    await page.locator('div.archives > h1').tap();
    await page.locator('backstory-card').waitFor({ state: 'detached', timeout: 2_000 });
    await page.close();
  });

  it('keeps the card inside the viewport', async () => {
    const page = await openAnnotated();
    await page.setViewportSize({ width: 420, height: 700 });
    await page.focus('backstory-mark[data-entity="donald-trump"]');
    await page.locator('backstory-card .card-summary').waitFor({ timeout: 5_000 });
    await page.waitForTimeout(100);
    const box = await page.locator('backstory-card').boundingBox();
    expect(box).not.toBeNull();
    if (box) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(420);
      expect(box.y + box.height).toBeLessThanOrEqual(700);
    }
    await page.close();
  });
});

describe('content added later', () => {
  it('is annotated when the page adds paragraphs, and the extension ignores its own changes', async () => {
    const page = await openAnnotated();
    const before = await highlights(page);
    await page.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.textContent = 'Nvidia and Huawei were not mentioned before, but TSMC was.';
      document.querySelector('div.archives')?.append(paragraph);
    });
    await page.waitForSelector('backstory-mark[data-entity="huawei"]', { timeout: 5_000 });
    const after = await highlights(page);
    expect(after).toHaveLength(before.length + 2);
    expect(after).toEqual(expect.arrayContaining([...before, { entity: 'nvidia', text: 'Nvidia' }, { entity: 'huawei', text: 'Huawei' }]));
    await page.waitForTimeout(500); // a loop on its own mutations would add or move marks by now
    expect(await page.locator('backstory-mark').count()).toBe(before.length + 2);
    await page.close();
  });

  it('reads a paragraph again when the page changes its text, keeping the page’s change', async () => {
    const page = await openAnnotated();
    await page.evaluate(() => {
      const paragraph = document.querySelector('backstory-mark[data-entity="samsung-electronics"]')?.closest('p');
      if (!paragraph) throw new Error('no paragraph');
      paragraph.textContent = 'Corrected: Intel and Nvidia, not Samsung, were named in the original draft.';
    });
    await page.waitForSelector('backstory-mark[data-entity="nvidia"]', { timeout: 5_000 });
    const paragraph = page.locator('p', { hasText: 'Corrected:' });
    expect(await paragraph.textContent()).toBe('Corrected: Intel and Nvidia, not Samsung, were named in the original draft.');
    expect(await paragraph.locator('backstory-mark').allTextContents()).toEqual(['Intel', 'Nvidia', 'Samsung']);
    // The rest of the article keeps its highlights, one per entity.
    expect(await page.locator('backstory-mark[data-entity="tsmc"]:not([data-part])').count()).toBe(1);
    await page.close();
  });

  it('starts afresh when the page swaps in another article', async () => {
    const page = await openAnnotated();
    await page.evaluate(() => {
      const article = document.querySelector('div.archives');
      if (!article) throw new Error('no article');
      const next = document.createElement('div');
      next.className = 'archives';
      next.innerHTML = '<h1>Another piece</h1><p>Lei Jun and Xiaomi again, with Samsung.</p>';
      article.replaceWith(next);
    });
    await page.waitForFunction(() => document.querySelectorAll('div.archives backstory-mark').length === 3, undefined, { timeout: 5_000 });
    expect(await page.$$eval('div.archives backstory-mark', (marks) => marks.map((mark) => mark.textContent))).toEqual([
      'Lei Jun', 'Xiaomi', 'Samsung',
    ]);
    await page.close();
  });
});

describe('the popup switch', () => {
  it('removes every highlight at once, restoring the DOM exactly, and brings them back, without a reload', async () => {
    await setEnabledFromServiceWorker(false);
    const page = await browser.context.newPage();
    await page.goto(opEdUrl);
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    expect(await page.locator('backstory-mark').count()).toBe(0);
    const pristine = await page.evaluate(() => document.documentElement.outerHTML);

    // The op-ed page is the active tab until the popup page opens (tab URLs need a permission we do not ask).
    const [tab] = await browser.serviceWorker.evaluate(() => chrome.tabs.query({ active: true }));
    const tabId = tab?.id;
    expect(tabId).toBeDefined();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tabId}`);
    const toggle = popup.locator('#switch-all');
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(false);

    await toggle.click();
    await page.waitForSelector('html[data-backstory="annotated"]', { timeout: 10_000 });
    expect(await highlights(page)).toEqual(expected.highlights);
    await popup.waitForFunction((count) => document.querySelector('[data-testid="entity-count"]')?.textContent === String(count), expected.highlights.length, { timeout: 5_000 });

    await toggle.click();
    await page.waitForFunction(() => document.querySelectorAll('backstory-mark').length === 0, undefined, { timeout: 10_000 });
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(pristine);
    await popup.getByText('Highlights are off on this page.').waitFor({ timeout: 5_000 });

    await toggle.click();
    await page.waitForSelector('html[data-backstory="annotated"]', { timeout: 10_000 });
    expect(await highlights(page)).toEqual(expected.highlights);
    await popup.close();
    await page.close();
  });
});

describe('the real Taipei Times news page', () => {
  it('gets no highlight', async () => {
    await setEnabledFromServiceWorker(true);
    const page = await browser.context.newPage();
    await page.goto(`http://www.taipeitimes.com${newsPath}`);
    await page.waitForLoadState('load');
    await page.waitForTimeout(1_000);
    expect(await page.locator('backstory-mark').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.dataset.backstory)).toBeUndefined();
    await page.close();
  });
});
