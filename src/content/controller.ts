/**
 * Everything Backstory does on a page it annotates, loaded only there: reads the settings, annotates the
 * article region, wires the cards, picks up content added later, answers the popup and the keyboard command,
 * reports its entity count for the toolbar badge, and follows setting changes live (switching off removes every
 * highlight and restores the page exactly; a new highlight style or theme applies without touching the text).
 */
import { entries as matchEntries, tables as matcherTables } from 'virtual:backstory/matcher';
import { detectPage, regionOnRequest } from '../detect/detect.ts';
import type { PageKind, PageVerdict } from '../detect/types.ts';
import { Matcher } from '../match/matcher.ts';
import { browser } from '../shared/browser.ts';
import { askBackground } from '../shared/messaging.ts';
import { isPopupToContent, type EntityDetails, type PageStatus, type PopupToContent, type Replies } from '../shared/messages.ts';
import { isOnForHost, type Settings } from '../shared/settings.ts';
import { readSettings, watchSettings } from '../shared/settings-storage.ts';
import { PREFETCH_KEY } from '../shared/settings-keys.ts';
import { Annotator } from './annotate.ts';
import { installCardTrigger, type CardTrigger } from './card-trigger.ts';
import { watchDom, type DomWatcher } from './dom-watcher.ts';
import { onReaderRequest } from './guard.ts';
import { MARK_TAG } from './highlighter.ts';
import { decodeBase64 } from './base64.ts';
import { addMarkStyle, flashMark, setHighlightStyle } from './mark-style.ts';

const entriesById = new Map(matchEntries.map((entry) => [entry.id, entry]));

/** How the page came to run Backstory: its declared content script, or the reader's request. */
export interface StartOptions {
  /** True when the reader asked for this page (popup button or keyboard command on an unsupported page). */
  onRequest: boolean;
}

/** Backstory switched on in this page: its annotation and everything to stop with it. */
interface ActiveState {
  annotator: Annotator;
  stop: AbortController;
  watcher: DomWatcher;
  trigger: CardTrigger;
  /** The article body's blocks when last annotated: when none is left in the page, the article was replaced. */
  body: Element[];
}

/** The settings that decide what is annotated; others (style, theme, hover delay) apply without re-annotating. */
function annotationKey(settings: Settings, on: boolean): string {
  return JSON.stringify([on, settings.mentionMode, settings.entityTypes]);
}

/** The settings read the prefetch script started, once; later reads go to storage. */
function takePrefetchedSettings(): Promise<Record<string, unknown>> | undefined {
  const scope = globalThis as { [PREFETCH_KEY]?: Promise<Record<string, unknown>> };
  const pending = scope[PREFETCH_KEY];
  delete scope[PREFETCH_KEY];
  return pending;
}

/** Starts Backstory on this page. */
export async function startOnPage(options: StartOptions): Promise<void> {
  // The settings were asked for at document_start where the prefetch script runs; else ask now, and load the
  // matcher while storage answers.
  const initialSettings = readSettings(takePrefetchedSettings());
  // The automaton was compiled by the build: loading its tables costs far less than compiling 1,700 names.
  const matcher = new Matcher(matchEntries.map((entry) => entry.id), decodeBase64(matcherTables));
  const host = location.hostname.toLowerCase();
  const detailsCache = new Map<string, Promise<EntityDetails>>();
  let requested = options.onRequest;
  /** Highlights hidden on this page by the keyboard command (not a setting: it lasts until the page unloads). */
  let paused = false;
  let settings: Settings | null = null;
  let active: ActiveState | null = null;
  let appliedKey: string | null = null;
  let pending: Promise<void> = Promise.resolve();
  let verdict: Pick<PageVerdict, 'site' | 'siteName' | 'kind' | 'reasons'> = { site: 'generic', siteName: '', kind: 'other', reasons: [] };

  /** The page's kind and region; `explain` also reads the signals behind the reasons, for the popup. */
  const readVerdict = (explain = false): PageVerdict | null => {
    const page = detectPage(location.href, document, { generic: requested, explain });
    if (page) verdict = { site: page.site, siteName: page.siteName, kind: page.kind, reasons: page.reasons };
    return page;
  };
  /** The verdict read at start, used once by the first pass instead of reading the page a second time. */
  let startPage: PageVerdict | null | undefined = readVerdict();

  const qualifies = (kind: PageKind, current: Settings): boolean =>
    kind === 'op-ed' || (kind === 'news' && current.annotateNews);

  const wantsActive = (current: Settings): boolean => {
    if (!current.enabled || paused) return false;
    if (requested) return true;
    return isOnForHost(current, host) && qualifies(verdict.kind, current);
  };

  const fetchDetails = (id: string): Promise<EntityDetails> => {
    let details = detailsCache.get(id);
    if (!details) {
      details = askBackground({ type: 'entity:get', id });
      details.catch(() => detailsCache.delete(id));
      detailsCache.set(id, details);
    }
    return details;
  };

  const reportCount = (): void => {
    const count = active ? active.annotator.mentionCounts.size : 0;
    askBackground({ type: 'page:count', count }).catch(() => undefined);
  };

  const newAnnotator = (current: Settings, watcher: DomWatcher): Annotator => {
    const types = new Set(current.entityTypes);
    return new Annotator({
      matcher,
      mode: current.mentionMode,
      accept: (id) => {
        const type = entriesById.get(id)?.type;
        return type !== undefined && types.has(type);
      },
      mutate: (change) => watcher.unobserved(change),
    });
  };

  /** Annotates whatever part of the article region is not annotated yet. */
  const annotateRegion = async (state: ActiveState, current: Settings): Promise<void> => {
    const page = startPage === undefined ? readVerdict() : startPage;
    startPage = undefined;
    const region = requested ? regionOnRequest(page, document) : page?.region;
    if (!region) return;
    const blocks = [...region.body, ...region.teasers];
    if (state.body.length > 0 && state.body.every((block) => !block.isConnected)) {
      // The page replaced its article (in-page navigation): the new article starts afresh.
      state.annotator.remove();
      state.annotator = newAnnotator(current, state.watcher);
    }
    state.body = region.body;
    await state.annotator.annotate(blocks, state.stop.signal);
    if (!state.stop.signal.aborted) {
      document.documentElement.dataset.backstory = 'annotated';
      performance.mark('backstory:annotated');
      reportCount();
    }
  };

  const turnOn = async (current: Settings): Promise<void> => {
    const stop = new AbortController();
    const watcher = watchDom(document.body, (change) => {
      // Later content is queued behind any setting change in progress, never interleaved with it.
      pending = pending.then(() => {
        if (active?.stop !== stop || !settings) return undefined;
        // Text the page changed inside an annotated block was read before the change: the article is read afresh
        // (mention counts and "after the full name" rules depend on the whole article).
        const blocks = active.annotator.blocks;
        const stale = change.edited.some((node) => blocks.some((block) => block.contains(node)));
        // Text changing elsewhere (a ticker, a clock) is none of our business: only new nodes or stale blocks count.
        if (!stale && !change.added) return undefined;
        if (stale) {
          active.annotator.remove();
          active.annotator = newAnnotator(settings, active.watcher);
          active.body = [];
        }
        return annotateRegion(active, settings);
      });
    }, stop.signal);
    const removeStyle = addMarkStyle(document);
    setHighlightStyle(document, current.highlightStyle);
    const trigger = installCardTrigger(document, {
      fetchDetails,
      preview: (id) => entriesById.get(id),
      hoverDelay: () => settings?.hoverDelay ?? current.hoverDelay,
      theme: () => settings?.theme ?? current.theme,
      mentions: (id) => [...document.querySelectorAll<HTMLElement>(`${MARK_TAG}[data-entity="${CSS.escape(id)}"]:not([data-part])`)],
      mentionCount: (id) => active?.annotator.mentionCounts.get(id) ?? 0,
    }, stop.signal);
    const state: ActiveState = { stop, watcher, trigger, annotator: newAnnotator(current, watcher), body: [] };
    stop.signal.addEventListener('abort', () => {
      state.annotator.remove();
      removeStyle();
      setHighlightStyle(document, null);
      delete document.documentElement.dataset.backstory;
    }, { once: true });
    active = state;
    await annotateRegion(state, current);
  };

  const turnOff = (): void => {
    const wasActive = active !== null;
    active?.stop.abort();
    active = null;
    if (wasActive) reportCount();
  };

  // Changes are applied one after another, never interleaved; applying the same settings twice is a no-op.
  const apply = (next: Settings): Promise<void> => {
    pending = pending.then(async () => {
      settings = next;
      const on = wantsActive(next);
      if (active) setHighlightStyle(document, next.highlightStyle);
      const key = annotationKey(next, on);
      if (key === appliedKey) return;
      appliedKey = key;
      turnOff();
      if (on) await turnOn(next);
    });
    return pending;
  };
  const reapply = async (): Promise<void> => {
    appliedKey = null;
    await apply(await readSettings());
  };

  const reveal = (id: string): boolean => {
    const mark = document.querySelector<HTMLElement>(`${MARK_TAG}[data-entity="${CSS.escape(id)}"]`);
    if (!mark || !active) return false;
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    mark.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    flashMark(mark);
    active.trigger.open(mark, true);
    return true;
  };

  const status = (): PageStatus => {
    // Read the page's signals now, for the reasons the popup shows (the fast path at start skipped them).
    readVerdict(true);
    return {
      ...verdict,
      host,
      onRequest: requested,
      active: active !== null,
      entities: [...(active?.annotator.mentionCounts ?? [])].flatMap(([id, mentions]) => {
        const entry = entriesById.get(id);
        return entry ? [{ id, name: entry.name, type: entry.type, mentions }] : [];
      }),
    };
  };

  const handle = async (message: PopupToContent): Promise<Replies[PopupToContent['type']]> => {
    switch (message.type) {
      case 'page:status':
        // The popup may ask before this tab has heard of a setting it just changed: read the settings first.
        await apply(await readSettings());
        await pending;
        return status();
      case 'page:reveal':
        await pending;
        return reveal(message.id);
      case 'page:toggle':
        await pending;
        if (active) paused = true;
        else {
          paused = false;
          // On a page Backstory would not annotate by itself, the command is the reader's request.
          if (settings && !wantsActive(settings)) {
            requested = true;
            startPage = undefined;
          }
        }
        await reapply();
        return { active: active !== null };
    }
  };

  onReaderRequest(() => {
    paused = false;
    requested = true;
    startPage = undefined;
    void reapply();
  });

  // Highlights first; then the listeners, whose first use of the extension APIs costs a few milliseconds.
  await apply(await initialSettings);
  browser.runtime.onMessage.addListener((message: unknown): Promise<unknown> | undefined =>
    isPopupToContent(message) ? handle(message) : undefined);
  // Settings are watched for the page's whole life: nothing ever aborts this signal. A change made while the
  // first pass ran is picked up by reading them once more (applying the same settings again does nothing).
  watchSettings((next) => void apply(next), new AbortController().signal);
  await apply(await readSettings());
}
