/**
 * The pages the browser benchmarks load, served at real Taipei Times URLs: the seed op-ed fixture, a large op-ed
 * generated in the same template, and the real news page (a page Backstory must leave alone).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { REAL_NEWS_PAGE, SAMPLE_OPED, readExpected } from '../support/fixtures.ts';
import { articleText } from './corpus.ts';

/** Host names the browsers send to the loopback fixture server. */
export const TAIPEI_TIMES_HOSTS = ['www.taipeitimes.com', 'taipeitimes.com'];

export type OpEdName = 'seed' | 'large';

/** One page to load: its URL as the browser sees it (http, the real host and path). */
export interface BenchPage {
  url: string;
  file: string;
}

export interface BenchPages {
  opEds: Record<OpEdName, BenchPage>;
  other: BenchPage;
  server: FixtureServer;
  /** Bytes of article text in the large page. */
  largeTextBytes: number;
  close(): Promise<void>;
}

/** An invented article id in the op-ed section, the day after the seed fixture. */
const LARGE_PATH = '/News/editorials/archives/2025/06/06/2003838102';
const LARGE_TEXT_BYTES = 1_000_000;
const EXTRA_TEASERS = 8;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Inserts `insertion` at `marker`'s position in `html` (before it, or after it when `after` is set). */
function insertAt(html: string, marker: string, insertion: string, after = false): string {
  const at = html.indexOf(marker);
  if (at < 0) throw new Error(`The seed fixture has changed: "${marker}" is gone; update tests/bench/pages.ts`);
  const position = after ? at + marker.length : at;
  return html.slice(0, position) + insertion + html.slice(position);
}

/**
 * The seed op-ed's skeleton (header, div.archives with its h1, share bar, photo and ad, teasers, footer) holding
 * `textBytes` of generated article text as direct-child paragraphs, plus more "You might also like" teasers.
 */
export function largeOpEdHtml(names: readonly string[], textBytes = LARGE_TEXT_BYTES): string {
  const seed = readFileSync(SAMPLE_OPED.file, 'utf8');
  const paragraphs = articleText(textBytes, names, 11)
    .split('\n\n')
    .map((paragraph) => `        <p>${escapeHtml(paragraph)}</p>\n`)
    .join('');
  const teasers = articleText(EXTRA_TEASERS * 400, names, 12)
    .split('\n\n')
    .slice(0, EXTRA_TEASERS)
    .map((teaser, index) => `              <li>
                <a href="https://www.taipeitimes.com/News/editorials/archives/2025/05/${String(20 + index)}/20038379${String(10 + index)}">
                  <div>
                    <h1 class="bf2">Teaser ${index + 1}</h1>
                    <div class="date_list">2025-05-${String(20 + index)}</div>
                    <p>${escapeHtml(teaser)}</p>
                  </div>
                </a>
              </li>\n`)
    .join('');
  // The article's last direct child paragraph is the byline note; the generated text goes after it, still
  // inside div.archives (which closes right before div.fbsbox).
  const withText = insertAt(seed, '      </div>\n      <div class="fbsbox">', paragraphs);
  return insertAt(withText, '<div class="bigbox2 noline">\n            <ul>\n', teasers, true);
}

/** Writes the large page, starts the fixture server with every bench page, and says where each one lives. */
export async function startBenchPages(names: readonly string[]): Promise<BenchPages> {
  const folder = mkdtempSync(join(tmpdir(), 'backstory-bench-'));
  const largeFile = join(folder, 'oped-large.html');
  writeFileSync(largeFile, largeOpEdHtml(names));
  const seedPath = new URL(readExpected(SAMPLE_OPED.expected).url).pathname;
  const otherPath = new URL(REAL_NEWS_PAGE.url).pathname;
  const server = await startFixtureServer({ [seedPath]: SAMPLE_OPED.file, [LARGE_PATH]: largeFile, [otherPath]: REAL_NEWS_PAGE.file });
  const at = (path: string): string => `http://www.taipeitimes.com${path}`;
  return {
    opEds: { seed: { url: at(seedPath), file: SAMPLE_OPED.file }, large: { url: at(LARGE_PATH), file: largeFile } },
    other: { url: at(otherPath), file: REAL_NEWS_PAGE.file },
    server,
    largeTextBytes: LARGE_TEXT_BYTES,
    async close() {
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
