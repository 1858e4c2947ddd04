/// <reference types="chrome" />
/**
 * The keyboard command and annotating on request, end to end: a headed Chromium on a virtual display, the built
 * extension loaded, and the shortcut pressed as a reader presses it (xdotool). The command grants `activeTab`,
 * which is what lets Backstory inject itself into a page of a site it does not support, and nothing else does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { SAMPLE_OPED, classifiedFixtures, readExpected } from '../support/fixtures.ts';
import { startVirtualDisplay, type VirtualDisplay } from '../support/xvfb.ts';

const SHORTCUT = 'alt+shift+k';
const sample = readExpected(SAMPLE_OPED.expected);
const opEdUrl = `http://www.taipeitimes.com${new URL(sample.url).pathname}`;
const unsupported = classifiedFixtures().find((fixture) => fixture.name === 'generic/opinion-strait-review');
if (!unsupported) throw new Error('no generic opinion fixture');
const unsupportedUrl = unsupported.expect.url.replace(/^https:/, 'http:');

let display: VirtualDisplay;
let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  display = await startVirtualDisplay();
  server = await startFixtureServer({
    [new URL(sample.url).pathname]: SAMPLE_OPED.file,
    [new URL(unsupported.expect.url).pathname]: unsupported.file,
  });
  browser = await launchWithExtension({
    headless: false,
    display: display.display,
    mapHosts: { hosts: ['www.taipeitimes.com', new URL(unsupported.expect.url).hostname], port: server.port },
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  display?.close();
});

async function activeTabId(page: Page): Promise<number> {
  await page.bringToFront();
  const [tab] = await browser.serviceWorker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}

const marks = (page: Page) => page.$$eval('backstory-mark:not([data-part])', (elements) =>
  elements.map((mark) => (mark as HTMLElement).dataset.entity ?? ''));

describe('the keyboard command', () => {
  it('is declared with its shortcut', async () => {
    const commands = await browser.serviceWorker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((command) => command.name === 'toggle-highlights')?.shortcut).toBe('Alt+Shift+K');
  });

  it('annotates a page of a site Backstory does not support, only its article, and takes it all away again', async () => {
    const page = await browser.context.newPage();
    await page.goto(unsupportedUrl);
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    expect(await page.locator('backstory-mark').count()).toBe(0);
    const pristine = await page.evaluate(() => document.documentElement.outerHTML);

    await page.bringToFront();
    display.press(SHORTCUT);
    await page.waitForSelector('html[data-backstory="annotated"]', { timeout: 10_000 });
    const found = await marks(page);
    expect(found).toEqual(expect.arrayContaining(['tsmc', 'ccp', 'william-lai', 'legislative-yuan', 'ait']));
    // Only the article body: not the caption, the related links, the header or the footer.
    expect(await page.$$eval('backstory-mark', (elements) => elements.every((mark) => mark.closest('.story-body')))).toBe(true);

    // The popup tells the reader what this page is and that it was annotated on request.
    const tabId = await activeTabId(page);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup.getByTestId('verdict').waitFor({ timeout: 5_000 });
    expect(await popup.getByTestId('verdict').textContent()).toBe(
      'Other site · op-ed · URL section: opinion, schema.org section: Opinion, byline, author bio · annotated on request',
    );
    await popup.close();

    await page.bringToFront();
    display.press(SHORTCUT);
    await page.waitForFunction(() => document.querySelectorAll('backstory-mark').length === 0, undefined, { timeout: 10_000 });
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(pristine);

    // activeTab lasts until the tab navigates: the popup's "Annotate this page" works here now.
    const again = await browser.context.newPage();
    await again.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tabId}`);
    await again.getByRole('button', { name: 'Annotate this page' }).click();
    await page.waitForSelector('html[data-backstory="annotated"]', { timeout: 10_000 });
    expect(await marks(page)).toEqual(found);
    await again.close();
    await page.close();
  });

  it('turns a supported op-ed’s highlights off and on', async () => {
    const page = await browser.context.newPage();
    await page.goto(opEdUrl);
    await page.waitForSelector('html[data-backstory="annotated"]', { timeout: 15_000 });
    const before = await marks(page);
    expect(before).toEqual(sample.highlights.map((highlight) => highlight.entity));
    await page.bringToFront();
    display.press(SHORTCUT);
    await page.waitForFunction(() => document.querySelectorAll('backstory-mark').length === 0, undefined, { timeout: 10_000 });
    display.press(SHORTCUT);
    await page.waitForSelector('html[data-backstory="annotated"]', { timeout: 10_000 });
    expect(await marks(page)).toEqual(before);
    await page.close();
  });
});
