/**
 * Backstory in a real Chromium on two op-ed pages (the seed fixture and a ~1 MB page in the same template):
 * start-to-annotated time from the content script's own User Timing marks, the longest main-thread task, the
 * heap it adds, and two references measured without the extension: the floor (one TreeWalker pass reading every
 * text node of the article region) and a peer, advanced-mark.js highlighting the same names in the same region.
 */
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import type { BenchBrowsers } from './browsers.ts';
import type { BenchPage, OpEdName } from './pages.ts';
import { median, progress, repeat } from './stats.ts';
import { traceLongestTask, waitForAnnotated, type LongestTask } from './trace.ts';

const RUNS = 9;
const HEAP_RUNS = 3;
const MARK_JS = createRequire(import.meta.url).resolve('advanced-mark.js/dist/mark.min.js');
/** The article region the floor reads (the article and the related-story teasers), as one selector. */
const REGION = 'div.archives, div.dboxss2[data-desc="You might also like"]';
/** Characters that end a word besides whitespace, for advanced-mark.js's `exactly` accuracy. */
const WORD_LIMITERS = ',.;:!?\'"()[]{}“”‘’—–-/…';

export interface OpEdFigures {
  /** Median start-to-annotated time, ms, and every run. */
  oursMs: number;
  oursRunsMs: number[];
  /**
   * Median time from the manifest's loader starting to `backstory:start`, and every run: Chromium fetching,
   * compiling and evaluating the content script's modules (the page may run tasks of its own in between).
   */
  loadMs: number;
  loadRunsMs: number[];
  /**
   * The round before the timed ones, kept out of the medians: for the seed page, the browsers' very first page
   * (they have just started, and no code is cached yet); for the large page, its own first load.
   */
  firstLoad: { oursMs: number; floorMs: number; peerMs: number; wrapBoundMs: number };
  highlights: number;
  floorMs: number;
  floorRunsMs: number[];
  /** Characters the floor pass read. */
  floorCharacters: number;
  peerMs: number;
  peerRunsMs: number[];
  /** Marks advanced-mark.js made (every mention; Backstory highlights first mentions). */
  peerMarks: number;
  annotateOverFloor: number;
  /**
   * A lower bound for any annotator that wraps what Backstory wraps: on a fresh page, the floor's pass keeping
   * the text nodes it reads, then wrapping those mentions with their places known in advance (no matcher, no
   * detection, no attributes on the marks). Median and every run, ms; the marks it made; ÷ the floor.
   */
  wrapBoundMs: number;
  wrapBoundRunsMs: number[];
  wrapBoundMarks: number;
  wrapBoundOverFloor: number;
  /** advanced-mark.js time ÷ ours: above 1 means Backstory is faster. */
  speedupVsAdvancedMark: number;
  longestTask: LongestTask;
  /** JavaScript heap with the extension minus without it, after annotation and a full GC (large page only). */
  heapOverheadBytes?: number;
  /** The same for Blink's heap (DOM), which holds the highlight elements. */
  embedderHeapOverheadBytes?: number;
  heapWith?: HeapUsage[];
  heapWithout?: HeapUsage[];
}

async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { timeout: 60_000 });
  return page;
}

interface HeapUsage {
  /** V8's heap in use (the page's scripts and the content script's isolated world share one isolate). */
  usedSize: number;
  /** Blink's garbage-collected heap in use (DOM objects, the highlights' elements among them). */
  embedderHeapUsedSize: number;
}

/** The heaps in use after a full garbage collection, in bytes. */
async function heapAfterGc(context: BrowserContext, page: Page): Promise<HeapUsage> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, embedderHeapUsedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return { usedSize, embedderHeapUsedSize };
}

/** One fresh load with the extension: start-to-annotated from the marks, and the heap when asked for. */
async function oursOnce(context: BrowserContext, url: string, withHeap: boolean): Promise<{ ms: number; loadMs: number; highlights: number; heap?: HeapUsage }> {
  const page = await openPage(context, url);
  await waitForAnnotated(page);
  // No named functions inside page.evaluate: tsx would wrap them in a helper the page does not have.
  const { ms, loadMs, highlights } = await page.evaluate(() => {
    const marks = performance.getEntriesByType('mark');
    const inject = marks.find((mark) => mark.name === 'backstory:inject')?.startTime ?? Number.NaN;
    const start = marks.find((mark) => mark.name === 'backstory:start')?.startTime ?? Number.NaN;
    const annotated = marks.find((mark) => mark.name === 'backstory:annotated')?.startTime ?? Number.NaN;
    return { ms: annotated - start, loadMs: start - inject, highlights: document.querySelectorAll('backstory-mark:not([data-part])').length };
  });
  const heap = withHeap ? await heapAfterGc(context, page) : undefined;
  await page.close();
  if (!Number.isFinite(ms) || !Number.isFinite(loadMs)) throw new Error(`No backstory:inject / start / annotated marks on ${url}`);
  return { ms, loadMs, highlights, heap };
}

/** One cold TreeWalker pass over the article region that reads every text node, on a fresh page. */
async function floorOnce(context: BrowserContext, url: string): Promise<{ ms: number; characters: number; isolated: boolean }> {
  const page = await openPage(context, url);
  const result = await page.evaluate(() => {
    const roots = [
      document.querySelector('div.archives'),
      ...document.querySelectorAll('div.dboxss2[data-desc="You might also like"]'),
    ].filter((root): root is Element => root !== null);
    const start = performance.now();
    let characters = 0;
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) characters += (node as Text).data.length;
    }
    return { ms: performance.now() - start, characters, isolated: crossOriginIsolated };
  });
  await page.close();
  if (!result.isolated) progress('warning: the floor page is not cross-origin isolated: its timer is clamped to 100 µs');
  return result;
}

/**
 * Where Backstory's marks go, in node terms: from an annotated page, each mark's text as offsets into the floor
 * pass's text; then, on a page without the extension, the text nodes and offsets those fall in, as
 * `[first node, start, last node, end]` with nodes numbered in the floor pass's order. Checked: the plain page
 * has the same text at each place.
 */
async function wrapPlan(extension: BrowserContext, plain: BrowserContext, url: string): Promise<WrapPlan> {
  const annotated = await openPage(extension, url);
  await waitForAnnotated(annotated);
  const marked = await annotated.evaluate((region) => {
    const roots = [...document.querySelectorAll(region)];
    const places = new Map<Element, { start: number; end: number; text: string }>();
    let offset = 0;
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const data = (node as Text).data;
        const mark = node.parentElement?.closest('backstory-mark');
        if (mark) {
          const place = places.get(mark) ?? { start: offset, end: offset, text: '' };
          place.end = offset + data.length;
          place.text += data;
          places.set(mark, place);
        }
        offset += data.length;
      }
    }
    return [...places.values()];
  }, REGION);
  await annotated.close();
  const page = await openPage(plain, url);
  const plan = await page.evaluate(({ marked, region }) => {
    const roots = [...document.querySelectorAll(region)];
    const nodes: Text[] = [];
    const starts: number[] = [];
    let offset = 0;
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push(node as Text);
        starts.push(offset);
        offset += (node as Text).data.length;
      }
    }
    const places: Array<[number, number, number, number]> = [];
    for (const { start, end, text } of marked) {
      let first = 0;
      while (first + 1 < nodes.length && (starts[first + 1] ?? 0) <= start) first++;
      let last = first;
      while (last + 1 < nodes.length && (starts[last + 1] ?? 0) < end) last++;
      let found = '';
      for (let index = first; index <= last; index++) {
        const from = index === first ? start - (starts[index] ?? 0) : 0;
        const to = index === last ? end - (starts[index] ?? 0) : (nodes[index]?.length ?? 0);
        found += nodes[index]?.data.slice(from, to) ?? '';
      }
      if (found !== text) throw new Error(`The page without the extension reads "${found}" where a mark held "${text}"`);
      places.push([first, start - (starts[first] ?? 0), last, end - (starts[last] ?? 0)]);
    }
    return places;
  }, { marked, region: REGION });
  await page.close();
  return { places: plan, texts: marked.map((mark) => mark.text) };
}

/** `[first node, start, last node, end]` of each mark, nodes numbered in the floor pass's order, and its text. */
interface WrapPlan {
  places: Array<[number, number, number, number]>;
  texts: string[];
}

/**
 * The lower bound on a fresh page: the floor's pass, keeping its text nodes, then the marks of `plan` made as
 * Backstory makes them (text nodes split; one mark around sibling nodes, else one per node), last first so that
 * earlier places stay valid.
 */
async function wrapBoundOnce(context: BrowserContext, url: string, plan: WrapPlan): Promise<{ ms: number; marks: number }> {
  const page = await openPage(context, url);
  const result = await page.evaluate(({ plan, region }) => {
    const roots = [...document.querySelectorAll(region)];
    const start = performance.now();
    const nodes: Text[] = [];
    let characters = 0;
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push(node as Text);
        characters += (node as Text).data.length;
      }
    }
    let marks = 0;
    for (let index = plan.length - 1; index >= 0; index--) {
      const [firstIndex, from, lastIndex, to] = plan[index] ?? [0, 0, 0, 0];
      const first = nodes[firstIndex] as Text;
      const last = nodes[lastIndex] as Text;
      if (first === last) {
        if (to < first.length) first.splitText(to);
        const piece = from > 0 ? first.splitText(from) : first;
        const mark = document.createElement('backstory-mark');
        piece.before(mark);
        mark.append(piece);
        marks++;
      } else if (first.parentNode === last.parentNode) {
        if (to < last.length) last.splitText(to);
        const head = from > 0 ? first.splitText(from) : first;
        const mark = document.createElement('backstory-mark');
        head.before(mark);
        for (let node: Node | null = head; node; ) {
          const next: Node | null = node === last ? null : node.nextSibling;
          mark.append(node);
          node = next;
        }
        marks++;
      } else {
        for (let nodeIndex = lastIndex; nodeIndex >= firstIndex; nodeIndex--) {
          const node = nodes[nodeIndex] as Text;
          const end = nodeIndex === lastIndex ? to : node.length;
          if (end < node.length) node.splitText(end);
          const piece = nodeIndex === firstIndex && from > 0 ? node.splitText(from) : node;
          const mark = document.createElement('backstory-mark');
          piece.before(mark);
          mark.append(piece);
          marks++;
        }
      }
    }
    const ms = performance.now() - start;
    // Untimed: the marks hold exactly the text Backstory's did.
    const made = [...document.querySelectorAll('backstory-mark')].map((mark) => mark.textContent).join('|');
    return { ms, marks, characters, made };
  }, { plan: plan.places, region: REGION });
  if (result.made !== plan.texts.join('|')) throw new Error(`The lower bound's marks on ${url} do not hold what Backstory's held`);
  await page.close();
  return result;
}

/** advanced-mark.js on a fresh page: every name, whole words, case-sensitive, across inline elements. */
async function peerOnce(context: BrowserContext, url: string, terms: readonly string[]): Promise<{ ms: number; marks: number }> {
  const page = await openPage(context, url);
  await page.addScriptTag({ path: MARK_JS });
  const result = await page.evaluate(
    ({ terms, limiters }) =>
      new Promise<{ ms: number; marks: number }>((resolve) => {
        type MarkConstructor = new (context: Element[]) => { mark(terms: string[], options: Record<string, unknown>): void };
        const Mark = (window as unknown as { Mark: MarkConstructor }).Mark;
        const roots = [
          document.querySelector('div.archives'),
          ...document.querySelectorAll('div.dboxss2[data-desc="You might also like"]'),
        ].filter((root): root is Element => root !== null);
        const options: Record<string, unknown> = {
          separateWordSearch: false, // names are phrases, not lists of words
          accuracy: { value: 'exactly', limiters },
          caseSensitive: true,
          diacritics: false,
          acrossElements: true,
          // One RegExp per 100 names, the default of advanced-mark.js 3; it caches the text nodes between them.
          combinePatterns: 100,
          cacheTextNodes: true,
        };
        const start = performance.now();
        // Assigned, not written in the literal: tsx would wrap a named function in a helper the page lacks.
        options.done = (marks: number) => resolve({ ms: performance.now() - start, marks });
        new Mark(roots).mark(terms, options);
      }),
    { terms: [...terms], limiters: WORD_LIMITERS },
  );
  await page.close();
  return result;
}

/** Every figure for one op-ed page. `terms` is every name, alias and native name of the knowledge file. */
export async function benchmarkOpEd(browsers: BenchBrowsers, name: OpEdName, page: BenchPage, terms: readonly string[]): Promise<OpEdFigures> {
  const withHeap = name === 'large';
  // Ours, the floor, the peer and the bound take turns, load by load: the machine's speed drifts over a run (by
  // half, in some runs), and turns put them under the same conditions rather than each in a stretch of its own.
  progress(`browser: ${name}, where Backstory's marks go (for the lower bound)`);
  const plan = await wrapPlan(browsers.extension.context, browsers.isolated, page.url);
  progress(`browser: ${name}, ours, floor, advanced-mark.js and the bound in turn (a first load, then ${RUNS} loads each)`);
  const first = {
    ours: await oursOnce(browsers.extension.context, page.url, false),
    floor: await floorOnce(browsers.isolated, page.url),
    peer: await peerOnce(browsers.isolated, page.url, terms),
    bound: await wrapBoundOnce(browsers.isolated, page.url, plan),
  };
  const rounds = await repeat(RUNS, async (run) => ({
    ours: await oursOnce(browsers.extension.context, page.url, withHeap && run < HEAP_RUNS),
    floor: await floorOnce(browsers.isolated, page.url),
    peer: await peerOnce(browsers.isolated, page.url, terms),
    bound: await wrapBoundOnce(browsers.isolated, page.url, plan),
  }));
  const ours = rounds.map((round) => round.ours);
  const floor = rounds.map((round) => round.floor);
  const peer = rounds.map((round) => round.peer);
  const bound = rounds.map((round) => round.bound);
  progress(`browser: ${name}, longest task (traced load)`);
  const longestTask = await traceLongestTask(browsers.extension.context, page.url);
  const oursMs = median(ours.map((run) => run.ms));
  const floorMs = median(floor.map((run) => run.ms));
  const peerMs = median(peer.map((run) => run.ms));
  const wrapBoundMs = median(bound.map((run) => run.ms));
  const figures: OpEdFigures = {
    oursMs,
    oursRunsMs: ours.map((run) => run.ms),
    loadMs: median(ours.map((run) => run.loadMs)),
    loadRunsMs: ours.map((run) => run.loadMs),
    firstLoad: { oursMs: first.ours.ms, floorMs: first.floor.ms, peerMs: first.peer.ms, wrapBoundMs: first.bound.ms },
    highlights: ours[0]?.highlights ?? 0,
    floorMs,
    floorRunsMs: floor.map((run) => run.ms),
    floorCharacters: floor[0]?.characters ?? 0,
    peerMs,
    peerRunsMs: peer.map((run) => run.ms),
    peerMarks: peer[0]?.marks ?? 0,
    annotateOverFloor: oursMs / floorMs,
    wrapBoundMs,
    wrapBoundRunsMs: bound.map((run) => run.ms),
    wrapBoundMarks: bound[0]?.marks ?? 0,
    wrapBoundOverFloor: wrapBoundMs / floorMs,
    speedupVsAdvancedMark: peerMs / oursMs,
    longestTask,
  };
  if (withHeap) {
    progress(`browser: ${name}, heap without the extension (${HEAP_RUNS} loads)`);
    const without = await repeat(HEAP_RUNS, async () => {
      const plainPage = await openPage(browsers.plain, page.url);
      const heap = await heapAfterGc(browsers.plain, plainPage);
      await plainPage.close();
      return heap;
    });
    const withExtension = ours.flatMap((run) => (run.heap === undefined ? [] : [run.heap]));
    const overhead = (key: keyof HeapUsage): number =>
      median(withExtension.map((heap) => heap[key])) - median(without.map((heap) => heap[key]));
    figures.heapWith = withExtension;
    figures.heapWithout = without;
    figures.heapOverheadBytes = overhead('usedSize');
    figures.embedderHeapOverheadBytes = overhead('embedderHeapUsedSize');
  }
  return figures;
}
