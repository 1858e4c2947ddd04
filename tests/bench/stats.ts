/** Small helpers the benchmark parts share: medians, timing, progress lines. */

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median() of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Runs `task` `runs` times one after another and returns each run's result. */
export async function repeat<T>(runs: number, task: (run: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let run = 0; run < runs; run++) results.push(await task(run));
  return results;
}

/** Milliseconds `task` takes, and what it returned. */
export function timed<T>(task: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = task();
  return { ms: performance.now() - start, value };
}

/** A progress line on stderr, so that `--json` keeps stdout for the one JSON object. */
export function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/** Rounds to `digits` decimals, for figures meant to be read. */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
