import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REAL_NEWS_PAGE, SAMPLE_OPED, readExpected } from '../support/fixtures.ts';

/** Runs the real CLI (`npm run scan`'s script) and parses its --json output. */
function scan(file: string, url: string): Record<string, unknown> {
  const output = execFileSync('npx', ['tsx', 'src/cli/scan.ts', file, '--url', url, '--json'], { encoding: 'utf8' });
  return JSON.parse(output) as Record<string, unknown>;
}

describe('npm run scan', () => {
  it('reports the sample op-ed: kind, reasons, every entity with its text, and unknown names', () => {
    const expected = readExpected(SAMPLE_OPED.expected);
    const result = scan(SAMPLE_OPED.file, expected.url);
    expect(result).toMatchObject({ url: expected.url, site: 'Taipei Times', kind: 'op-ed', reasons: ['URL section: Editorials', 'byline', 'author bio'] });
    const entities = result.entities as Array<{ id: string; name: string; text: string }>;
    const firstOfEach = entities.filter((item, index) => entities.findIndex((other) => other.id === item.id) === index);
    expect(firstOfEach.map(({ id, text }) => ({ entity: id, text }))).toEqual(expected.highlights);
    expect(result.unknown).toEqual(expect.arrayContaining(['Lin Mei-hua']));
    expect(result.unknown).not.toEqual(expect.arrayContaining(['TSMC', 'Xiaomi']));
  }, 30_000);

  it('calls the real news page news', () => {
    const result = scan(REAL_NEWS_PAGE.file, REAL_NEWS_PAGE.url);
    expect(result.kind).toBe('news');
    expect(result.reasons).toEqual(['URL section: front']);
  }, 30_000);
});
