import { describe, expect, it } from 'vitest';
import { Matcher } from '../../../src/match/matcher.ts';
import { MentionResolver } from '../../../src/match/resolve.ts';
import type { MatchEntry } from '../../../src/match/types.ts';

const entries: MatchEntry[] = [
  { id: 'lai', name: 'William Lai', type: 'person', patterns: ['William Lai', 'Lai Ching-te', { text: 'Lai', when: 'after-full-name' }] },
  { id: 'ko', name: 'Ko Wen-je', type: 'person', patterns: ['Ko Wen-je', { text: 'Ko', when: 'after-full-name' }] },
  { id: 'tpp-party', name: "Taiwan People's Party", type: 'party', patterns: ["Taiwan People's Party", { text: 'TPP', when: 'if-unambiguous' }] },
  { id: 'tpp-pact', name: 'Trans-Pacific Partnership', type: 'law', patterns: ['Trans-Pacific Partnership', { text: 'TPP', when: 'if-unambiguous' }] },
  { id: 'apple', name: 'Apple Inc', type: 'company', patterns: ['Apple Inc', { text: 'Apple', when: 'needs-context' }] },
  { id: 'line', name: 'Line Corp', type: 'company', patterns: ['Line Corp', { text: 'Line', when: 'needs-context' }] },
];
const matcher = new Matcher(entries);

/** Resolves an article given as paragraphs; returns `entity:text` for each match that counts. */
function counted(...paragraphs: string[]): string[] {
  const runs = paragraphs.map((text) => matcher.findMatches(text));
  return new MentionResolver()
    .resolve(runs)
    .flatMap((matches, index) => matches.map((match) => `${match.entityId}:${paragraphs[index]?.slice(match.start, match.end)}`));
}

describe('MentionResolver', () => {
  it('counts a short surname only after the full name', () => {
    expect(counted('Lai said no.', 'Later William Lai said yes, and Lai smiled.')).toEqual(['lai:William Lai', 'lai:Lai']);
    expect(counted('Ko and Lai met.')).toEqual([]);
    expect(counted('Ko Wen-je spoke. Ko left.')).toEqual(['ko:Ko Wen-je', 'ko:Ko']);
  });

  it('resolves a shared acronym from the article, or leaves it alone', () => {
    expect(counted("The Taiwan People's Party (TPP) walked out. The TPP said so.")).toEqual([
      "tpp-party:Taiwan People's Party", 'tpp-party:TPP', 'tpp-party:TPP',
    ]);
    expect(counted('The TPP trade pact.', 'Japan led the Trans-Pacific Partnership talks.')).toEqual([
      'tpp-pact:TPP', 'tpp-pact:Trans-Pacific Partnership',
    ]);
    expect(counted('The TPP said so.')).toEqual([]);
    expect(counted("The TPP: Taiwan People's Party or Trans-Pacific Partnership?")).toEqual([
      "tpp-party:Taiwan People's Party", 'tpp-pact:Trans-Pacific Partnership',
    ]);
  });

  it('never matches a common-word name in lower case, and needs context at a sentence start', () => {
    expect(counted('An apple a day; the line was long.')).toEqual([]);
    expect(counted('Apple shares fell.')).toEqual([]);
    expect(counted('“Apple shares fell.”')).toEqual([]);
    expect(counted('Apple shares fell.', 'Investors in Apple were calm.')).toEqual(['apple:Apple', 'apple:Apple']);
    expect(counted('Line is popular. Apple Inc is not.')).toEqual(['apple:Apple Inc']);
    expect(counted('Users of Line in Taiwan.')).toEqual(['line:Line']);
  });

  it('keeps state for content that arrives later', () => {
    const resolver = new MentionResolver();
    const first = 'William Lai spoke.';
    const later = 'Lai left.';
    resolver.resolve([matcher.findMatches(first)]);
    expect(resolver.resolve([matcher.findMatches(later)])[0]?.map((match) => match.entityId)).toEqual(['lai']);
  });
});

describe('generic official names', () => {
  const official = new Matcher([
    { id: 'mnd', name: 'Ministry of National Defense (Taiwan)', type: 'government-body', patterns: [{ text: 'Ministry of National Defense', when: 'unqualified' }] },
    { id: 'nsc', name: 'National Security Council (Taiwan)', type: 'government-body', patterns: [{ text: 'National Security Council', when: 'unqualified' }] },
  ]);
  const count = (text: string): string[] =>
    new MentionResolver().resolve([official.findMatches(text)]).flat().map((match) => match.entityId);

  it('count when unqualified or qualified by Taiwan', () => {
    expect(count('The Ministry of National Defense said')).toEqual(['mnd']);
    expect(count('Taiwan’s Ministry of National Defense and the National Security Council')).toEqual(['mnd', 'nsc']);
  });

  it('do not count when another country qualifies them', () => {
    expect(count('China’s Ministry of National Defense said')).toEqual([]);
    expect(count('the Chinese Ministry of National Defense')).toEqual([]);
    expect(count('a US National Security Council official and the Japanese National Security Council')).toEqual([]);
    expect(count('the White House. National Security Council staff')).toEqual(['nsc']);
  });
});
