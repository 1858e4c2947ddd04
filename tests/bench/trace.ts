/**
 * The longest main-thread task while Backstory annotates a page, from a Chromium performance trace (the same
 * data DevTools' Performance panel shows): every task the page's main thread ran, with its real duration.
 */
import type { BrowserContext, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { worldName?: string; fileName?: string; data?: { url?: string } };
}

export interface LongestTask {
  /** Longest task overlapping the annotation (from the `backstory:start` mark to `backstory:annotated`). */
  duringAnnotationMs: number;
  /** Longest task from navigation start to `backstory:annotated`: includes the page's own parsing and layout. */
  fromNavigationMs: number;
  /** Annotation time as the trace saw it (tracing slows the page a little). */
  annotationMs: number;
  /** Tasks of 50 ms or more overlapping the annotation. */
  longTasksDuringAnnotation: number;
  /**
   * Main-thread time the content script's loading took before `backstory:start` (from the `backstory:inject`
   * mark): running the loader, compiling the modules and evaluating them, as traced in Backstory's world.
   */
  loadWorkMs: number;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'v8.execute'];

/**
 * Waits until the content script has marked the page annotated, through the DevTools protocol with one small
 * expression. Playwright's own waiting functions first inject their helper script into the page, a main-thread
 * task of about 15 ms that could land in the middle of the very annotation being timed.
 */
export async function waitForAnnotated(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: `new Promise((resolve) => {
        const done = () => performance.getEntriesByName('backstory:annotated').length > 0;
        if (done()) return resolve(true);
        const observer = new PerformanceObserver(() => {
          if (done()) { observer.disconnect(); resolve(true); }
        });
        observer.observe({ type: 'mark' });
        setTimeout(() => { observer.disconnect(); resolve(done()); }, 60000);
      })`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails || result.value !== true) throw new Error(`${page.url()} was not annotated within 60 s`);
  } finally {
    await cdp.detach();
  }
}

/** Loads `url` in a new page of `context` while tracing, and reads the longest main-thread tasks. */
export async function traceLongestTask(context: BrowserContext, url: string): Promise<LongestTask> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  await page.goto(url);
  await waitForAnnotated(page);
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  return longestTasks(events);
}

function lastEvent(events: readonly TraceEvent[], name: string, before = Infinity): TraceEvent | undefined {
  return events.filter((event) => event.name === name && event.ts <= before).sort((a, b) => b.ts - a.ts)[0];
}

/** Reads the marks and the main thread's tasks out of a trace. */
export function longestTasks(events: readonly TraceEvent[]): LongestTask {
  const annotated = lastEvent(events, 'backstory:annotated');
  const start = annotated && lastEvent(events, 'backstory:start', annotated.ts);
  if (!annotated || !start) throw new Error('The trace holds no backstory:start / backstory:annotated marks');
  // User Timing marks are recorded on the page's main thread: its tasks are the ones to look at.
  const main = events.filter((event) => event.pid === start.pid && event.tid === start.tid);
  const navigation = lastEvent(main, 'navigationStart', start.ts)?.ts ?? Math.min(...main.map((event) => event.ts));
  const tasks = main.filter((event) => event.ph === 'X' && event.name === 'RunTask' && event.dur !== undefined);
  if (tasks.length === 0) throw new Error('The trace holds no main-thread tasks (RunTask events)');
  const overlapping = (from: number, to: number): TraceEvent[] =>
    tasks.filter((task) => task.ts < to && task.ts + (task.dur ?? 0) > from);
  const longest = (list: readonly TraceEvent[]): number => Math.max(0, ...list.map((task) => (task.dur ?? 0) / 1000));
  const during = overlapping(start.ts, annotated.ts);
  const inject = lastEvent(events, 'backstory:inject', start.ts);
  return {
    loadWorkMs: inject ? loadWork(main, inject.ts, start.ts) : Number.NaN,
    duringAnnotationMs: longest(during),
    fromNavigationMs: longest(overlapping(navigation, annotated.ts)),
    annotationMs: (annotated.ts - start.ts) / 1000,
    longTasksDuringAnnotation: during.filter((task) => (task.dur ?? 0) >= 50_000).length,
  };
}

/** True for a trace event of Backstory's content script: run in its world, or compiling one of its files. */
function isOurs(event: TraceEvent): boolean {
  const url = event.args?.fileName ?? event.args?.data?.url ?? '';
  return event.args?.worldName === 'Backstory' || url.startsWith('chrome-extension://');
}

/**
 * The main-thread time of Backstory's own trace events between the loader's start (`from`; the loader's
 * EvaluateScript begins a little before its first line marks it) and `to`, nested events counted once.
 */
function loadWork(main: readonly TraceEvent[], from: number, to: number): number {
  const spans = main
    .filter((event) => event.ph === 'X' && event.dur !== undefined && isOurs(event))
    .map((event) => [event.ts, Math.min(to, event.ts + (event.dur ?? 0))] as const)
    .filter(([begin, end]) => end > from - 5_000 && begin < to)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reached = -Infinity;
  for (const [begin, end] of spans) {
    const clippedBegin = Math.max(begin, reached);
    if (end > clippedBegin) total += end - clippedBegin;
    reached = Math.max(reached, end);
  }
  return total / 1000;
}
