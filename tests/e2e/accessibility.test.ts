/// <reference types="chrome" />
/**
 * axe-core in a real Chromium with the built extension: an open card (light and dark), the popup and the
 * options page must report no violations. axe runs in the page; the card's shadow root is open, so axe
 * checks inside it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { SAMPLE_OPED, readExpected } from '../support/fixtures.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const sample = readExpected(SAMPLE_OPED.expected);
const opEdUrl = `http://www.taipeitimes.com${new URL(sample.url).pathname}`;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer({ [new URL(sample.url).pathname]: SAMPLE_OPED.file });
  browser = await launchWithExtension({ mapHosts: { hosts: ['www.taipeitimes.com'], port: server.port } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Runs axe on `include` (a selector; the whole page when absent) and returns its violations, readable. */
async function violations(page: Page, include?: string): Promise<string[]> {
  // evaluate() is not subject to the page's CSP, which forbids inline scripts on extension pages.
  await page.evaluate(axeSource);
  const found = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations'] });
    return result.violations;
  }, include);
  return found.map((violation) => `${violation.id} (${violation.impact ?? ''}): ${violation.help} at ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
}

describe('accessibility (axe-core)', () => {
  it.each(['light', 'dark'] as const)('an open card has no violations in the %s theme', async (scheme) => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(opEdUrl);
    await page.waitForSelector('html[data-backstory="annotated"]', { timeout: 15_000 });
    await page.focus('backstory-mark[data-entity="lei-jun"]');
    await page.keyboard.press('Enter');
    await page.locator('backstory-card .card-chip').first().waitFor({ timeout: 5_000 });
    await page.waitForTimeout(200); // the card's entrance animation
    expect(await violations(page, 'backstory-card')).toEqual([]);
    // The highlights themselves, in the article.
    expect(await violations(page, 'div.archives')).toEqual([]);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('the popup has no violations in the %s theme', async (scheme) => {
    const article = await browser.context.newPage();
    await article.goto(opEdUrl);
    await article.waitForSelector('html[data-backstory="annotated"]', { timeout: 15_000 });
    const [tab] = await browser.serviceWorker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
    const popup = await browser.context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tab?.id ?? 0}`);
    await popup.getByTestId('entity-count').waitFor({ timeout: 5_000 });
    await popup.locator('#search').fill('TSMC');
    await popup.locator('.popup-results').waitFor();
    expect(await violations(popup)).toEqual([]);
    await Promise.all([popup.close(), article.close()]);
  });

  it.each(['light', 'dark'] as const)('the options page has no violations in the %s theme', async (scheme) => {
    const options = await browser.context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.locator('input[name="theme"]').first().waitFor();
    expect(await violations(options)).toEqual([]);
    await options.close();
  });
});
