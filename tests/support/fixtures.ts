import { readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

/** Our own saved pages, in tests/fixtures/. */
// Paths are built from strings, not `new URL()`: under happy-dom, URL is the DOM's class, which Node's
// fileURLToPath does not accept.
const HERE = dirname(fileURLToPath(import.meta.url));
export const FIXTURES_DIR = `${resolve(HERE, '../fixtures')}/`;
/** Real pages shared by the team, in ../shared/fixtures/ beside the repository. */
export const SHARED_FIXTURES_DIR = `${resolve(HERE, '../../../shared/fixtures')}/`;

/** The sample op-ed, its URL and what must be highlighted on it. */
export const SAMPLE_OPED = {
  file: `${FIXTURES_DIR}taipeitimes/oped-chip-ambitions.html`,
  expected: `${FIXTURES_DIR}taipeitimes/oped-chip-ambitions.expected.json`,
};

/** The real Taipei Times news page and its URL. */
export const REAL_NEWS_PAGE = {
  file: `${SHARED_FIXTURES_DIR}taipeitimes-news-front-2024-10-16.html`,
  url: 'https://www.taipeitimes.com/News/front/archives/2024/10/16/2003825372',
};

export interface ExpectedHighlights {
  url: string;
  kind: string;
  highlights: Array<{ entity: string; text: string }>;
}

export function readExpected(path: string): ExpectedHighlights {
  return JSON.parse(readFileSync(path, 'utf8')) as ExpectedHighlights;
}

/** Parses a saved page into a happy-dom document at `url`, without running its scripts. */
export function loadPage(path: string, url: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  window.document.write(readFileSync(path, 'utf8'));
  return window.document as unknown as Document;
}

/** A saved op-ed page with its expected highlights. */
export interface OpEdFixture {
  name: string;
  file: string;
  expected: ExpectedHighlights;
}

/** Every op-ed fixture in tests/fixtures/taipeitimes/ that has an expected list beside it. */
export function opEdFixtures(): OpEdFixture[] {
  const dir = `${FIXTURES_DIR}taipeitimes/`;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.expected.json'))
    .sort()
    .map((name) => {
      const base = name.replace(/\.expected\.json$/, '');
      return { name: base, file: `${dir}${base}.html`, expected: readExpected(`${dir}${name}`) };
    });
}

/**
 * What detection must say of a saved page: `<name>.page.json` beside `<name>.html` in tests/fixtures/<site id>/.
 * `body.first` and `body.last` are the opening words of the region's first and last body blocks; `notInRegion`
 * lists text on the page that must stay out of the region (captions, ads, share bars, bylines).
 */
export interface PageExpectation {
  /** The site adapter's id, when the folder's name is not it (tests/fixtures/taipeitimes/ predates adapter ids). */
  site?: string;
  url: string;
  kind: 'op-ed' | 'news' | 'index' | 'other';
  /** Reasons the verdict must include (it may give more). */
  reasons?: string[];
  body?: { first: string; last: string; count: number };
  /** Number of related-story teaser blocks in the region. */
  teasers?: number;
  notInRegion?: string[];
}

/** A saved page of some site with what detection must say of it. */
export interface ClassifiedFixture {
  /** `<site dir>/<name>` */
  name: string;
  /** The fixture folder, which is the site adapter's id (or `generic`). */
  site: string;
  file: string;
  expect: PageExpectation;
}

/** Every saved page with a `.page.json` in tests/fixtures/*, plus the real Taipei Times news page. */
export function classifiedFixtures(): ClassifiedFixture[] {
  const fixtures: ClassifiedFixture[] = [];
  for (const site of readdirSync(FIXTURES_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    const dir = `${FIXTURES_DIR}${site.name}/`;
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.page.json')).sort()) {
      const base = name.replace(/\.page\.json$/, '');
      const expect = JSON.parse(readFileSync(`${dir}${name}`, 'utf8')) as PageExpectation;
      fixtures.push({ name: `${site.name}/${base}`, site: expect.site ?? site.name, file: `${dir}${base}.html`, expect });
    }
  }
  fixtures.push({
    name: 'shared/taipeitimes-news-front-2024-10-16',
    site: 'taipei-times',
    file: REAL_NEWS_PAGE.file,
    expect: { url: REAL_NEWS_PAGE.url, kind: 'news', reasons: ['URL section: front'], notInRegion: ['Photo: AFP'] },
  });
  return fixtures;
}
