/**
 * `npm run bench`: Backstory's benchmark, every part in this one process, one after another (the machine has
 * two cores: nothing is measured while something else runs).
 *
 *   npm run bench              a readable table on stdout, progress on stderr
 *   npm run bench -- --json    the same figures as one JSON object on stdout, nothing else there
 *
 * It reports figures against their targets and never fails because one is missed: it exits non-zero only when
 * something crashes, a browser that does not start included.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { toMatchIndex } from '../../src/knowledge/match-index.ts';
import { loadKnowledge } from '../../src/knowledge/read-data.ts';
import { CHROME_DIST } from '../support/chromium.ts';
import { benchmarkOpEd } from './browser.ts';
import { launchBenchBrowsers } from './browsers.ts';
import { aliasesOf, benchmarkMatchers } from './node-matcher.ts';
import { startBenchPages } from './pages.ts';
import { toJson, toTable, type BenchResults } from './report.ts';
import { measureSizes } from './sizes.ts';
import { progress } from './stats.ts';

const json = process.argv.slice(2).includes('--json');

/** Builds the extension, so the figures are those of the current code; output goes to stderr, away from the JSON. */
function ensureBuild(): void {
  progress('building the extension (npm run build)');
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', process.stderr, process.stderr] });
  if (build.status !== 0 || !existsSync(join(CHROME_DIST, 'manifest.json'))) {
    throw new Error('npm run build failed: the browser benchmarks need dist/chrome');
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  ensureBuild();
  const matcher = await benchmarkMatchers();

  const knowledge = loadKnowledge();
  if (knowledge.problems.length > 0) throw new Error(`The knowledge file has problems:\n${knowledge.problems.join('\n')}`);
  // Every name, alias and native name: the large page's text uses them, advanced-mark.js looks for them all.
  const terms = aliasesOf(toMatchIndex(knowledge.entities));
  const pages = await startBenchPages(terms);
  let results: BenchResults;
  try {
    progress('browser: starting Chromium with and without the extension');
    const browsers = await launchBenchBrowsers(pages.server.port);
    try {
      const seed = await benchmarkOpEd(browsers, 'seed', pages.opEds.seed, terms);
      const large = await benchmarkOpEd(browsers, 'large', pages.opEds.large, terms);
      progress('sizes: scripts loaded on an op-ed and on a news page');
      const sizes = await measureSizes(browsers.extension.context, pages.opEds.seed, pages.other);
      results = {
        matcher,
        browser: { seed, large, largeTextBytes: pages.largeTextBytes },
        sizes,
        environment: { node: process.versions.node, chromium: browsers.plain.browser()?.version() ?? 'unknown', cpus: availableParallelism() },
        durationSeconds: (performance.now() - started) / 1000,
      };
    } finally {
      await browsers.close();
    }
  } finally {
    await pages.close();
  }
  process.stdout.write(json ? `${JSON.stringify(toJson(results))}\n` : `${toTable(results)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
