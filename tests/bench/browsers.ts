/**
 * The two Chromiums the browser benchmarks compare: one with the built extension (the e2e tests' launcher) and
 * one without it, with the same flags minus the extension ones.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { chromiumPath, launchWithExtension, quietChromiumArgs, type ExtensionBrowser } from '../support/chromium.ts';
import { TAIPEI_TIMES_HOSTS } from './pages.ts';

const VIEWPORT = { width: 1280, height: 900 };

export interface BenchBrowsers {
  /** Chromium with dist/chrome loaded. */
  extension: ExtensionBrowser;
  /** Chromium without the extension: pages as the publisher serves them, for the heap baseline. */
  plain: BrowserContext;
  /**
   * Chromium without the extension, its pages cross-origin isolated (COOP/COEP headers added on the way in) so
   * that performance.now() has 5 µs resolution instead of 100 µs: the floor pass over the seed page takes
   * well under a millisecond. Used for the floor and for advanced-mark.js.
   */
  isolated: BrowserContext;
  close(): Promise<void>;
}

/** The flags tests/support/chromium.ts gives Chromium, without the two that load the extension. */
function plainArgs(port: number): string[] {
  return [
    ...quietChromiumArgs(),
    `--host-resolver-rules=${TAIPEI_TIMES_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ')}`,
    // Cross-origin isolation needs a secure context; the fixture pages are served over http. (One flag with a
    // list: Chromium keeps only the last of repeated switches.)
    `--unsafely-treat-insecure-origin-as-secure=${TAIPEI_TIMES_HOSTS.map((host) => `http://${host}`).join(',')}`,
  ];
}

/** Adds the headers that make a page cross-origin isolated to every Taipei Times response. */
async function isolatePages(context: BrowserContext, port: number): Promise<void> {
  for (const host of TAIPEI_TIMES_HOSTS) {
    await context.route(`http://${host}/**`, async (route) => {
      // Node cannot resolve the mapped host names: fetch from the fixture server directly.
      const url = new URL(route.request().url());
      const response = await route.fetch({ url: `http://127.0.0.1:${port}${url.pathname}${url.search}` });
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' },
      });
    });
  }
}

/** Starts both browsers; a browser that fails to start is an error, never a skipped measurement. */
export async function launchBenchBrowsers(port: number): Promise<BenchBrowsers> {
  const extension = await launchWithExtension({ mapHosts: { hosts: TAIPEI_TIMES_HOSTS, port } });
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: plainArgs(port), timeout: 60_000 });
  } catch (error) {
    await extension.close();
    throw error;
  }
  const options = { viewport: VIEWPORT, colorScheme: 'light' as const, hasTouch: true };
  const plain = await browser.newContext(options);
  const isolated = await browser.newContext(options);
  await isolatePages(isolated, port);
  return {
    extension,
    plain,
    isolated,
    async close() {
      await browser.close();
      await extension.close();
    },
  };
}
