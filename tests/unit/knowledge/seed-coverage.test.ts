import { readFileSync, readdirSync } from 'node:fs';
import matchIndex from 'virtual:backstory/match-index';
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../../src/match/matcher.ts';

const SEED_DIR = new URL('../../../../shared/seed/', import.meta.url);
const seedFile = readdirSync(SEED_DIR).find((name) => name.endsWith('.txt'));
if (!seedFile) throw new Error(`no seed text in ${SEED_DIR.pathname}`);
const seed = readFileSync(new URL(seedFile, SEED_DIR), 'utf8');

/**
 * Every entity a reader of the seed op-ed would want background on (its README lists them), in the article
 * and in the teasers below it.
 */
const SEED_ENTITIES = [
  'xiaomi', 'lei-jun', 'xring-o1', 'tsmc', 'samsung-electronics', 'ccp', 'donald-trump', 'military-civil-fusion',
  'three-nanometer-process', 'harvard-kennedy-school', 'rana-mitter', 'prc', 'ait', 'us-state-department',
  'united-daily-news', 'openai', 'chatgpt', 'sam-altman', 'tucker-carlson', 'fox-news',
];

describe('the bundled knowledge file on the seed op-ed', () => {
  const found = new Map<string, string[]>();
  for (const line of seed.split('\n')) {
    for (const match of new Matcher(matchIndex).findMatches(line)) {
      found.set(match.entityId, [...(found.get(match.entityId) ?? []), line.slice(match.start, match.end)]);
    }
  }

  it.each(SEED_ENTITIES)('knows and finds %s', (id) => {
    expect(matchIndex.some((entry) => entry.id === id)).toBe(true);
    expect(found.get(id)?.length ?? 0).toBeGreaterThan(0);
  });

  it('finds the full name and the acronym of TSMC as one entity, the full name first', () => {
    expect(found.get('tsmc')?.slice(0, 2)).toEqual(['Taiwan Semiconductor Manufacturing Co', 'TSMC']);
    expect(found.get('lei-jun')).toEqual(['Lei Jun', '雷軍']);
  });
});
