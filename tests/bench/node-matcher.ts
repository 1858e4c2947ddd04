/**
 * Matcher throughput in Node: our Matcher against two baselines a reviewer would reach for first, one combined
 * RegExp alternation and the modern-ahocorasick package, on the real knowledge file and on 10,000 generated
 * entities, over 1 MB and 10 MB of article-like text. Build time is reported apart from search time.
 */
import AhoCorasick from 'modern-ahocorasick';
import { toMatchIndex } from '../../src/knowledge/match-index.ts';
import { loadKnowledge } from '../../src/knowledge/read-data.ts';
import { Matcher } from '../../src/match/matcher.ts';
import type { MatchEntry } from '../../src/match/types.ts';
import { articleText, generatedEntities } from './corpus.ts';
import { median, progress, timed } from './stats.ts';

export type EngineName = 'ours' | 'regex' | 'ahoCorasick';
export const ENGINES: readonly EngineName[] = ['ours', 'regex', 'ahoCorasick'];

/** One engine on one text size. */
export interface EngineFigures {
  medianMs: number;
  runsMs: number[];
  megabytesPerSecond: number;
  matchesPerSecond: number;
  matches: number;
}

/** One text size: each engine, and how ours compares. */
export interface SizeFigures {
  bytes: number;
  engines: Record<EngineName, EngineFigures>;
  oursOverRegex: number;
  oursOverAhoCorasick: number;
  /** Ours ÷ the faster of the two baselines (a ratio of throughputs: above 1 means ours is faster). */
  oursOverBestBaseline: number;
}

export interface DatasetFigures {
  entities: number;
  aliases: number;
  buildMs: Record<EngineName, number>;
  sizes: SizeFigures[];
}

export const TEXT_SIZES = [1_000_000, 10_000_000] as const;
/** Timed runs per size after the warm-up: 5 for 1 MB, 3 for 10 MB. */
const RUNS: Record<number, number> = { 1_000_000: 5, 10_000_000: 3 };
/**
 * modern-ahocorasick segments its input into graphemes with Intl.Segmenter, which is quadratic on long strings
 * in Node 20's V8 (https://issues.chromium.org/issues/326176949): search() on one 1 MB string does not finish
 * in minutes. Its own streaming API takes the text in chunks, with identical results (matches may cross chunks);
 * 512 UTF-16 units was its fastest chunk size here.
 */
const AHO_CORASICK_CHUNK = 512;

/** Every surface form of `entries`, as text (conditional forms included: our matcher finds them too). */
export function aliasesOf(entries: readonly MatchEntry[]): string[] {
  return [...new Set(entries.flatMap((entry) => entry.patterns.map((pattern) => (typeof pattern === 'string' ? pattern : pattern.text))))];
}

/** Escapes the characters that are syntax in a `u`-flag RegExp. */
function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** Builds each engine; each search function returns the number of matches found. */
function buildEngines(entries: readonly MatchEntry[]): { search: Record<EngineName, (text: string) => number>; buildMs: Record<EngineName, number> } {
  const aliases = aliasesOf(entries);
  const ours = timed(() => new Matcher(entries));
  const regex = timed(() => {
    const sorted = [...aliases].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map((alias) => escapeRegExp(alias)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  });
  // 'unicode': no letter, digit or mark on either side, the package's closest rule to whole words.
  const automaton = timed(() => new AhoCorasick(aliases, { boundary: 'unicode' }));
  return {
    buildMs: { ours: ours.ms, regex: regex.ms, ahoCorasick: automaton.ms },
    search: {
      ours: (text) => ours.value.findMatches(text).length,
      regex: (text) => [...text.matchAll(regex.value)].length,
      ahoCorasick: (text) => {
        const stream = automaton.value.createStream({ strategy: 'leftmost-longest' });
        let count = 0;
        for (let at = 0; at < text.length; at += AHO_CORASICK_CHUNK) {
          count += stream.write(text.slice(at, at + AHO_CORASICK_CHUNK)).length;
        }
        return count + stream.finish().length;
      },
    },
  };
}

function throughputRatio(ours: EngineFigures, other: EngineFigures): number {
  return other.medianMs / ours.medianMs;
}

/** Measures every engine on `entries`, with texts naming them. */
async function measureDataset(label: string, entries: readonly MatchEntry[]): Promise<DatasetFigures> {
  const names = aliasesOf(entries);
  const { search, buildMs } = buildEngines(entries);
  const texts = TEXT_SIZES.map((bytes, index) => ({ bytes, text: articleText(bytes, names, index + 1) }));
  // One warm-up per engine (on the smaller text) so every timed run uses optimised code.
  for (const engine of ENGINES) search[engine](texts[0]?.text ?? '');
  const sizes: SizeFigures[] = [];
  for (const { bytes, text } of texts) {
    const engines = {} as Record<EngineName, EngineFigures>;
    for (const engine of ENGINES) {
      progress(`matcher: ${label}, ${bytes / 1e6} MB, ${engine}`);
      const runs: Array<{ ms: number; value: number }> = [];
      for (let run = 0; run < (RUNS[bytes] ?? 3); run++) {
        runs.push(timed(() => search[engine](text)));
        await new Promise((resolve) => setImmediate(resolve));
      }
      const medianMs = median(runs.map((run) => run.ms));
      const matches = runs[0]?.value ?? 0;
      engines[engine] = {
        medianMs,
        runsMs: runs.map((run) => run.ms),
        megabytesPerSecond: bytes / 1e6 / (medianMs / 1000),
        matchesPerSecond: matches / (medianMs / 1000),
        matches,
      };
    }
    const oursOverRegex = throughputRatio(engines.ours, engines.regex);
    const oursOverAhoCorasick = throughputRatio(engines.ours, engines.ahoCorasick);
    sizes.push({ bytes, engines, oursOverRegex, oursOverAhoCorasick, oursOverBestBaseline: Math.min(oursOverRegex, oursOverAhoCorasick) });
  }
  return { entities: entries.length, aliases: names.length, buildMs, sizes };
}

export interface MatcherBenchmark {
  knowledge: DatasetFigures;
  generated: DatasetFigures;
}

/** The whole Node part: the real knowledge file, then 10,000 generated entities with 3 aliases each. */
export async function benchmarkMatchers(): Promise<MatcherBenchmark> {
  const report = loadKnowledge();
  if (report.problems.length > 0) throw new Error(`The knowledge file has problems:\n${report.problems.join('\n')}`);
  const knowledge = await measureDataset('real knowledge', toMatchIndex(report.entities));
  const generated = await measureDataset('10k generated', generatedEntities(10_000, 3));
  return { knowledge, generated };
}
