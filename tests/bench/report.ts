/** The benchmark's results as one JSON object (`--json`) and as a table for people, each ratio beside its target. */
import type { OpEdFigures } from './browser.ts';
import type { DatasetFigures, EngineName, MatcherBenchmark } from './node-matcher.ts';
import { ENGINES } from './node-matcher.ts';
import type { Sizes } from './sizes.ts';
import { round } from './stats.ts';

export interface BenchResults {
  matcher: MatcherBenchmark;
  browser: { seed: OpEdFigures; large: OpEdFigures; largeTextBytes: number };
  sizes: Sizes;
  environment: { node: string; chromium: string; cpus: number };
  durationSeconds: number;
}

/** The goals the figures are read against. The benchmark reports them; it never fails on them. */
export const TARGETS = {
  matcherSpeedupVsBestBaseline: { atLeast: 2 },
  annotateOverFloor: { atMost: 3 },
  speedupVsAdvancedMark: { atLeast: 5 },
  longestTaskMs: { atMost: 50 },
  contentScriptGzipBytes: { atMost: 30_000 },
  heapOverheadBytes: { atMost: 5_000_000 },
} as const;

function generated10Mb(matcher: MatcherBenchmark): DatasetFigures['sizes'][number] {
  const size = matcher.generated.sizes.find((entry) => entry.bytes === 10_000_000);
  if (!size) throw new Error('No 10 MB figures for the generated entities');
  return size;
}

/** The one JSON object `--json` prints: the headline figures at the top level, everything else under `detail`. */
export function toJson(results: BenchResults): Record<string, unknown> {
  const { seed, large } = results.browser;
  return {
    matcherSpeedupVsBestBaseline: generated10Mb(results.matcher).oursOverBestBaseline,
    annotateOverFloor: { seed: seed.annotateOverFloor, large: large.annotateOverFloor },
    wrapBoundOverFloor: { seed: seed.wrapBoundOverFloor, large: large.wrapBoundOverFloor },
    speedupVsAdvancedMark: { seed: seed.speedupVsAdvancedMark, large: large.speedupVsAdvancedMark },
    longestTaskMs: { seed: seed.longestTask.duringAnnotationMs, large: large.longestTask.duringAnnotationMs },
    contentScriptGzipBytes: { oped: results.sizes.contentScript.oped.gzipBytes, other: results.sizes.contentScript.other.gzipBytes },
    knowledgeBytes: results.sizes.contentScript.oped.dataBytes,
    contentScriptDataGzipBytes: { oped: results.sizes.contentScript.oped.dataGzipBytes },
    heapOverheadBytes: { large: large.heapOverheadBytes ?? null },
    targets: TARGETS,
    detail: results,
  };
}

const ENGINE_LABELS: Record<EngineName, string> = { ours: 'Backstory Matcher', regex: 'one RegExp', ahoCorasick: 'modern-ahocorasick' };

const ms = (value: number): string => `${value < 10 ? round(value, 2) : round(value, 1)} ms`;
const times = (value: number): string => `${round(value, 2)}×`;
const count = (value: number): string => Math.round(value).toLocaleString('en-US');
const bytes = (value: number): string =>
  `${count(value)} B (${Math.abs(value) >= 1e6 ? `${round(value / 1e6, 2)} MB` : `${round(value / 1000, 1)} kB`})`;
const megabytes = (value: number): string => `${round(value / 1e6, 2)} MB`;
const kilobytes = (value: number): string => `${round(value / 1000, 1)} kB`;

/** "target ≥ 2×: met", with the target written by `format`. */
function verdict(value: number, target: { atLeast?: number; atMost?: number }, format: (value: number) => string): string {
  const met = target.atLeast !== undefined ? value >= target.atLeast : value <= (target.atMost ?? Infinity);
  const goal = target.atLeast !== undefined ? `≥ ${format(target.atLeast)}` : `≤ ${format(target.atMost ?? 0)}`;
  return `target ${goal}: ${met ? 'met' : 'MISSED'}`;
}

/** Pads every column to its widest cell; the columns listed in `right` (figures) align right. */
function table(rows: readonly string[][], right: readonly number[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, cell.length)));
  return rows
    .map((row) => row.map((cell, index) => (right.includes(index) ? cell.padStart(widths[index] ?? 0) : cell.padEnd(widths[index] ?? 0))).join('  ').trimEnd())
    .join('\n');
}

function matcherRows(label: string, dataset: DatasetFigures): string[][] {
  const rows: string[][] = [];
  for (const size of dataset.sizes) {
    for (const engine of ENGINES) {
      const figures = size.engines[engine];
      const ratio = engine === 'ours' ? '' : times(engine === 'regex' ? size.oursOverRegex : size.oursOverAhoCorasick);
      rows.push([
        `${label}, ${size.bytes / 1e6} MB`, ENGINE_LABELS[engine], ms(figures.medianMs), `${round(figures.megabytesPerSecond, 1)} MB/s`,
        `${count(figures.matchesPerSecond)} matches/s`, count(figures.matches), ratio,
      ]);
    }
  }
  return rows;
}

/** The readable report. */
export function toTable(results: BenchResults): string {
  const { matcher, browser, sizes, environment } = results;
  const headline = generated10Mb(matcher);
  const build = (dataset: DatasetFigures): string =>
    ENGINES.map((engine) => `${ENGINE_LABELS[engine]} ${ms(dataset.buildMs[engine])}`).join(', ');
  const { seed, large } = browser;
  const pageRow = (label: string, pick: (page: OpEdFigures) => string, target = ''): string[] => [label, pick(seed), pick(large), target];
  return [
    `Backstory benchmark: Node ${environment.node}, Chromium ${environment.chromium}, ${environment.cpus} CPUs, ${round(results.durationSeconds, 1)} s`,
    '',
    '1. Matcher throughput in Node (build excluded; median of 5 runs on 1 MB, 3 on 10 MB, after one warm-up)',
    table([
      ['text', 'engine', 'median', 'throughput', 'rate', 'matches', 'ours ÷ it'],
      ...matcherRows(`real knowledge (${matcher.knowledge.entities} entities, ${matcher.knowledge.aliases} aliases)`, matcher.knowledge),
      ...matcherRows(`generated (${count(matcher.generated.entities)} entities, ${count(matcher.generated.aliases)} aliases)`, matcher.generated),
    ], [2, 3, 4, 5, 6]),
    `Build: real knowledge: ${build(matcher.knowledge)}; generated: ${build(matcher.generated)}`,
    `Ours ÷ faster baseline, 10,000 entities, 10 MB: ${times(headline.oursOverBestBaseline)}  (${verdict(headline.oursOverBestBaseline, TARGETS.matcherSpeedupVsBestBaseline, times)})`,
    '',
    `2. In Chromium (median of ${seed.oursRunsMs.length} fresh loads after a first one; large page: ${count(browser.largeTextBytes)} bytes of article text)`,
    table([
      ['', 'seed', 'large', 'target'],
      pageRow('ours: backstory:start → annotated', (page) => ms(page.oursMs)),
      pageRow('  the first load, not in the median (ours / advanced-mark.js)', (page) => `${ms(page.firstLoad.oursMs)} / ${ms(page.firstLoad.peerMs)}`),
      pageRow('before that: loader start → backstory:start', (page) => ms(page.loadMs)),
      pageRow('  of which Backstory\'s main-thread work (traced load)', (page) => ms(page.longestTask.loadWorkMs)),
      pageRow('floor: one TreeWalker pass, no extension', (page) => ms(page.floorMs)),
      pageRow('advanced-mark.js, no extension', (page) => ms(page.peerMs)),
      pageRow('ours ÷ floor', (page) => times(page.annotateOverFloor), `large: ${verdict(large.annotateOverFloor, TARGETS.annotateOverFloor, times)}; seed: ${seed.annotateOverFloor <= TARGETS.annotateOverFloor.atMost ? 'met' : 'MISSED'}`),
      pageRow('lower bound: the floor\'s pass, then ours\' marks made, places known', (page) => `${ms(page.wrapBoundMs)} (${count(page.wrapBoundMarks)} marks)`),
      pageRow('  lower bound ÷ floor (no matcher at all)', (page) => times(page.wrapBoundOverFloor)),
      pageRow('advanced-mark.js ÷ ours (speed-up)', (page) => times(page.speedupVsAdvancedMark), `large: ${verdict(large.speedupVsAdvancedMark, TARGETS.speedupVsAdvancedMark, times)}; seed: ${seed.speedupVsAdvancedMark >= TARGETS.speedupVsAdvancedMark.atLeast ? 'met' : 'MISSED'}`),
      pageRow('longest main-thread task during annotation', (page) => ms(page.longestTask.duringAnnotationMs), `large: ${verdict(large.longestTask.duringAnnotationMs, TARGETS.longestTaskMs, ms)}`),
      pageRow('longest task, navigation → annotated', (page) => ms(page.longestTask.fromNavigationMs)),
      pageRow('tasks ≥ 50 ms during annotation', (page) => count(page.longestTask.longTasksDuringAnnotation)),
      pageRow('highlights (ours) / marks (advanced-mark.js)', (page) => `${count(page.highlights)} / ${count(page.peerMarks)}`),
      pageRow('Blink (DOM) heap overhead after GC', (page) => (page.embedderHeapOverheadBytes === undefined ? '-' : bytes(page.embedderHeapOverheadBytes))),
      pageRow('JavaScript heap overhead after GC', (page) => (page.heapOverheadBytes === undefined ? '-' : bytes(page.heapOverheadBytes)), large.heapOverheadBytes === undefined ? '' : `large: ${verdict(large.heapOverheadBytes, TARGETS.heapOverheadBytes, megabytes)}`),
    ], [1, 2]),
    '',
    '3. Sizes (gzip level 9, each file apart, as the browser fetches them)',
    table([
      ['content-script code on an op-ed', bytes(sizes.contentScript.oped.gzipBytes), verdict(sizes.contentScript.oped.gzipBytes, TARGETS.contentScriptGzipBytes, kilobytes), sizes.contentScript.oped.files.join(', ')],
      ['knowledge data it loads there (compiled matcher)', bytes(sizes.contentScript.oped.dataGzipBytes), `raw ${bytes(sizes.contentScript.oped.dataBytes)}`, ''],
      ['content-script code on a news page', bytes(sizes.contentScript.other.gzipBytes), sizes.contentScript.other.dataBytes > 0 ? 'and knowledge data' : 'no knowledge data', sizes.contentScript.other.files.join(', ')],
      ['match index as JSON (what it would carry uncompiled)', bytes(sizes.matchIndexBytes), `gzip ${bytes(sizes.matchIndexGzipBytes)}`, ''],
      ['knowledge JSON files (src/knowledge/data)', bytes(sizes.knowledgeFilesBytes), `gzip ${bytes(sizes.knowledgeFilesGzipBytes)}`, ''],
    ], [1]),
  ].join('\n');
}
