import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../../src/match/matcher.ts';
import type { MatchEntry } from '../../../src/match/types.ts';

const entries: MatchEntry[] = [
  { id: 'ait', name: 'American Institute in Taiwan', type: 'organization', patterns: ['American Institute in Taiwan', 'AIT'] },
  { id: 'tsmc', name: 'TSMC', type: 'company', patterns: ['Taiwan Semiconductor Manufacturing Co', 'TSMC'] },
  { id: 'taiwan', name: 'Taiwan', type: 'place', patterns: ['Taiwan'] },
  { id: 'lei-jun', name: 'Lei Jun', type: 'person', patterns: ['Lei Jun', '雷軍'] },
  { id: 'xiaomi', name: 'Xiaomi', type: 'company', patterns: ['Xiaomi'] },
  { id: 'mcf', name: 'Military-civil fusion', type: 'concept', patterns: ['military-civil fusion'] },
  { id: 'ccp', name: 'Chinese Communist Party', type: 'party', patterns: ['Chinese Communist Party', 'CCP'] },
  { id: 'pks', name: "People's Republic of China", type: 'place', patterns: ["People's Republic of China"] },
];
const matcher = new Matcher(entries);

/** The matched substrings with their entity ids. */
function found(text: string): Array<[string, string]> {
  return matcher.findMatches(text).map((match) => [text.slice(match.start, match.end), match.entityId]);
}

describe('Matcher', () => {
  it('matches whole words only', () => {
    expect(found('WAIT, the AIT said')).toEqual([['AIT', 'ait']]);
    expect(found('AITs and XAIT and AIT1')).toEqual([]);
    expect(found('Xiaomian')).toEqual([]);
  });

  it('finds names right after the words it skips over, and none inside them', () => {
    // Inside a word the matcher skips ahead to the word's end: a name must start at the next word, wherever
    // that word ends (space, punctuation, soft hyphen, digits, a Han character).
    expect(found('governmentTSMC government TSMC')).toEqual([['TSMC', 'tsmc']]);
    expect(found('Taiwanese Taiwan')).toEqual([['Taiwan', 'taiwan']]);
    expect(found('abc\u00adTSMC, 2025AIT, 12 AIT')).toEqual([['AIT', 'ait']]);
    expect(found('marketXiaomi’s rival: Xiaomi’s')).toEqual([['Xiaomi', 'xiaomi']]);
    expect(found('reporters雷軍說 and Lei Jun')).toEqual([['雷軍', 'lei-jun'], ['Lei Jun', 'lei-jun']]);
    expect(found('anti-military-civil fusion')).toEqual([['military-civil fusion', 'mcf']]);
  });

  it('keeps acronyms case-sensitive', () => {
    expect(found('the ait and Ait')).toEqual([]);
    expect(found('the AIT')).toEqual([['AIT', 'ait']]);
  });

  it('matches before possessives with curly and straight apostrophes', () => {
    expect(found('TSMC’s plant and TSMC\'s fab')).toEqual([['TSMC', 'tsmc'], ['TSMC', 'tsmc']]);
  });

  it('folds curly and straight quotes in names', () => {
    expect(found('the People’s Republic of China')).toEqual([['People’s Republic of China', 'pks']]);
    expect(found("the People's Republic of China")).toEqual([["People's Republic of China", 'pks']]);
    expect(found('“Xiaomi”')).toEqual([['Xiaomi', 'xiaomi']]);
  });

  it('matches across any whitespace, no-break spaces and line breaks', () => {
    expect(found('Lei\u00a0Jun said')).toEqual([['Lei\u00a0Jun', 'lei-jun']]);
    expect(found('Lei\n   Jun said')).toEqual([['Lei\n   Jun', 'lei-jun']]);
    expect(found('Lei\t\u2009Jun')).toEqual([['Lei\t\u2009Jun', 'lei-jun']]);
  });

  it('matches dash variants inside names and a capital first letter for lower-case names', () => {
    expect(found('its military–civil fusion plan')).toEqual([['military–civil fusion', 'mcf']]);
    expect(found('Military-civil fusion is')).toEqual([['Military-civil fusion', 'mcf']]);
  });

  it('prefers the longest match at a position', () => {
    expect(found('Taiwan Semiconductor Manufacturing Co’s (TSMC) plants in Taiwan')).toEqual([
      ['Taiwan Semiconductor Manufacturing Co', 'tsmc'],
      ['TSMC', 'tsmc'],
      ['Taiwan', 'taiwan'],
    ]);
    expect(found('American Institute in Taiwan (AIT)')).toEqual([['American Institute in Taiwan', 'ait'], ['AIT', 'ait']]);
  });

  it('matches Chinese names without word boundaries', () => {
    expect(found('小米創辦人雷軍說')).toEqual([['雷軍', 'lei-jun']]);
    expect(found('Lei Jun (雷軍) on May 22')).toEqual([['Lei Jun', 'lei-jun'], ['雷軍', 'lei-jun']]);
  });

  it('returns offsets in the original text when folding removed characters', () => {
    const text = 'x\u00adx  the Chinese\u00a0\u00a0Communist   Party (CCP)';
    expect(found(text)).toEqual([['Chinese\u00a0\u00a0Communist   Party', 'ccp'], ['CCP', 'ccp']]);
  });

  it('finds nothing in empty or unrelated text', () => {
    expect(found('')).toEqual([]);
    expect(found('nothing to see here')).toEqual([]);
  });

  it('gives a name claimed twice to the first entity', () => {
    const twice = new Matcher([
      { id: 'a', name: 'A', type: 'concept', patterns: ['Same Name'] },
      { id: 'b', name: 'B', type: 'concept', patterns: ['Same Name'] },
    ]);
    expect(twice.findMatches('Same Name').map((match) => match.entityId)).toEqual(['a']);
  });

  it('agrees with a brute-force scan on overlapping suffix patterns', () => {
    const overlapping = new Matcher([
      { id: 'he', name: 'he', type: 'concept', patterns: ['He'] },
      { id: 'she', name: 'she', type: 'concept', patterns: ['She'] },
      { id: 'hers', name: 'hers', type: 'concept', patterns: ['Hers'] },
      { id: 'ushers', name: 'ushers', type: 'concept', patterns: ['Ushers Hers'] },
    ]);
    expect(overlapping.findMatches('Ushers Hers, She, He').map((m) => m.entityId)).toEqual(['ushers', 'she', 'he']);
  });
});

/**
 * The matcher's rules done the slow way, for texts of ASCII words, Han words, single spaces and punctuation
 * (no folding to do): every occurrence of every form, whole words where the form starts or ends with a letter or
 * digit, then the leftmost and longest of overlapping ones. A form claimed twice goes to the first entry.
 */
function bruteForce(entries: readonly MatchEntry[], text: string): Array<[number, number, string]> {
  const owners = new Map<string, string>();
  for (const entry of entries) {
    for (const pattern of entry.patterns) {
      const form = typeof pattern === 'string' ? pattern : pattern.text;
      const capitalised = form.charAt(0).toUpperCase() + form.slice(1);
      // A form in lower case also matches with a capital first letter.
      for (const variant of capitalised === form ? [form] : [form, capitalised]) {
        if (!owners.has(variant)) owners.set(variant, entry.id);
      }
    }
  }
  const word = (char: string): boolean => /[A-Za-z0-9]/.test(char);
  const candidates: Array<[number, number, string]> = [];
  for (const [form, owner] of owners) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (word(form.charAt(0)) && word(text.charAt(at - 1))) continue;
      if (word(form.charAt(form.length - 1)) && word(text.charAt(end))) continue;
      candidates.push([at, end, owner]);
    }
  }
  candidates.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const picked: Array<[number, number, string]> = [];
  for (const candidate of candidates) {
    if (candidate[0] >= (picked.at(-1)?.[1] ?? 0)) picked.push(candidate);
  }
  return picked;
}

describe('against a brute-force scan', () => {
  it('finds the same mentions for generated names and texts, Han names and letters run together included', () => {
    const word = fc.constantFrom('Lai', 'lai', 'Lai Ching-te', 'TSMC', 'AIT', 'Taiwan', 'taiwan', 'Strait', '台積電', '雷軍', '台灣', '台', 'co', 'Co', 'K-pop', 'Ko', 'Koo', '2026');
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
    const entriesArb = fc.array(fc.array(name, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 })
      .map((lists): MatchEntry[] => lists.map((patterns, i) => ({ id: `e${i}`, name: `e${i}`, type: 'concept', patterns })));
    const textArb = fc.array(fc.oneof(word, fc.constantFrom(' ', '. ', ', ', '')), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(fc.property(entriesArb, textArb, (generated, text) => {
      const mentions = new Matcher(generated).findMatches(text).map((match): [number, number, string] => [match.start, match.end, match.entityId]);
      expect(mentions).toEqual(bruteForce(generated, text));
    }), { numRuns: 500 });
  });
});
