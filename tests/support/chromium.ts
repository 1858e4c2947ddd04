import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

/** The unpacked Chrome build that `npm run build` writes. */
export const CHROME_DIST = fileURLToPath(new URL('../../dist/chrome/', import.meta.url));

/** Debian's Chromium, or the browser named by CHROMIUM_PATH. Throws (never skips) when there is none. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(`No Chromium found (tried ${candidates.join(', ')}). Install it: apt-get install -y chromium`);
  }
  return found;
}

/** Flags for a Chromium that stays quiet on a machine with no network, and runs as root where it must. */
export function quietChromiumArgs(): string[] {
  // This machine has no network beyond the registries: keep Chromium from calling home at start.
  const args = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu', '--disable-quic'];
  if (process.getuid?.() === 0) args.push('--no-sandbox'); // Chromium refuses to run as root with its sandbox
  return args;
}

/** A Chromium with the built extension loaded, its extension id, and a way to close it all. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Host names to send to 127.0.0.1:`port`, so content scripts see their real hosts. */
  mapHosts?: { hosts: string[]; port: number };
  headless?: boolean;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** X display for a headed browser (see xvfb.ts). */
  display?: string;
}

/** Starts Chromium with a fresh profile and the built extension. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(CHROME_DIST, 'manifest.json'))) {
    throw new Error(`No extension build at ${CHROME_DIST}: run npm run build first`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'backstory-profile-'));
  const args = [`--disable-extensions-except=${CHROME_DIST}`, `--load-extension=${CHROME_DIST}`, ...quietChromiumArgs()];
  if (options.mapHosts) {
    const rules = options.mapHosts.hosts.map((host) => `MAP ${host} 127.0.0.1:${options.mapHosts?.port}`).join(', ');
    args.push(`--host-resolver-rules=${rules}`);
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    args,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    // A touch screen as well as a mouse, so tests can tap.
    hasTouch: true,
    timeout: 60_000,
    ...(options.display ? { env: { ...process.env, DISPLAY: options.display } } : {}),
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
