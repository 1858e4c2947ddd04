/**
 * Everything Backstory does on a page that qualifies, loaded only there: reads the settings, annotates the
 * article region, wires the cards, answers the popup, and follows setting changes live (switching off removes
 * every highlight and restores the page exactly; switching on annotates again).
 */
import matchIndex from 'virtual:backstory/match-index';
import { detectPage } from '../detect/detect.ts';
import type { UrlVerdict } from '../detect/types.ts';
import { Matcher } from '../match/matcher.ts';
import { browser } from '../shared/browser.ts';
import { askBackground } from '../shared/messaging.ts';
import { isPopupToContent, type EntityDetails, type PageStatus } from '../shared/messages.ts';
import { sameSettings, type Settings } from '../shared/settings.ts';
import { readSettings, watchSettings } from '../shared/settings-storage.ts';
import { annotateBlocks, type Annotation } from './annotate.ts';
import { installCardTrigger } from './card-trigger.ts';
import { addMarkStyle } from './mark-style.ts';

const entriesById = new Map(matchIndex.map((entry) => [entry.id, entry]));

interface ActiveAnnotation {
  annotation: Annotation;
  stop: AbortController;
}

/** Starts Backstory on this page; `urlVerdict` is the entry script's decision from the URL. */
export async function startOnPage(urlVerdict: UrlVerdict): Promise<void> {
  const matcher = new Matcher(matchIndex);
  const detailsCache = new Map<string, Promise<EntityDetails>>();
  let active: ActiveAnnotation | null = null;
  let pending: Promise<void> = Promise.resolve();
  let verdict = { siteName: urlVerdict.siteName, kind: urlVerdict.kind, reasons: urlVerdict.reasons };

  const fetchDetails = (id: string): Promise<EntityDetails> => {
    let details = detailsCache.get(id);
    if (!details) {
      details = askBackground({ type: 'entity:get', id });
      details.catch(() => detailsCache.delete(id));
      detailsCache.set(id, details);
    }
    return details;
  };

  const turnOn = async (settings: Settings): Promise<void> => {
    const page = detectPage(location.href, document);
    if (!page) return;
    verdict = { siteName: page.siteName, kind: page.kind, reasons: page.reasons };
    if (!page.region) return;
    const stop = new AbortController();
    const removeStyle = addMarkStyle(document);
    stop.signal.addEventListener('abort', removeStyle, { once: true });
    installCardTrigger(document, { fetchDetails, preview: (id) => entriesById.get(id) }, stop.signal);
    const blocks = [...page.region.body, ...page.region.teasers];
    const annotation = await annotateBlocks(blocks, { matcher, mode: settings.mentionMode, signal: stop.signal });
    stop.signal.addEventListener('abort', () => annotation.remove(), { once: true });
    active = { annotation, stop };
    document.documentElement.dataset.backstory = 'annotated';
  };

  const turnOff = (): void => {
    if (!active) return;
    active.stop.abort();
    active = null;
    delete document.documentElement.dataset.backstory;
  };

  // Setting changes are applied one after another, never interleaved; applying the same settings twice is a no-op.
  let applied: Settings | null = null;
  const apply = (settings: Settings): Promise<void> => {
    pending = pending.then(async () => {
      if (applied && sameSettings(applied, settings)) return;
      applied = settings;
      turnOff();
      if (settings.enabled) await turnOn(settings);
    });
    return pending;
  };

  browser.runtime.onMessage.addListener((message: unknown): Promise<PageStatus> | undefined => {
    if (!isPopupToContent(message)) return undefined;
    // The popup may ask before this tab has heard of a setting it just changed: read the settings first.
    return readSettings().then(apply).then(() => ({
      ...verdict,
      active: active !== null,
      entities: [...(active?.annotation.mentionCounts ?? [])].flatMap(([id, mentions]) => {
        const entry = entriesById.get(id);
        return entry ? [{ id, name: entry.name, type: entry.type, mentions }] : [];
      }),
    }));
  });

  // Settings are watched for the page's whole life: nothing ever aborts this signal.
  watchSettings((settings) => void apply(settings), new AbortController().signal);
  await apply(await readSettings());
}
