// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toMatchIndex } from '../../../src/knowledge/match-index.ts';
import { loadKnowledge } from '../../../src/knowledge/read-data.ts';
import { Matcher } from '../../../src/match/matcher.ts';
import type { MatchEntry } from '../../../src/match/types.ts';

const index = toMatchIndex(loadKnowledge().entities);

/** Every saved page's text, tags stripped: prose with the names the knowledge file knows. */
function corpus(): string {
  const dirs = ['tests/fixtures/taipeitimes', 'tests/fixtures/the-guardian', 'tests/fixtures/generic'];
  return dirs.flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.html')).map((name) => readFileSync(`${dir}/${name}`, 'utf8')))
    .join('\n').replace(/<[^>]+>/g, ' ');
}

describe('matcher tables', () => {
  it('load into a matcher that finds exactly what the compiled one finds, on the real knowledge file', () => {
    const compiled = new Matcher(index);
    const tables = compiled.toTables();
    const loaded = new Matcher(index.map((entry) => entry.id), tables);
    expect(loaded.patternCount).toBe(compiled.patternCount);
    const text = corpus();
    const expected = compiled.findMatches(text);
    expect(expected.length).toBeGreaterThan(200);
    expect(loaded.findMatches(text)).toEqual(expected);
  });

  it('survive a copy to an unaligned offset, and refuse another format', () => {
    const tables = new Matcher(index).toTables();
    const shifted = new Uint8Array(tables.length + 1);
    shifted.set(tables, 1);
    const loaded = new Matcher(index.map((entry) => entry.id), shifted.subarray(1));
    expect(loaded.findMatches('TSMC and the AIT')).toHaveLength(2);
    const wrong = tables.slice();
    wrong[0] = 99;
    expect(() => new Matcher(index.map((entry) => entry.id), wrong)).toThrow(/version 99/);
  });

  it('agree with compiling, for generated names and texts', () => {
    const word = fc.constantFrom('Lai', 'lai', 'TSMC', 'AIT', 'Taiwan', 'taiwan', 'Strait', '台積電', '雷軍', 'co', 'Co', 'the', 'K-pop', 'Ko');
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
    const when = fc.constantFrom(undefined, 'after-full-name', 'if-unambiguous', 'needs-context', 'unqualified');
    const entriesArb = fc.array(fc.array(fc.tuple(name, when), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 })
      .map((lists): MatchEntry[] => lists.map((patterns, i) => ({
        id: `e${i}`, name: `e${i}`, type: 'concept',
        patterns: patterns.map(([text, condition]) => (condition ? { text, when: condition } : text)),
      })));
    const textArb = fc.array(fc.oneof(word, fc.constantFrom(' ', '  ', '. ', ', ', '’s ', '\n')), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(fc.property(entriesArb, textArb, (entries, text) => {
      const compiled = new Matcher(entries);
      const loaded = new Matcher(entries.map((entry) => entry.id), compiled.toTables());
      expect(loaded.findMatches(text)).toEqual(compiled.findMatches(text));
    }), { numRuns: 300 });
  });
});
