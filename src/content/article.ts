/**
 * Content script entry for the supported sites' other article pages (manifest `content_scripts`, generated from
 * the adapters' `matches.articles`). It stays small: it classifies the page (URL first, then the page's own
 * signals where the URL cannot tell), reads the settings, and loads the controller only when the page is to be
 * annotated: an op-ed, or a news article when the reader asked for news too. It keeps listening, so turning
 * that setting on, or the keyboard command, annotates an open page without a reload. Until then it answers the
 * popup itself.
 */
import { detectFromUrl, detectPage } from '../detect/detect.ts';
import type { PageVerdict } from '../detect/types.ts';
import { isPopupToContent, type PageStatus } from '../shared/messages.ts';
import { isOnForHost, parseSettings, settingNames, type Settings } from '../shared/settings.ts';
import { claimPage, onReaderRequest } from './guard.ts';

interface ChromeLike {
  storage: {
    sync: { get(keys: string[]): Promise<Record<string, unknown>> };
    onChanged: { addListener(listener: (changes: Record<string, unknown>, area: string) => void): void; removeListener(listener: (changes: Record<string, unknown>, area: string) => void): void };
  };
  runtime: {
    onMessage: {
      addListener(listener: (message: unknown, sender: unknown, reply: (response: unknown) => void) => boolean | undefined): void;
      removeListener(listener: (message: unknown, sender: unknown, reply: (response: unknown) => void) => boolean | undefined): void;
    };
  };
}

// Both browsers offer the promise-based `chrome` namespace in MV3; using it here keeps the polyfill out of this file.
const api = (globalThis as unknown as { chrome: ChromeLike }).chrome;

async function readSettingsQuietly(): Promise<Settings> {
  try {
    return parseSettings(await api.storage.sync.get(settingNames));
  } catch {
    return parseSettings({});
  }
}

function main(): void {
  const byUrl = detectFromUrl(location.href);
  if (!byUrl || byUrl.kind === 'index' || byUrl.kind === 'other') return;
  performance.mark('backstory:start');
  let verdict: PageVerdict | null = null;
  let started = false;

  const start = (onRequest: boolean): void => {
    if (started) return;
    started = true;
    api.storage.onChanged.removeListener(onChanged);
    api.runtime.onMessage.removeListener(onMessage);
    void import('./controller.ts').then(({ startOnPage }) => startOnPage({ onRequest }));
  };

  const decide = async (): Promise<void> => {
    const settings = await readSettingsQuietly();
    if (!isOnForHost(settings, location.hostname)) return;
    // A URL that already says news decides without reading the page, unless the reader wants news too.
    if (byUrl.kind === 'news' && !settings.annotateNews) return;
    verdict ??= detectPage(location.href, document);
    if (verdict?.kind === 'op-ed' || (verdict?.kind === 'news' && settings.annotateNews)) start(false);
  };

  const onChanged = (_changes: Record<string, unknown>, area: string): void => {
    if (area === 'sync') void decide();
  };

  const onMessage = (message: unknown, _sender: unknown, reply: (response: unknown) => void): boolean | undefined => {
    if (!isPopupToContent(message)) return undefined;
    if (message.type === 'page:toggle') {
      // The reader asked for this page: the controller takes over and answers from now on.
      start(true);
      reply({ active: true });
      return undefined;
    }
    if (message.type === 'page:reveal') {
      reply(false);
      return undefined;
    }
    verdict ??= detectPage(location.href, document);
    const status: PageStatus = {
      site: verdict?.site ?? byUrl.site,
      siteName: verdict?.siteName ?? byUrl.siteName,
      host: location.hostname.toLowerCase(),
      kind: verdict?.kind ?? 'other',
      reasons: verdict?.reasons ?? byUrl.reasons,
      onRequest: false,
      active: false,
      entities: [],
    };
    reply(status);
    return undefined;
  };

  api.storage.onChanged.addListener(onChanged);
  api.runtime.onMessage.addListener(onMessage);
  onReaderRequest(() => start(true));
  void decide();
}

if (claimPage()) main();
