import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/read-data.ts';
import { summarizeKnowledge } from '../../../src/knowledge/summary.ts';
import { validateKnowledge } from '../../../src/knowledge/validate.ts';

const valid = {
  id: 'lei-jun',
  name: 'Lei Jun',
  type: 'person',
  nativeNames: { 'zh-Hant': '雷軍' },
  aliases: [],
  role: { title: 'Founder of Xiaomi', since: '2010' },
  summary: 'Chinese entrepreneur who founded the phone maker Xiaomi.',
  facts: [
    { text: 'He founded Xiaomi in 2010.', source: 'https://www.mi.com/global/about/' },
    { text: 'He announced the Xring O1 in 2025.', source: 'https://example.org/xring' },
  ],
  related: [],
  lastReviewed: '2026-11-24',
};

function problemsOf(...entities: unknown[]): string[] {
  return validateKnowledge([{ file: 'test.json', data: entities }]).problems;
}

describe('validateKnowledge', () => {
  it('accepts a well-formed entity', () => {
    expect(problemsOf(valid)).toEqual([]);
  });

  it('names the file, the entity and the field of each problem', () => {
    expect(problemsOf({ ...valid, facts: [{ text: 'Only one', source: 'not a url' }] })).toEqual([
      'test.json: entity "lei-jun" (#1): field facts.0.source: must be an http(s) URL',
      'test.json: entity "lei-jun" (#1): field facts: needs at least 2 facts',
    ]);
    expect(problemsOf({ ...valid, type: 'celebrity' })[0]).toMatch(/^test\.json: entity "lei-jun" \(#1\): field type: /);
    expect(problemsOf({ ...valid, lastReviewed: '2026-02-30' })).toEqual([
      'test.json: entity "lei-jun" (#1): field lastReviewed: must be a real calendar date',
    ]);
    expect(problemsOf({ ...valid, surprise: 1 })[0]).toMatch(/field \(entity\): Unrecognized key/);
  });

  it('requires a role with its start for a person, and only for a person', () => {
    expect(problemsOf({ ...valid, role: undefined })).toEqual([
      'test.json: entity "lei-jun" (#1): field role: a person needs a role with the date it began (since)',
    ]);
    expect(problemsOf({ ...valid, role: { title: 'Founder of Xiaomi' } })[0]).toMatch(/field role\.since: /);
    expect(problemsOf({ ...valid, id: 'xiaomi', name: 'Xiaomi', type: 'company', role: undefined })).toEqual([]);
  });

  it('rejects summaries over 60 words and facts without a source', () => {
    expect(problemsOf({ ...valid, summary: 'word '.repeat(61) })).toEqual([
      'test.json: entity "lei-jun" (#1): field summary: must be at most 60 words',
    ]);
    const facts = [{ text: 'No source' }, valid.facts[1]];
    expect(problemsOf({ ...valid, facts })[0]).toMatch(/field facts\.0\.source/);
  });

  it('finds duplicate ids, unknown related ids and names claimed twice', () => {
    expect(problemsOf(valid, valid)).toEqual(['test.json: entity "lei-jun" (#2): field id: duplicate of the entity in test.json #1']);
    expect(problemsOf({ ...valid, related: ['xiaomi'] })).toEqual(['entity "lei-jun": field related: unknown entity id "xiaomi"']);
    expect(problemsOf(valid, { ...valid, id: 'other', name: 'Other', aliases: ['雷軍'], nativeNames: undefined })).toEqual([
      'entity "other": field aliases: "雷軍" is already a name of "lei-jun"',
    ]);
  });

  it('lets two entities share an alias only when both mark it if-unambiguous', () => {
    const party = { ...valid, id: 'tpp-party', name: "Taiwan People's Party", type: 'party', nativeNames: undefined, role: undefined };
    const pact = { ...party, id: 'tpp-pact', name: 'Trans-Pacific Partnership' };
    const shared = { text: 'TPP', when: 'if-unambiguous' };
    expect(problemsOf({ ...party, aliases: [shared] }, { ...pact, aliases: [shared] })).toEqual([]);
    expect(problemsOf({ ...party, aliases: [shared] }, { ...pact, aliases: ['TPP'] })).toEqual([
      'entity "tpp-pact": field aliases: "TPP" is already a name of "tpp-party" (both must mark it "when": "if-unambiguous")',
    ]);
    expect(problemsOf({ ...party, aliases: [{ text: 'TPP', when: 'sometimes' }] })[0]).toMatch(/field aliases\.0/);
  });

  it('takes an end to a role only if it is not earlier than the start', () => {
    const ended = (since: string, until: string): string[] => problemsOf({ ...valid, role: { title: 'Chairman of Xiaomi', since, until } });
    expect(ended('2010-04-06', '2024')).toEqual([]);
    expect(ended('2010-04-06', '2010')).toEqual([]);
    expect(ended('2010-04', '2010-04-01')).toEqual([]);
    expect(ended('2010-04-06', '2009-12')).toEqual(['test.json: entity "lei-jun" (#1): field role.until: must not be earlier than since']);
    expect(ended('2010', '24')[0]).toMatch(/field role\.until: must be written YYYY, YYYY-MM or YYYY-MM-DD/);
  });

  it('rejects a file that is not an array', () => {
    expect(validateKnowledge([{ file: 'x.json', data: { id: 'a' } }]).problems).toEqual(['x.json: must be a JSON array of entities']);
  });
});

describe('the bundled knowledge file', () => {
  const { entities, problems } = loadKnowledge();

  it('is valid', () => {
    expect(problems).toEqual([]);
  });

  it('gives every entity at least two sourced facts and a review date', () => {
    for (const entity of entities) {
      expect(entity.facts.length, entity.id).toBeGreaterThanOrEqual(2);
      expect(entity.lastReviewed, entity.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(summarizeKnowledge(entities)).toMatch(/^\d+ entities, \d+ aliases, \d+ facts, \d+ distinct sources$/);
  });

  it('links every entity to at least one other, so that every card offers somewhere to go next', () => {
    expect(entities.filter((entity) => entity.related.length === 0).map((entity) => entity.id)).toEqual([]);
  });
});
