/// <reference types="chrome" />
/**
 * `npm run demo`: shows the built extension working on the bundled sample op-ed. Serves the page at its real
 * Taipei Times URL, loads dist/chrome into Chromium, waits for the highlights, prints what it found, opens a
 * card and the popup, and writes screenshots to demo-output/. With a display (DISPLAY or WAYLAND_DISPLAY set)
 * the browser window stays open for you to explore until you close it; without one it runs headless and exits.
 *
 *   npm run demo                  headless or windowed, as the machine allows
 *   npm run demo -- --headless    always headless
 *   npm run demo -- --docs        also refresh the README's screenshots in docs/
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { loadKnowledge } from '../src/knowledge/read-data.ts';
import { launchWithExtension } from '../tests/support/chromium.ts';
import { startFixtureServer } from '../tests/support/fixture-server.ts';
import { SAMPLE_OPED, readExpected } from '../tests/support/fixtures.ts';

const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const OUT = 'demo-output';

const { url } = readExpected(SAMPLE_OPED.expected);
const path = new URL(url).pathname;
const pageUrl = `http://www.taipeitimes.com${path}`;
const names = new Map(loadKnowledge().entities.map((entity) => [entity.id, entity]));

const server = await startFixtureServer({ [path]: SAMPLE_OPED.file });
const browser = await launchWithExtension({
  headless,
  mapHosts: { hosts: ['www.taipeitimes.com', 'taipeitimes.com'], port: server.port },
  viewport: { width: 1100, height: 760 },
});

/** Opens the card of `entity` by hovering its highlight, and screenshots the page around it. */
async function screenshotCard(page: Page, entity: string, file: string): Promise<void> {
  const mark = page.locator(`backstory-mark[data-entity="${entity}"]`).first();
  await mark.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -160));
  await mark.hover();
  await page.locator('backstory-card .card-summary').waitFor({ timeout: 10_000 });
  await page.waitForTimeout(250); // let the entrance animation settle
  await page.screenshot({ path: file });
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
}

try {
  mkdirSync(OUT, { recursive: true });
  const page = await browser.context.newPage();
  await page.goto(pageUrl);
  await page.waitForSelector('html[data-backstory="annotated"]', { timeout: 20_000 });

  const found = await page.$$eval('backstory-mark:not([data-part])', (marks) =>
    marks.map((mark) => ({ id: (mark as HTMLElement).dataset.entity ?? '', text: mark.textContent ?? '' })),
  );
  console.log(`\nBackstory on ${pageUrl}`);
  console.log(`${found.length} entities highlighted (first mention of each):\n`);
  for (const { id, text } of found) {
    const entity = names.get(id);
    console.log(`  ${(entity?.name ?? id).padEnd(42)} ${(entity?.type ?? '').padEnd(16)} "${text.replace(/\s+/g, ' ')}"`);
  }

  await screenshotCard(page, 'lei-jun', `${OUT}/card-light.png`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshotCard(page, 'tsmc', `${OUT}/card-dark.png`);
  await page.emulateMedia({ colorScheme: 'light' });

  const [tab] = await browser.serviceWorker.evaluate(() => chrome.tabs.query({ active: true }));
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 320, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tab?.id ?? ''}`);
  await popup.getByTestId('entity-count').waitFor({ timeout: 10_000 });
  await popup.screenshot({ path: `${OUT}/popup.png` });
  await popup.close();

  // On a phone-sized screen the card is a bottom sheet.
  await page.setViewportSize({ width: 390, height: 760 });
  await page.locator('backstory-mark[data-entity="samsung-electronics"]').first().tap();
  await page.locator('backstory-card .card-summary').waitFor({ timeout: 10_000 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUT}/card-sheet.png` });
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 1100, height: 760 });

  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 760, height: 1000 });
  await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  await options.locator('input[name="theme"]').first().waitFor({ timeout: 10_000 });
  await options.screenshot({ path: `${OUT}/options.png`, fullPage: true });
  await options.close();

  const shots = ['card-light.png', 'card-dark.png', 'card-sheet.png', 'popup.png', 'options.png'];
  console.log(`\nScreenshots: ${shots.map((name) => `${OUT}/${name}`).join(', ')}`);
  if (args.has('--docs')) {
    mkdirSync('docs', { recursive: true });
    for (const name of shots) copyFileSync(`${OUT}/${name}`, `docs/${name}`);
    console.log('Copied them to docs/.');
  }
  if (!headless) {
    await page.bringToFront();
    console.log('\nThe browser stays open: hover, focus or tap a highlight. Close the window to finish.');
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  }
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}
