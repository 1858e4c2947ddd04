/**
 * Everything Backstory does on a page that qualifies, loaded only there: reads the settings, annotates the
 * article region, wires the cards, picks up content added later, answers the popup, and follows setting
 * changes live (switching off removes every highlight and restores the page exactly; on annotates again).
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
import { Annotator } from './annotate.ts';
import { installCardTrigger } from './card-trigger.ts';
import { watchDom, type DomWatcher } from './dom-watcher.ts';
import { addMarkStyle } from './mark-style.ts';

const entriesById = new Map(matchIndex.map((entry) => [entry.id, entry]));

/** Backstory switched on in this page: its annotation and everything to stop with it. */
interface ActiveState {
  annotator: Annotator;
  settings: Settings;
  stop: AbortController;
  watcher: DomWatcher;
  /** The article body's blocks when last annotated: when none is left in the page, the article was replaced. */
  body: Element[];
}

/** Starts Backstory on this page; `urlVerdict` is the entry script's decision from the URL. */
export async function startOnPage(urlVerdict: UrlVerdict): Promise<void> {
  // Ask for the settings first: the matcher is built while storage answers.
  const initialSettings = readSettings();
  const matcher = new Matcher(matchIndex);
  const detailsCache = new Map<string, Promise<EntityDetails>>();
  let active: ActiveState | null = null;
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

  const newAnnotator = (state: { settings: Settings; watcher: DomWatcher }): Annotator =>
    new Annotator({ matcher, mode: state.settings.mentionMode, afterMutating: () => state.watcher.discardOwnMutations() });

  /** Annotates whatever part of the article region is not annotated yet. */
  const annotateRegion = async (state: ActiveState): Promise<void> => {
    const page = detectPage(location.href, document);
    if (!page) return;
    verdict = { siteName: page.siteName, kind: page.kind, reasons: page.reasons };
    if (!page.region) return;
    const blocks = [...page.region.body, ...page.region.teasers];
    if (state.body.length > 0 && state.body.every((block) => !block.isConnected)) {
      // The page replaced its article (in-page navigation): the new article starts afresh.
      state.annotator.remove();
      state.annotator = newAnnotator(state);
    }
    state.body = page.region.body;
    await state.annotator.annotate(blocks, state.stop.signal);
    if (!state.stop.signal.aborted) {
      document.documentElement.dataset.backstory = 'annotated';
      performance.mark('backstory:annotated');
    }
  };

  const turnOn = async (settings: Settings): Promise<void> => {
    const stop = new AbortController();
    const watcher = watchDom(document.body, () => {
      // Later content is queued behind any setting change in progress, never interleaved with it.
      pending = pending.then(() => (active?.stop === stop ? annotateRegion(active) : undefined));
    }, stop.signal);
    const state: ActiveState = { settings, stop, watcher, annotator: newAnnotator({ settings, watcher }), body: [] };
    const removeStyle = addMarkStyle(document);
    installCardTrigger(document, { fetchDetails, preview: (id) => entriesById.get(id) }, stop.signal);
    stop.signal.addEventListener('abort', () => {
      state.annotator.remove();
      removeStyle();
      delete document.documentElement.dataset.backstory;
    }, { once: true });
    active = state;
    await annotateRegion(state);
  };

  const turnOff = (): void => {
    active?.stop.abort();
    active = null;
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
      entities: [...(active?.annotator.mentionCounts ?? [])].flatMap(([id, mentions]) => {
        const entry = entriesById.get(id);
        return entry ? [{ id, name: entry.name, type: entry.type, mentions }] : [];
      }),
    }));
  });

  // Settings are watched for the page's whole life: nothing ever aborts this signal.
  watchSettings((settings) => void apply(settings), new AbortController().signal);
  await apply(await initialSettings);
}
