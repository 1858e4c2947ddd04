/**
 * A real Firefox (Debian's firefox-esr, unmodified) with the built Firefox extension installed, driven over
 * WebDriver BiDi by puppeteer-core. Firefox has no --host-resolver-rules: every http request goes through the
 * fixture server as an HTTP proxy instead, so pages load at their real URLs and the content scripts see their
 * real hosts.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** The unpacked Firefox build that `npm run build` writes. */
export const FIREFOX_DIST = fileURLToPath(new URL('../../dist/firefox/', import.meta.url));

/** Debian's Firefox ESR, or the browser named by FIREFOX_PATH. Throws (never skips) when there is none. */
export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`No Firefox found (tried ${candidates.join(', ')}). Install it: apt-get install -y firefox-esr`);
  return found;
}

/** A Firefox with the built extension installed, and a way to close it all. */
export interface FirefoxWithExtension {
  browser: Browser;
  /** The id Firefox installed the add-on under. */
  addonId: string;
  /**
   * A new tab that loads no embedded frames. A saved real page embeds third-party frames (a social widget) that
   * cannot load here, and the error page Firefox shows in such a frame makes its remote protocol report the whole
   * navigation as failed.
   */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Starts Firefox with a fresh profile, every http request sent to 127.0.0.1:`proxyPort`, and the built extension. */
export async function launchFirefoxWithExtension(proxyPort: number): Promise<FirefoxWithExtension> {
  const manifestPath = join(FIREFOX_DIST, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No extension build at ${FIREFOX_DIST}: run npm run build first`);
  const profile = mkdtempSync(join(tmpdir(), 'backstory-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'network.proxy.type': 1, // manual proxy settings
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      // https requests too, so that a page's third-party scripts and ads fail at once, not after a DNS timeout.
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Plain http to the fixture server: no upgrade to https, whether from HTTPS-First or from the HSTS preload
      // list (The Guardian's host is on it).
      'dom.security.https_first': false,
      'dom.security.https_only_mode': false,
      'network.stricttransportsecurity.preloadlist': false,
    },
    timeout: 60_000,
  });
  const addonId = await browser.installExtension(FIREFOX_DIST);
  return {
    browser,
    addonId,
    async newPage() {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.isNavigationRequest() && request.frame() !== page.mainFrame()) void request.abort();
        else void request.continue();
      });
      return page;
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
