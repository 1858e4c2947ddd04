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
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

/** Waits until the content script has marked the page annotated. */
export async function waitForAnnotated(page: Page): Promise<void> {
  await page.waitForSelector('html[data-backstory="annotated"]', { timeout: 60_000 });
  await page.waitForFunction(() => performance.getEntriesByName('backstory:annotated').length > 0, undefined, { timeout: 10_000 });
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
  return {
    duringAnnotationMs: longest(during),
    fromNavigationMs: longest(overlapping(navigation, annotated.ts)),
    annotationMs: (annotated.ts - start.ts) / 1000,
    longTasksDuringAnnotation: during.filter((task) => (task.dur ?? 0) >= 50_000).length,
  };
}
